using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.Checklist;

/// <summary>
/// One page of a board's checklist: the board's progress, its sections with their counts, the
/// choices the filters offer, and only the items of the requested page. <see cref="Revision"/> is the
/// board's revision when it was read (<see cref="BoardRevisions"/>): what it shows is at least that new.
/// A status change can be applied to it without a read (<see cref="WithStatus"/>); then
/// <see cref="CountsRevision"/> says which revision the board's counts stand at, while <see cref="Revision"/>
/// stays that of the read, since changes made in between may still be on their way.
/// </summary>
public sealed record ChecklistView(
    int Id,
    string Title,
    string TeamName,
    int Done,
    int Total,
    int ItemCount,
    IReadOnlyList<ChecklistSection> Sections,
    ChecklistChoices Choices,
    ChecklistPage Page,
    bool CanEdit = false,
    long Revision = 0,
    long CountsRevision = 0)
{
    /// <summary>The section of an item; null stands for the items under no heading ("General").</summary>
    public ChecklistSection? Section(int? id) => Sections.FirstOrDefault(s => s.Id == id);

    public ChecklistSection? ParentOf(ChecklistSection section) => section.ParentId is { } parentId ? Section(parentId) : null;

    /// <summary>
    /// This view with a status change applied (the change made <paramref name="revision"/>): the item, if
    /// the page shows an older version of it, and the board's and the item's section's counts, each if
    /// the counts shown stand at an older revision. Changes that arrive out of order therefore never put an older state back. The caller
    /// decides whether the view can take the change at all: a status filter, for one, moves items in and out.
    /// </summary>
    public ChecklistView WithStatus(int itemId, int version, long revision, StatusPatch patch)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var itemIsOlder = ItemIsOlder(itemId, version);
        var boardIsOlder = BoardIsOlder(revision);
        var sectionIsOlder = SectionIsOlder(patch.SectionId, revision);
        if (!itemIsOlder && !boardIsOlder && !sectionIsOlder)
        {
            return this;
        }

        return this with
        {
            Done = boardIsOlder ? patch.BoardDone : Done,
            Total = boardIsOlder ? patch.BoardCounted : Total,
            CountsRevision = boardIsOlder ? revision : CountsRevision,
            Sections = !sectionIsOlder ? Sections : Sections
                .Select(s => s.Id == patch.SectionId
                    ? s with { Done = patch.SectionDone, Counted = patch.SectionCounted, CountedAt = revision }
                    : s)
                .ToList(),
            Page = !itemIsOlder ? Page : Page with
            {
                Items = Page.Items
                    .Select(i => i.Id == itemId && i.Version < version
                        ? i with { Status = patch.Status, StatusReason = patch.StatusReason, Version = version }
                        : i)
                    .ToList(),
            },
        };
    }

    /// <summary>
    /// Whether the view shows a status change already, so that <see cref="WithStatus"/> would change
    /// nothing: its item (when on the page) at that version or newer, the counts it touched at that
    /// revision or newer. Asked for every change a viewer receives, so it builds nothing.
    /// </summary>
    public bool Shows(int itemId, int version, long revision, int? sectionId) =>
        !ItemIsOlder(itemId, version) && !BoardIsOlder(revision) && !SectionIsOlder(sectionId, revision);

    private bool ItemIsOlder(int itemId, int version) => Page.Items.Any(i => i.Id == itemId && i.Version < version);

    private bool BoardIsOlder(long revision) => revision > Math.Max(CountsRevision, Revision);

    private bool SectionIsOlder(int? sectionId, long revision) =>
        Sections.Any(s => s.Id == sectionId && revision > Math.Max(s.CountedAt, Revision));
}

/// <summary>
/// A section that has items somewhere below it. <see cref="Done"/> and <see cref="Counted"/> are over
/// its own items, whatever the filter; <see cref="Depth"/> is its nesting under other sections.
/// <see cref="CountedAt"/> is the revision of the status change that last set the counts (0: as read).
/// </summary>
public sealed record ChecklistSection(int? Id, int? ParentId, string Title, int Depth, int Done, int Counted, int Items, long CountedAt = 0);

