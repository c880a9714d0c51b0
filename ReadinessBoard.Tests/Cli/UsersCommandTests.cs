using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Cli;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Cli;

public class UsersCommandTests : IDisposable
{
    private const string Password = "a long test password";

    private readonly TempDirectory _folder = new();
    private readonly StringWriter _stdout = new();
    private readonly StringWriter _stderr = new();

    private string DataDirectory => _folder.File("data");

    private Task<int> RunAsync(params string[] args) =>
        CommandLine.RunAsync([.. args, $"--ReadinessBoard:DataDirectory={DataDirectory}"], new AppPaths(_folder.Path, RunFromSource: false), _stdout, _stderr);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task UsersAdd_CreatesAnAccountThatCanSignIn_WithItsRoleInTheTeam()
    {
        var exit = await RunAsync("users", "add", "--email", "ops@example.com", "--password", Password, "--team", "Platform", "--role", "Viewer");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.Equal("", _stderr.ToString());
        Assert.Equal("ops@example.com is a Viewer of Platform.", _stdout.ToString().Trim());
        await using var services = await StartAsync();
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = await users.FindByEmailAsync("ops@example.com");
        Assert.NotNull(user);
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.False(await users.CheckPasswordAsync(user, "not the password at all"));
        Assert.Equal([("Platform", TeamRole.Viewer)], await RolesAsync(services, user.Id));
    }

    [Fact]
    public async Task UsersAdd_RunAgain_ChangesTheRole_AndKeepsThePassword()
    {
        Assert.Equal(ExitCodes.Success, await RunAsync("users", "add", "--email", "ops@example.com", "--password", Password, "--team", "Platform", "--role", "Viewer"));

        var exit = await RunAsync("users", "add", "--email", "ops@example.com", "--team", "Platform", "--role", "Owner");

        Assert.Equal(ExitCodes.Success, exit);
        Assert.EndsWith("ops@example.com is an Owner of Platform.", _stdout.ToString().Trim(), StringComparison.Ordinal);
        await using var services = await StartAsync();
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync("ops@example.com"))!;
        Assert.True(await users.CheckPasswordAsync(user, Password));
        Assert.Equal([("Platform", TeamRole.Owner)], await RolesAsync(services, user.Id));
        Assert.Equal(1, await users.Users.CountAsync());
    }

    [Fact]
    public async Task UsersAdd_WithANewPassword_ReplacesTheOldOne()
    {
        Assert.Equal(ExitCodes.Success, await RunAsync("users", "add", "--email", "ops@example.com", "--password", Password, "--team", "Platform"));

        var exit = await RunAsync("users", "add", "--email", "ops@example.com", "--password", "another long password", "--team", "Platform");

        Assert.Equal(ExitCodes.Success, exit);
        await using var services = await StartAsync();
        using var scope = services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = (await users.FindByEmailAsync("ops@example.com"))!;
        Assert.False(await users.CheckPasswordAsync(user, Password));
        Assert.True(await users.CheckPasswordAsync(user, "another long password"));
        Assert.Equal([("Platform", TeamRole.Editor)], await RolesAsync(services, user.Id));
    }

    [Theory]
    [InlineData("not-an-email", Password, "That is not an email address.")]
    [InlineData("new@example.com", null, "There is no account for new@example.com yet; give it a password.")]
    [InlineData("new@example.com", "short", "at least 10 characters")]
    public async Task UsersAdd_WithBadInput_ExitsWith2_OneLineOnStderr_AndMakesNoAccount(string email, string? password, string message)
    {
        string[] args = password is null
            ? ["users", "add", "--email", email, "--team", "Platform"]
            : ["users", "add", "--email", email, "--password", password, "--team", "Platform"];

        var exit = await RunAsync(args);

        Assert.Equal(ExitCodes.BadInput, exit);
        var error = _stderr.ToString().TrimEnd();
        Assert.DoesNotContain('\n', error);
        Assert.StartsWith("readinessboard: users add: ", error, StringComparison.Ordinal);
        Assert.Contains(message, error, StringComparison.Ordinal);
        Assert.Equal("", _stdout.ToString());
        if (Directory.Exists(DataDirectory))
        {
            await using var services = await StartAsync();
            await using var db = await services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>().CreateDbContextAsync();
            Assert.Equal(0, await db.Users.CountAsync());
            Assert.Equal(0, await db.TeamMembers.CountAsync());
        }
    }

    /// <summary>The command line's own services over the same data folder, as the next command would open them.</summary>
    private Task<ServiceProvider> StartAsync() =>
        CommandServices.StartAsync([$"--ReadinessBoard:DataDirectory={DataDirectory}"], new AppPaths(_folder.Path, RunFromSource: false), CancellationToken.None);

    private static async Task<List<(string Team, TeamRole Role)>> RolesAsync(ServiceProvider services, string userId)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>().CreateDbContextAsync();
        return (await db.TeamMembers.Where(m => m.UserId == userId).Select(m => new { m.Team!.Name, m.Role }).ToListAsync())
            .Select(m => (m.Name, m.Role)).ToList();
    }
}
