using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace ReadinessBoard.Tests.Support;

/// <summary>The whole app in process, on a database of its own that starts with the sample board.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly TempDirectory _data = new();

    public string DataDirectory => _data.Path;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ReadinessBoard:DataDirectory", _data.Path);
        builder.UseEnvironment("Production");
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _data.Dispose();
    }
}
