using ReadinessBoard.Domain;

namespace ReadinessBoard.Tests.Support;

/// <summary>
/// A component test: a fresh database of its own and a renderer over the app's real services, signed
/// in as <see cref="Owner"/>, an Owner of the team "Team" that <see cref="TestDatabase.ImportAsync"/> uses.
/// </summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected ComponentRenderer Renderer { get; private set; } = null!;
    protected Actor Owner { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Renderer = new ComponentRenderer(Database);
        Owner = await Database.MemberAsync("owner-1", "owner@example.com", TeamRole.Owner);
        Renderer.SignIn(Owner);
    }

    public async Task DisposeAsync()
    {
        await Renderer.DisposeAsync();
        await Database.DisposeAsync();
    }
}
