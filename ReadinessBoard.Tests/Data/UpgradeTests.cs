using System.Globalization;
using System.Net;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.ActivityFeed;
using ReadinessBoard.Features.Kpis;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Data;

/// <summary>
/// A data folder written by the release before the move to .NET 10 (its database, accounts and
/// data-protection keys, and a sign-in cookie it issued: <c>TestData/Upgrade/release-7758964</c>, whose
/// README says how it was made), opened by this release as an upgrade would open it.
/// </summary>
public sealed class PreviousReleaseFolder : IAsyncLifetime
{
    public static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "TestData", "Upgrade", "release-7758964");

    /// <summary>When the previous release issued the cookie: the app's clock stands an hour later.</summary>
    public static readonly DateTimeOffset SignedInAt =
        DateTimeOffset.Parse(File.ReadAllText(Path.Combine(Fixture, "signed-in-at.txt")).Trim(), CultureInfo.InvariantCulture);

    public AppFactory App { get; } = new()
    {
        StartFrom = Path.Combine(Fixture, "data"),
        Clock = new FixedClock(SignedInAt.AddHours(1).UtcDateTime),
    };

    /// <summary>Every row of every table as the previous release left it.</summary>
    public Dictionary<string, List<Dictionary<string, object?>>> Before { get; private set; } = [];

    /// <summary>The same, once this release has started on the folder (and migrated it), before any request.</summary>
    public Dictionary<string, List<Dictionary<string, object?>>> After { get; private set; } = [];

    public async Task InitializeAsync()
    {
        using (var copy = new TempDirectory())
        {
            var file = copy.File("readiness.db");
            File.Copy(Path.Combine(Fixture, "data", "readiness.db"), file);
            Before = await RowsAsync(file);
            SqliteConnection.ClearAllPools();
        }

        _ = App.Services;
        After = await RowsAsync(Path.Combine(App.DataDirectory, "readiness.db"));
    }

    public async Task DisposeAsync() => await App.DisposeAsync();

    private static async Task<Dictionary<string, List<Dictionary<string, object?>>>> RowsAsync(string path)
    {
        var tables = new Dictionary<string, List<Dictionary<string, object?>>>();
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        var names = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
            await using var reader = await list.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        foreach (var name in names)
        {
            await using var select = connection.CreateCommand();
            select.CommandText = $"SELECT rowid AS \"(rowid)\", * FROM \"{name}\" ORDER BY rowid";
            await using var reader = await select.ExecuteReaderAsync();
            var rows = new List<Dictionary<string, object?>>();
            while (await reader.ReadAsync())
            {
                var row = new Dictionary<string, object?>();
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    row[reader.GetName(i)] = reader.IsDBNull(i) ? null : reader.GetValue(i);
                }

                rows.Add(row);
            }

            tables[name] = rows;
        }

        return tables;
    }
}

public class UpgradeTests(PreviousReleaseFolder folder) : IClassFixture<PreviousReleaseFolder>
{
    private const string Editor = "editor@example.com";

    [Fact]
    public void EveryRowOfThePreviousRelease_IsKept_WithEveryValue()
    {
        Assert.True(folder.Before["Items"].Count > 50, "The fixture holds the boards it was made with.");
        foreach (var (table, rows) in folder.Before)
        {
            Assert.True(folder.After.TryGetValue(table, out var after), $"Table {table} is gone.");
            var byRowId = after.ToDictionary(r => r["(rowid)"]!);
            foreach (var row in rows)
            {
                Assert.True(byRowId.TryGetValue(row["(rowid)"]!, out var kept), $"A row of {table} is gone: {string.Join(", ", row)}");
                foreach (var (column, value) in row)
                {
                    Assert.True(kept.TryGetValue(column, out var now), $"Column {table}.{column} is gone.");
                    Assert.True(Equals(value, now), $"{table}.{column} of row {row["(rowid)"]} was {value}, is {now}.");
                }
            }
        }
    }