/// <summary>What the filters can choose from: the values used on the board.</summary>
public sealed record ChecklistChoices(
    IReadOnlyList<string> Owners,
    IReadOnlyList<string> Priorities,
    IReadOnlyList<PhaseChoice> Phases,
    IReadOnlyList<string> Impacts,
    IReadOnlyList<string> Efforts);

public sealed record PhaseChoice(int Id, string Path, int Depth);

/// <summary>The items of one page, in section order; <see cref="Matching"/> counts every item the filter lets through.</summary>
public sealed record ChecklistPage(int Number, int Size, int Matching, IReadOnlyList<ChecklistItem> Items)
{
    public int Count => Matching == 0 ? 1 : ((Matching - 1) / Size) + 1;
    public int First => Matching == 0 ? 0 : ((Number - 1) * Size) + 1;
    public int Last => Math.Min(Number * Size, Matching);
}

public sealed record ChecklistItem(
    int Id, int? SectionId, string Title, ItemStatus Status, string? StatusReason, string? Priority,
    string? Owner, DateOnly? DueDate, int Depth, int Version, int SourceLine);

/// <summary>Everything known about one item, for its details panel.</summary>
public sealed record ItemDetails(
    int Id,
    int BoardId,
    string Title,
    string? Details,
    string? Section,
    ItemStatus Status,
    string? StatusReason,
    string? Priority,
    string? Impact,
    string? Effort,
    string? Risk,
    double? EstimateMinHours,
    double? EstimateMaxHours,
    string? Phase,
    string? Owner,
    DateOnly? DueDate,
    string? EvidenceUrl,
    string? Notes,
    int SourceLine,
    int Version,
    DateTime? CompletedAt,
    string? CompletedBy,
    DateTime UpdatedAt,
    string? Ref = null);

/// <summary>
/// Read models of the checklist. Filtering, counting and paging run in the database, so a board of
/// thousands of items puts one page of them into the circuit. One context per query, nothing tracked.
/// The page of a board is read once per revision and filter and shared (<see cref="BoardReadCache"/>):
/// when a change reaches fifty viewers, they make one read, and each still has its access checked.
/// </summary>
public sealed class ChecklistQueries(IDbContextFactory<ReadinessDbContext> dbFactory, BoardReadCache reads)
{
    public const int DefaultPageSize = 50;

    /// <summary>
    /// The board with the page of items the filter selects, or null when there is no such board or it
    /// is not the actor's to see.
    /// </summary>
    public async Task<ChecklistView?> GetAsync(
        int boardId, Actor actor, ChecklistFilter filter, int page = 1, int pageSize = DefaultPageSize, CancellationToken ct = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(pageSize, 1);
        if (await dbFactory.RoleAndRevisionAsync(boardId, actor, ct) is not { } access)
        {
            return null;
        }

        var (role, revision) = access;
        var view = await reads.GetOrReadAsync(
            boardId, revision, new PageQuery(filter, page, pageSize), read => ReadAsync(boardId, filter, page, pageSize, read), ct);
        return view is null ? null : view with { CanEdit = role.CanEdit(), Revision = revision, CountsRevision = revision };
    }

    private sealed record PageQuery(ChecklistFilter Filter, int Page, int PageSize);

    // What every viewer of the board sees alike: everything but whether they may edit.
    private async Task<ChecklistView?> ReadAsync(int boardId, ChecklistFilter filter, int page, int pageSize, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var board = await db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new { b.Id, b.Title, TeamName = b.Team!.Name })
            .SingleOrDefaultAsync(ct);
        if (board is null)
        {
            return null;
        }

