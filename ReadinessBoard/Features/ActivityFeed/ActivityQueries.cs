using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.ActivityFeed;

/// <summary>Which entries to show: of one kind, by one person, containing some words; null for any.</summary>
public sealed record ActivityFilter(string? Kind = null, string? Actor = null, string? Text = null)
{
    public bool IsEmpty => Kind is null && Actor is null && Text is null;
}

public sealed record ActivityEntry(long Id, DateTime OccurredAt, string ActorName, string Kind, string Summary, string? Before, string? After, int? ItemId);

public sealed record ActivityModel(
    BoardHeading Board, ActivityFilter Filter, IReadOnlyList<ActivityEntry> Entries, int Matching, int All,
    IReadOnlyList<string> Kinds, IReadOnlyList<string> Actors);

/// <summary>
/// The audit feed of a board, newest first, filtered in SQL and read a page at a time. Everyone who
/// asks for the same filter and page at the same revision shares one read
/// (<see cref="BoardHeadingQuery.ReadSharedAsync"/>): a team with the feed open in a stand-up makes one
/// read per change, not one each.
/// </summary>
public sealed class ActivityQueries(IDbContextFactory<ReadinessDbContext> dbFactory, BoardReadCache reads)
{
    public const int PageSize = 100;

    public Task<ActivityModel?> GetAsync(int boardId, Actor actor, ActivityFilter filter, int take = PageSize, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var count = Math.Clamp(take, 1, 10 * PageSize);
        return reads.ReadSharedAsync(
            dbFactory, boardId, actor, (nameof(ActivityModel), filter, count),
            (db, board, readCt) => ReadAsync(db, boardId, board, filter, count, readCt),
            (model, board) => model with { Board = board }, ct);
    }

    // What every viewer of the board sees alike (BoardHeadingQuery.ReadSharedAsync).
    private static async Task<ActivityModel> ReadAsync(
        ReadinessDbContext db, int boardId, BoardHeading board, ActivityFilter filter, int count, CancellationToken ct)
    {
        var all = db.Activities.AsNoTracking().Where(a => a.BoardId == boardId);
        var matching = all;
        if (filter.Kind is { } kind)
        {
            matching = matching.Where(a => a.Kind == kind);
        }

        if (filter.Actor is { } who)
        {
            matching = matching.Where(a => a.ActorName == who);
        }

        if (filter.Text is { } text)
        {
            // SQLite's LIKE is case-insensitive for ASCII; the words are escaped so % and _ match themselves.
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            matching = matching.Where(a => EF.Functions.Like(a.Summary, pattern, "\\"));
        }

        var entries = await matching.OrderByDescending(a => a.Id)
            .Take(count)
            .Select(a => new ActivityEntry(a.Id, a.OccurredAt, a.ActorName, a.Kind, a.Summary, a.Before, a.After, a.ItemId))
            .ToListAsync(ct);
        return new ActivityModel(
            board,
            filter,
            entries,
            await matching.CountAsync(ct),
            await all.CountAsync(ct),
            await all.Select(a => a.Kind).Distinct().OrderBy(k => k).ToListAsync(ct),
            await all.Select(a => a.ActorName).Distinct().OrderBy(n => n).ToListAsync(ct));
    }

    /// <summary>What a kind of entry is called on the page.</summary>
    public static string KindName(string kind) => kind switch
    {
        ActivityKinds.BoardImported => "Imported",
        ActivityKinds.BoardReimported => "New version",
        ActivityKinds.ItemStatus => "Item status",
        ActivityKinds.MetricValue => "KPI value",
        ActivityKinds.BoardPlanStart => "Plan start",
        _ => kind,
    };
}