    [Fact]
    public async Task TheSchema_IsBroughtToThisRelease()
    {
        await using var db = await Factory().CreateDbContextAsync();

        Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task ASignedInPerson_StaysSignedIn()
    {
        var cookie = (await File.ReadAllTextAsync(Path.Combine(PreviousReleaseFolder.Fixture, "sign-in-cookie.txt"))).Trim();
        var cookies = new CookieContainer();
        cookies.Add(new Uri("http://localhost"), new Cookie("ReadinessBoard.SignIn", cookie));
        using var signedIn = folder.App.CreateClient(cookies);
        using var stranger = folder.App.CreateClient(new CookieContainer());

        using var board = await signedIn.GetAsync("/boards/1");
        using var refused = await stranger.GetAsync("/boards/1");

        Assert.Equal(HttpStatusCode.OK, board.StatusCode);
        Assert.Equal("/boards/1", board.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Contains(Editor, await board.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("/account/sign-in", refused.RequestMessage!.RequestUri!.AbsolutePath);
    }

    [Theory]
    [InlineData("owner@example.com", "Owner-fixture-pass-7", 7)]
    [InlineData(Editor, "Editor-fixture-pass-7", 7)]
    [InlineData("viewer@example.com", "Viewer-fixture-pass-7", 7)]
    [InlineData("platform@example.com", "Platform-fixture-pass-7", 1)]
    public async Task EveryAccount_SignsInWithItsPassword_AndSeesItsTeamsBoards(string email, string password, int boards)
    {
        using var client = folder.App.CreateClient(new CookieContainer());

        using var signIn = await AppFactory.PostSignInAsync(client, email, password);
        var home = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(await client.GetStringAsync("/"));

        Assert.Equal("/", signIn.RequestMessage!.RequestUri!.AbsolutePath);
        Assert.Equal(boards, home.QuerySelectorAll("a[href^='boards/']").Select(a => a.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public async Task EveryItemStatus_AndEdit_IsThere()
    {
        await using var db = await Factory().CreateDbContextAsync();
        var sample = await db.Items.Where(i => i.BoardId == 1).ToListAsync();

        Assert.Equal(
            folder.Before["Items"].Select(r => ((long)r["Id"]!, (string)r["Status"]!, r["StatusReason"] as string)).Order(),
            (await db.Items.Select(i => new { i.Id, i.Status, i.StatusReason }).ToListAsync())
                .Select(i => ((long)i.Id, i.Status.ToString(), i.StatusReason)).Order());
        Assert.Contains(sample, i => i is { Status: ItemStatus.Blocked, StatusReason: "Waiting for the database team" });
        Assert.Contains(sample, i => i is { Status: ItemStatus.NotApplicable, StatusReason: "No public endpoint" });
        var edited = Assert.Single(sample, i => i.Owner == "Priya");
        Assert.Equal((ItemStatus.InProgress, new DateOnly(2026, 12, 18), "https://example.com/runbook"), (edited.Status, edited.DueDate, edited.EvidenceUrl));
        Assert.Equal(1, await db.Items.CountAsync(i => i.BoardId == 6 && i.ArchivedAt != null));
    }

    [Fact]
    public async Task KpiHistory_IsThere()
    {
        var editor = await ActorAsync(Editor);

        var model = await folder.App.Services.GetRequiredService<KpiQueries>().GetAsync(3, editor);

        Assert.Equal(7, model!.Kpis.Count);
        foreach (var kpi in model.Kpis)
        {
            var readings = folder.Before["MetricReadings"].Where(r => (long)r["MetricId"]! == kpi.Id).OrderBy(r => (long)r["Id"]!);
            Assert.Equal(readings.Select(r => (string)r["ValueText"]!), kpi.History.Select(r => r.ValueText));
        }

        var coverage = Assert.Single(model.Kpis, k => k.Name == "Test coverage");
        Assert.Equal("57%", coverage.CurrentText);
        Assert.Equal(["30%", "42%", "57%"], coverage.History.Select(r => r.ValueText));
    }

    [Fact]
    public async Task TheActivityLog_IsThere()
    {
        var editor = await ActorAsync(Editor);
        var platform = await ActorAsync("platform@example.com");
        var activity = folder.App.Services.GetRequiredService<ActivityQueries>();

        foreach (var board in folder.Before["Activities"].GroupBy(r => (long)r["BoardId"]!))
        {
            // Board 8 is the Platform team's; the others are My team's.
            var feed = await activity.GetAsync((int)board.Key, board.Key == 8 ? platform : editor, new ActivityFilter(), take: 100);
            Assert.Equal(board.Count(), feed!.All);
            Assert.Equal(board.Select(r => (long)r["Id"]!).OrderDescending(), feed.Entries.Select(e => e.Id));
        }
    }

    [Fact]
    public async Task TheMarkdownExport_OfAnUnchangedBoard_IsStillTheImportedFile()
    {
        using var client = folder.App.CreateClient(new CookieContainer());
        using var _ = await AppFactory.PostSignInAsync(client, Editor, "Editor-fixture-pass-7");

        var exported = await client.GetByteArrayAsync("/boards/7/export/md");

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(PreviousReleaseFolder.Fixture, "payments-launch.md")), exported);
    }

    private IDbContextFactory<ReadinessDbContext> Factory() => folder.App.Services.GetRequiredService<IDbContextFactory<ReadinessDbContext>>();

    private async Task<Actor> ActorAsync(string email)
    {
        await using var db = await Factory().CreateDbContextAsync();
        return Actor.ForUser(await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync(), email);
    }
}
