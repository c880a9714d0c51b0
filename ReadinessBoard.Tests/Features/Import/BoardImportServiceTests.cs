using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

public class BoardImportServiceTests : IAsyncLifetime
{
    private TestDatabase _database = null!;

    public async Task InitializeAsync() => _database = await TestDatabase.CreateAsync();

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task CreateBoard_StoresEverythingTheDocumentSays_AndTheSourceVerbatim()
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, "004_8b219cbebdcce178.txt"));
        var decoded = DocumentDecoder.Decode(bytes, ImportLimits.Default);

        var boardId = await _database.ImportAsync(decoded.Text, source: decoded.Source);

        await using var db = await _database.Factory.CreateDbContextAsync();
        var board = await db.Boards.AsNoTracking().SingleAsync(b => b.Id == boardId);
        Assert.Equal(decoded.Source, board.SourceMarkdown);
        Assert.Equal(20, await db.Items.CountAsync(i => i.BoardId == boardId));
        Assert.Equal(3, await db.Items.CountAsync(i => i.BoardId == boardId && i.Status == ItemStatus.Done));
        var tls = await db.Items.Include(i => i.Phase).Include(i => i.Section).SingleAsync(i => i.BoardId == boardId && i.Title == "Enable TLS for NATS");
        Assert.Equal(("High", "Low", "Medium", "5/5"), (tls.Impact, tls.Effort, tls.Risk, tls.Priority));
        Assert.Equal((2.0, 4.0), (tls.EstimateMinHours!.Value, tls.EstimateMaxHours!.Value));
        Assert.Equal("Week 1 > Day 3-5", tls.Phase!.Path);
        Assert.Equal("Quick Wins (Remaining)", tls.Section!.Title);
        Assert.Equal(10, await db.Metrics.CountAsync(m => m.BoardId == boardId));
        Assert.Equal(10, await db.MetricReadings.CountAsync());
        Assert.Equal(7, await db.CostLines.CountAsync(c => c.BoardId == boardId));
        Assert.Equal(9, await db.CostAmounts.CountAsync());
        var phases = await db.PlanPhases.AsNoTracking().Where(p => p.BoardId == boardId).OrderBy(p => p.Position).Select(p => p.Path).ToListAsync();
        Assert.Equal(["Week 1", "Week 1 > Day 1-2", "Week 1 > Day 3-5", "Week 2-3", "Week 2-3 > Week 2", "Week 2-3 > Week 3", "Month 2", "Month 3"], phases);
        var webhook = await db.Items.SingleAsync(i => i.BoardId == boardId && i.Title == "Webhook Signature Strict Validation");
        Assert.Equal(new DateTime(2026, 1, 13, 0, 0, 0, DateTimeKind.Utc), webhook.CompletedAt);
    }

    [Fact]
    public async Task CreateBoard_ThatFails_LeavesNothingBehind()
    {
        var parsed = new MarkdownImporter().Parse("# Doomed\n\n- [ ] one\n- [ ] two\n");
        // Two items with one key break the unique index half-way through the write.
        var broken = parsed with { Items = [parsed.Items[0], parsed.Items[1] with { Key = parsed.Items[0].Key }] };
        var service = new BoardImportService(_database.Factory, TimeProvider.System);
        int teamId;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            var team = new Team { Name = "T", CreatedAt = DateTime.UtcNow };
            db.Teams.Add(team);
            await db.SaveChangesAsync();
            teamId = team.Id;
        }

        await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => service.CreateBoardAsync(teamId, broken, "# Doomed", "doomed.md", Actor.System));

        await using var check = await _database.Factory.CreateDbContextAsync();
        Assert.Equal(0, await check.Boards.CountAsync());
        Assert.Equal(0, await check.Items.CountAsync());
        Assert.Equal(0, await check.Sections.CountAsync());
        Assert.Equal(0, await check.Activities.CountAsync());
    }
}