        var live = db.Items.AsNoTracking().Where(i => i.BoardId == boardId && i.ArchivedAt == null);
        var counts = await live
            .GroupBy(i => i.SectionId)
            .Select(g => new
            {
                SectionId = g.Key,
                Items = g.Count(),
                Done = g.Count(i => i.Status == ItemStatus.Done),
                Counted = g.Count(i => i.Status != ItemStatus.NotApplicable),
            })
            .ToListAsync(ct);
        var sections = await db.Sections.AsNoTracking()
            .Where(s => s.BoardId == boardId)
            .OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.ParentId, s.Title })
            .ToListAsync(ct);
        var phases = await db.PlanPhases.AsNoTracking()
            .Where(p => p.BoardId == boardId)
            .OrderBy(p => p.Position)
            .Select(p => new { p.Id, p.ParentId, p.Path })
            .ToListAsync(ct);

        var phaseChoices = PhaseChoices(phases.Select(p => (p.Id, p.ParentId, p.Path)).ToList());
        var choices = new ChecklistChoices(
            await DistinctAsync(live.Select(i => i.Owner), ct),
            PriorityOrder.Sort(await DistinctAsync(live.Select(i => i.Priority), ct)),
            phaseChoices,
            LevelOrder.Sort(await DistinctAsync(live.Select(i => i.Impact), ct)),
            LevelOrder.Sort(await DistinctAsync(live.Select(i => i.Effort), ct)));

        // Headings: every section with items at or below it, in document order.
        var countById = counts.Where(c => c.SectionId is not null).ToDictionary(c => c.SectionId!.Value);
        var parentById = sections.ToDictionary(s => s.Id, s => s.ParentId);
        var withItems = new HashSet<int>();
        foreach (var sectionId in countById.Keys)
        {
            int? at = sectionId;
            while (at is { } id && withItems.Add(id))
            {
                at = parentById.GetValueOrDefault(id);
            }
        }

        var views = new List<ChecklistSection>();
        if (counts.FirstOrDefault(c => c.SectionId is null) is { } general)
        {
            views.Add(new ChecklistSection(null, null, "General", 0, general.Done, general.Counted, general.Items));
        }

        var depthById = new Dictionary<int, int>();
        foreach (var section in sections.Where(s => withItems.Contains(s.Id)))
        {
            var depth = section.ParentId is { } parent && depthById.TryGetValue(parent, out var d) ? d + 1 : 0;
            depthById[section.Id] = depth;
            var own = countById.GetValueOrDefault(section.Id);
            views.Add(new ChecklistSection(section.Id, section.ParentId, section.Title, depth, own?.Done ?? 0, own?.Counted ?? 0, own?.Items ?? 0));
        }

        var filtered = Apply(live, filter, phaseChoices);
        var matching = await filtered.CountAsync(ct);
        var pages = matching == 0 ? 1 : ((matching - 1) / pageSize) + 1;
        var number = Math.Clamp(page, 1, pages);
        var items = await filtered
            .OrderBy(i => i.SectionId == null ? -1 : i.Section!.Position)
            .ThenBy(i => i.Position)
            .Skip((number - 1) * pageSize)
            .Take(pageSize)
            .Select(i => new ChecklistItem(
                i.Id, i.SectionId, i.Title, i.Status, i.StatusReason, i.Priority, i.Owner, i.DueDate, i.Depth, i.Version, i.SourceLine))
            .ToListAsync(ct);

        return new ChecklistView(
            board.Id,
            board.Title,
            board.TeamName,
            counts.Sum(c => c.Done),
            counts.Sum(c => c.Counted),
            counts.Sum(c => c.Items),
            views,
            choices,
            new ChecklistPage(number, pageSize, matching, items));
    }

    /// <summary>One item of a board with everything known about it, or null when it is not (or no longer) on the board.</summary>
    public async Task<ItemDetails?> GetItemAsync(int boardId, int itemId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.RoleOnBoardAsync(actor, boardId, ct) is null)
        {
            return null;
        }

        return await db.Items.AsNoTracking()
            .Where(i => i.Id == itemId && i.BoardId == boardId && i.ArchivedAt == null)
            .Select(i => new ItemDetails(
                i.Id, i.BoardId, i.Title, i.Details, i.Section == null ? null : i.Section.Title, i.Status, i.StatusReason,
                i.Priority, i.Impact, i.Effort, i.Risk, i.EstimateMinHours, i.EstimateMaxHours,
                i.Phase == null ? null : i.Phase.Path, i.Owner, i.DueDate, i.EvidenceUrl, i.Notes, i.SourceLine, i.Version,
                i.CompletedAt, i.CompletedBy, i.UpdatedAt, i.Ref))
            .SingleOrDefaultAsync(ct);
    }

    private static IQueryable<Item> Apply(IQueryable<Item> items, ChecklistFilter filter, IReadOnlyList<PhaseChoice> phases)
    {
        if (filter.Statuses.Count > 0)
        {
            var statuses = filter.Statuses.ToList();
            items = items.Where(i => statuses.Contains(i.Status));
        }

        if (filter.Owner == ChecklistFilter.Unassigned)
        {
            items = items.Where(i => i.Owner == null);
        }
        else if (filter.Owner is { } owner)
        {
            items = items.Where(i => i.Owner == owner);
        }

        if (filter.Priority is { } priority)
        {
            items = items.Where(i => i.Priority == priority);
        }

        if (filter.PhaseId is { } phaseId)
        {
            // A phase holds the items of the phases inside it (a Day inside a Week).
            var ids = WithinPhase(phaseId, phases);
            items = items.Where(i => i.PhaseId != null && ids.Contains(i.PhaseId.Value));
        }

        if (filter.Impact is { } impact)
        {
            var lower = impact.ToLowerInvariant();
            items = items.Where(i => i.Impact != null && i.Impact.ToLower() == lower);
        }

        if (filter.Effort is { } effort)
        {
            var lower = effort.ToLowerInvariant();
            items = items.Where(i => i.Effort != null && i.Effort.ToLower() == lower);
        }

        if (filter.Text is { } text)
        {
            var pattern = "%" + text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
            items = items.Where(i =>
                EF.Functions.Like(i.Title, pattern, "\\")
                || (i.Details != null && EF.Functions.Like(i.Details, pattern, "\\"))
                || (i.Notes != null && EF.Functions.Like(i.Notes, pattern, "\\"))
                || (i.Owner != null && EF.Functions.Like(i.Owner, pattern, "\\")));
        }

        return items;
    }

    private static List<int> WithinPhase(int phaseId, IReadOnlyList<PhaseChoice> phases)
    {
        var root = phases.FirstOrDefault(p => p.Id == phaseId);
        if (root is null)
        {
            return [phaseId];
        }

        var prefix = root.Path + " > ";
        return phases.Where(p => p.Id == phaseId || p.Path.StartsWith(prefix, StringComparison.Ordinal)).Select(p => p.Id).ToList();
    }

    private static List<PhaseChoice> PhaseChoices(List<(int Id, int? ParentId, string Path)> phases)
    {
        var depthById = new Dictionary<int, int>();
        var choices = new List<PhaseChoice>();
        foreach (var (id, parentId, path) in phases)
        {
            var depth = parentId is { } parent && depthById.TryGetValue(parent, out var d) ? d + 1 : 0;
            depthById[id] = depth;
            choices.Add(new PhaseChoice(id, path, depth));
        }

        return choices;
    }

    private static async Task<List<string>> DistinctAsync(IQueryable<string?> values, CancellationToken ct) =>
        (await values.Where(v => v != null && v != "").Distinct().ToListAsync(ct))!
            .OfType<string>()
            .Order(StringComparer.OrdinalIgnoreCase)
            .ToList();
}

