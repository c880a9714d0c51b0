using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Boards;

/// <summary>
/// A tick leaves the board's row (which holds the whole document) as it was; the board list and the
/// export still say the board changed then, from the activity log.
/// </summary>
public class BoardUpdatedAtTests : IAsyncLifetime
{
    private static readonly DateTime s_tickedAt = new(2031, 5, 6, 7, 8, 9, DateTimeKind.Utc);
    private TestDatabase _database = null!;
    private int _boardId;
    private Actor _alice = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _boardId = await _database.ImportAsync("# Board\n\n- [ ] First\n- [x] Second\n");
        _alice = await _database.MemberAsync("user-1", "alice@example.com", TeamRole.Editor);
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task ATick_LeavesTheBoardRow_ButTheListAndTheExportSayWhenItChanged()
    {
        var before = await BoardRowAsync();
        int itemId;
        await using (var db = await _database.Factory.CreateDbContextAsync())
        {
            itemId = await db.Items.Where(i => i.BoardId == _boardId && i.Title == "First").Select(i => i.Id).SingleAsync();
        }

        var result = await new ItemStatusService(_database.Factory, new FixedClock(s_tickedAt))
            .SetStatusAsync(new SetItemStatus(itemId, ItemStatus.Done), _alice);

        Assert.Equal(StatusChangeOutcome.Changed, result.Outcome);
        Assert.Equal(before, await BoardRowAsync());
        Assert.True(before.UpdatedAt < s_tickedAt);
        Assert.Equal(s_tickedAt, (await new BoardQueries(_database.Factory).FindAsync(_boardId, _alice))!.UpdatedAt);
        Assert.Equal(s_tickedAt, (await new ExportQueries(_database.Factory, TimeProvider.System).GetAsync(_boardId))!.UpdatedAt);
    }

    [Fact]
    public async Task ABoardNoOneChanged_IsAsNewAsItsImport()
    {
        var row = await BoardRowAsync();

        Assert.Equal(row.UpdatedAt, (await new BoardQueries(_database.Factory).FindAsync(_boardId, _alice))!.UpdatedAt);
    }

    private async Task<(DateTime UpdatedAt, string Source)> BoardRowAsync()
    {
        await using var db = await _database.Factory.CreateDbContextAsync();
        var board = await db.Boards.AsNoTracking().SingleAsync(b => b.Id == _boardId);
        return (board.UpdatedAt, board.SourceMarkdown);
    }
}
