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
    public async Task CreateBoard_StoresAChecklistTablesOwnerDueDateAndReference()
    {
        var boardId = await _database.ImportAsync(TestFiles.Read("checklist-tables.md"));

        await using var db = await _database.Factory.CreateDbContextAsync();
        var keys = await db.Items.AsNoTracking().SingleAsync(i => i.BoardId == boardId && i.Ref == "AUTH-010");
        Assert.Equal(("Rotate the signing keys", "Priya", new DateOnly(2026, 12, 18), ItemStatus.Done), (keys.Title, keys.Owner, keys.DueDate, keys.Status));
        Assert.Equal(["AUTH-010", "AUTH-011", "AUTH-012", "NET-001", "NET-002"],
            await db.Items.Where(i => i.BoardId == boardId && i.Ref != null).OrderBy(i => i.Position).Select(i => i.Ref).ToListAsync());
    }

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
    public async Task CreateBoard_WritesItemRows_ExactlyAsEfCoreWouldWriteThem()
    {
        var boardId = await _database.ImportAsync(
            "# Rows\n\n## Work\n\n### 1. Rotate the keys (1.5-3 hours)\n**Impact:** HIGH | **Effort:** LOW | **Risk:** Medium\n**Completed:** 2026-01-12\n\n" +
            "**Why:** Leaked once.\n\n### Week 1: Start\n\n- [ ] Open ports audit (2h)\n- [x] Backups\n");
        await using var db = await _database.Factory.CreateDbContextAsync();
        var imported = await db.Items.AsNoTracking().Where(i => i.BoardId == boardId).OrderBy(i => i.Position).ToListAsync();
        Assert.Equal(3, imported.Count);
        // The same values once more, this time through the change tracker, under other keys.
        db.Items.AddRange(imported.Select(i => CopyOf(i, "ef-" + i.Key)));
        await db.SaveChangesAsync();

        var columns = string.Join(", ", typeof(Item).GetProperties()
            .Where(p => p.Name is not ("Id" or "Key") && db.Model.FindEntityType(typeof(Item))!.FindProperty(p.Name) is not null)
            .Select(p => $"quote(\"{p.Name}\")"));
        var sql = $"SELECT {columns.Replace(", ", " || '|' || ", StringComparison.Ordinal)} AS \"Value\" FROM \"Items\" WHERE \"BoardId\" = {{0}} ORDER BY \"Key\" LIKE 'ef-%', \"Position\"";
        var rows = await db.Database.SqlQueryRaw<string>(sql, boardId).ToListAsync();

        Assert.Equal(6, rows.Count);
        Assert.Equal(rows[3..], rows[..3]);
        Assert.Contains("'2026-01-12 00:00:00'", rows[0], StringComparison.Ordinal);
        Assert.Contains("1.5|3.0", rows[0], StringComparison.Ordinal);
    }

    private static Item CopyOf(Item item, string key) => new()
    {
        BoardId = item.BoardId, SectionId = item.SectionId, PhaseId = item.PhaseId, Key = key, Title = item.Title, Details = item.Details,
        Status = item.Status, StatusReason = item.StatusReason, Priority = item.Priority, Impact = item.Impact, Effort = item.Effort, Risk = item.Risk,
        EstimateMinHours = item.EstimateMinHours, EstimateMaxHours = item.EstimateMaxHours, SourceLine = item.SourceLine, Position = item.Position,
        Depth = item.Depth, Version = item.Version, CompletedAt = item.CompletedAt, CompletedBy = item.CompletedBy, UpdatedAt = item.UpdatedAt,
        SourceDoneIn = item.SourceDoneIn,
    };

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