/// <summary>Priorities in the order a reader expects: most urgent first, each scheme together.</summary>
public static class PriorityOrder
{
    private static readonly string[] s_known =
        ["Critical", "High", "Medium", "Low", "Must", "Should", "Could", "Nice", "Won't", "P0", "P1", "P2", "P3", "P4", "5/5", "4/5", "3/5", "2/5", "1/5"];

    public static List<string> Sort(IEnumerable<string> priorities) =>
        priorities.OrderBy(p => Rank(p)).ThenBy(p => p, StringComparer.OrdinalIgnoreCase).ToList();

    private static int Rank(string priority)
    {
        var index = Array.FindIndex(s_known, k => string.Equals(k, priority, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? s_known.Length : index;
    }
}

/// <summary>Impact and effort levels from highest to lowest; other words after them.</summary>
public static class LevelOrder
{
    private static readonly string[] s_known = ["Critical", "High", "Medium", "Low", "None"];

    public static List<string> Sort(IEnumerable<string> levels) =>
        levels.OrderBy(l => Rank(l)).ThenBy(l => l, StringComparer.OrdinalIgnoreCase).ToList();

    private static int Rank(string level)
    {
        var index = Array.FindIndex(s_known, k => string.Equals(k, level, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? s_known.Length : index;
    }
}
