namespace ReadinessBoard.Tests.Support;

/// <summary>A component test: a fresh database of its own and a renderer over the app's real services.</summary>
public abstract class ComponentTest : IAsyncLifetime
{
    protected TestDatabase Database { get; private set; } = null!;
    protected ComponentRenderer Renderer { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Database = await TestDatabase.CreateAsync();
        Renderer = new ComponentRenderer(Database);
    }

    public async Task DisposeAsync()
    {
        await Renderer.DisposeAsync();
        await Database.DisposeAsync();
    }
}
