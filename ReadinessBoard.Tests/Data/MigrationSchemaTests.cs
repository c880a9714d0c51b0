using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Data;

/// <summary>
/// The first migrations were written by hand and later ones by <c>dotnet ef migrations add</c>: prove that
/// together they build exactly the schema the model describes, and that no change to the model lacks one.
/// </summary>
public class MigrationSchemaTests
{
    [Fact]
    public void TheModel_HasNoChangeThatLacksAMigration()
    {
        using var db = Context(":memory:");

        // Compares the model with the snapshot the tools keep beside the migrations.
        Assert.False(db.Database.HasPendingModelChanges(), "The model has changed: add a migration with 'dotnet ef migrations add <Name>' (docs/architecture.md).");
    }

    [Fact]
    public async Task Migrations_BuildTheSameSchemaAsTheModel()
    {
        using var folder = new TempDirectory();
        var migrated = folder.File("migrated.db");
        var created = folder.File("created.db");

        await using (var db = Context(migrated))
        {
            await db.Database.MigrateAsync();
        }

        await using (var db = Context(created))
        {
            await db.Database.EnsureCreatedAsync();
        }

        var expected = await DescribeAsync(created);
        var actual = await DescribeAsync(migrated);
        SqliteConnection.ClearAllPools();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task Migrate_OnAnUpToDateDatabase_ChangesNothing()
    {
        using var folder = new TempDirectory();
        var path = folder.File("twice.db");
        await using (var db = Context(path))
        {
            await db.Database.MigrateAsync();
        }

        var before = await DescribeAsync(path);
        await using (var db = Context(path))
        {
            await db.Database.MigrateAsync();
            // Every migration the app has, each applied once.
            Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
        }

        Assert.Equal(before, await DescribeAsync(path));
        SqliteConnection.ClearAllPools();
    }

    private static ReadinessDbContext Context(string path) =>
        new(new DbContextOptionsBuilder<ReadinessDbContext>().UseSqlite($"Data Source={path}").Options);

    /// <summary>
    /// Every table's columns, keys, foreign keys and indexes, as SQLite reports them. Columns by name: a
    /// migration adds a column at the end of its table, where the model may declare it earlier.
    /// </summary>
    private static async Task<List<string>> DescribeAsync(string path)
    {
        var lines = new List<string>();
        await using var connection = new SqliteConnection($"Data Source={path}");
        await connection.OpenAsync();
        var tables = await ListAsync(connection,
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('__EFMigrationsHistory', '__EFMigrationsLock') ORDER BY name");
        foreach (var table in tables)
        {
            lines.Add($"table {table}");
            lines.AddRange((await ListAsync(connection, $"SELECT name || ' ' || type || ' notnull=' || \"notnull\" || ' pk=' || pk || ' default=' || IFNULL(dflt_value, '') FROM pragma_table_info('{table}') ORDER BY name"))
                .Select(c => $"  column {c}"));
            lines.AddRange((await ListAsync(connection, $"SELECT \"from\" || ' -> ' || \"table\" || '.' || \"to\" || ' on delete ' || on_delete FROM pragma_foreign_key_list('{table}') ORDER BY \"from\""))
                .Select(f => $"  fk {f}"));
            foreach (var index in await ListAsync(connection, $"SELECT name || ' unique=' || \"unique\" FROM pragma_index_list('{table}') ORDER BY name"))
            {
                var name = index.Split(' ')[0];
                var columns = await ListAsync(connection, $"SELECT name FROM pragma_index_info('{name}') ORDER BY seqno");
                lines.Add($"  index {index} ({string.Join(", ", columns)})");
            }
        }

        return lines;
    }

    private static async Task<List<string>> ListAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        var result = new List<string>();
        while (await reader.ReadAsync())
        {
            result.Add(reader.GetString(0));
        }

        return result;
    }
}
