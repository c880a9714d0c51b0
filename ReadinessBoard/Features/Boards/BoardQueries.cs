using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Features.Boards;

/// <summary>A board on the boards page. <see cref="Total"/> leaves out items that are not applicable.</summary>
public sealed record BoardSummary(
    int Id, string Title, string TeamName, int Total, int Done, DateTime UpdatedAt, string? LastActivity, DateTime? LastActivityAt)
{
    public double Progress => Total == 0 ? 0 : (double)Done / Total;
}

/// <summary>One board's checklist; <see cref="CanEdit"/>: whether the reader may change it.</summary>
public sealed record BoardDetail(int Id, string Title, string TeamName, IReadOnlyList<SectionView> Sections, bool CanEdit)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public IEnumerable<ItemView> AllItems => Sections.SelectMany(s => s.Items);
}

/// <summary>A section with the items directly under it; <see cref="Depth"/> is its nesting under other sections.</summary>
public sealed record SectionView(int? Id, string Title, int Depth, IReadOnlyList<ItemView> Items);

public sealed record ItemView(
    int Id, string Title, ItemStatus Status, string? StatusReason, string? Priority, string? Owner, int Depth, int Version, int SourceLine);

/// <summary>
/// Read models for the boards pages; one context per query, nothing tracked. Each reads only the
/// boards of the actor's teams: a board of another team is the same as no board.
/// </summary>
public sealed class BoardQueries(IDbContextFactory<ReadinessDbContext> dbFactory)
{
    public Task<IReadOnlyList<BoardSummary>> ListAsync(Actor actor, CancellationToken ct = default) => SummariesAsync(null, actor, ct);

    /// <summary>One board's summary, or null when it does not exist, was archived, or is not the actor's to see.</summary>
    public async Task<BoardSummary?> FindAsync(int boardId, Actor actor, CancellationToken ct = default) =>
        (await SummariesAsync(boardId, actor, ct)).SingleOrDefault();

    private async Task<IReadOnlyList<BoardSummary>> SummariesAsync(int? boardId, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var boards = await db.Boards.AsNoTracking().VisibleTo(db, actor)
            .Where(b => b.ArchivedAt == null && (boardId == null || b.Id == boardId))
            .OrderBy(b => b.Title)
            .Select(b => new
            {
                b.Id,
                b.Title,
                TeamName = b.Team!.Name,
                b.UpdatedAt,
                Total = b.Items.Count(i => i.ArchivedAt == null && i.Status != ItemStatus.NotApplicable),
                Done = b.Items.Count(i => i.ArchivedAt == null && i.Status == ItemStatus.Done),
            })
            .ToListAsync(ct);

        var ids = boards.Select(b => b.Id).ToList();
        var lastActivities = await db.Activities.AsNoTracking()
            .Where(a => ids.Contains(a.BoardId) && a.Id == db.Activities.Where(x => x.BoardId == a.BoardId).Max(x => x.Id))
            .Select(a => new { a.BoardId, a.Summary, a.ActorName, a.OccurredAt })
            .ToDictionaryAsync(a => a.BoardId, ct);

        return boards.Select(b =>
        {
            lastActivities.TryGetValue(b.Id, out var last);
            return new BoardSummary(
                b.Id, b.Title, b.TeamName, b.Total, b.Done, b.UpdatedAt,
                last is null ? null : $"{last.ActorName}: {last.Summary}", last?.OccurredAt);
        }).ToList();
    }

    public async Task<BoardDetail?> GetAsync(int boardId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.RoleOnBoardAsync(actor, boardId, ct) is not { } role)
        {
            return null;
        }

        var board = await db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new { b.Id, b.Title, TeamName = b.Team!.Name })
            .SingleOrDefaultAsync(ct);
        if (board is null)
        {
            return null;
        }

        var sections = await db.Sections.AsNoTracking()
            .Where(s => s.BoardId == boardId)
            .OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.ParentId, s.Title })
            .ToListAsync(ct);
        var items = await db.Items.AsNoTracking()
            .Where(i => i.BoardId == boardId && i.ArchivedAt == null)
            .OrderBy(i => i.Position)
            .Select(i => new { i.SectionId, View = new ItemView(i.Id, i.Title, i.Status, i.StatusReason, i.Priority, i.Owner, i.Depth, i.Version, i.SourceLine) })
            .ToListAsync(ct);

        var itemsBySection = items.ToLookup(i => i.SectionId, i => i.View);
        var depthById = new Dictionary<int, int>();
        var views = new List<SectionView>();
        if (itemsBySection[null].Any())
        {
            views.Add(new SectionView(null, "General", 0, itemsBySection[null].ToList()));
        }

        // A heading with no items anywhere below it (an introduction, references) has nothing to tick.
        var withItems = new HashSet<int>();
        var parentById = sections.ToDictionary(s => s.Id, s => s.ParentId);
        foreach (var sectionId in items.Select(i => i.SectionId).OfType<int>().Distinct())
        {
            int? at = sectionId;
            while (at is { } id && withItems.Add(id))
            {
                at = parentById.GetValueOrDefault(id);
            }
        }

        foreach (var section in sections.Where(s => withItems.Contains(s.Id)))
        {
            var depth = section.ParentId is { } parent && depthById.TryGetValue(parent, out var d) ? d + 1 : 0;
            depthById[section.Id] = depth;
            views.Add(new SectionView(section.Id, section.Title, depth, itemsBySection[section.Id].ToList()));
        }

        return new BoardDetail(board.Id, board.Title, board.TeamName, views, role.CanEdit());
    }
}
