using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Data;

public class DatabaseInitializerTests
{
    [Fact]
    public async Task Initialize_PutsTheDatabaseInWalMode_WithABusyTimeoutOnEveryConnection()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var db = await database.Factory.CreateDbContextAsync();

        await db.Database.OpenConnectionAsync();
        var journal = await db.Database.SqlQueryRaw<string>("SELECT journal_mode AS Value FROM pragma_journal_mode").SingleAsync();
        var busy = await db.Database.SqlQueryRaw<int>("SELECT timeout AS Value FROM pragma_busy_timeout").SingleAsync();
        var foreignKeys = await db.Database.SqlQueryRaw<int>("SELECT foreign_keys AS Value FROM pragma_foreign_keys").SingleAsync();

        Assert.Equal("wal", journal);
        Assert.Equal(TestDatabase.BusyTimeoutMilliseconds, busy);
        Assert.Contains("Default Timeout=5", db.Database.GetConnectionString());
        Assert.Equal(1, foreignKeys);
    }

    [Fact]
    public async Task Initialize_SeedsTheSampleBoardOnce()
    {
        await using var database = await TestDatabase.CreateAsync(seedSample: true);
        await using (var db = await database.Factory.CreateDbContextAsync())
        {
            Assert.Equal(1, await db.Boards.CountAsync());
        }

        // A second start finds a board and adds nothing.
        await database.RestartAsync();
        await using var check = await database.Factory.CreateDbContextAsync();
        Assert.Equal(1, await check.Boards.CountAsync());
        Assert.Equal(1, await check.Teams.CountAsync());
        Assert.Equal(25, await check.Items.CountAsync());
    }
}
