using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Overview;

public sealed record StatusCount(ItemStatus Status, int Count);

/// <summary>An item named in a list, with a short note (its impact and effort, how late it is).</summary>
public sealed record ItemLink(int Id, string Title, string Note);

public sealed record OverviewModel(
    BoardHeading Board,
    Progress Overall,
    IReadOnlyList<StatusCount> Statuses,
    IReadOnlyList<ProgressGroup> Sections,
    IReadOnlyList<ProgressGroup> Priorities,
    IReadOnlyList<ProgressGroup> Phases,
    IReadOnlyList<ItemLink> QuickWins,
    int QuickWinsTotal,
    IReadOnlyList<ItemLink> Overdue,
    int OverdueTotal,
    IReadOnlyList<ConsistencyWarning> Warnings,
    IReadOnlyList<BurnUpPoint> BurnUp);

/// <summary>
/// Reads what the Overview shows. Items are projected onto <see cref="ItemFacts"/> (a few columns, no
/// entities, nothing tracked) and summed by the pure rollups; titles are read only for the items listed.
/// The Overview of a board is read once per revision and day and shared (<see cref="BoardReadCache"/>):
/// when a change reaches every open Overview, they make one read, and each viewer's access is checked.
/// </summary>
public sealed class OverviewQueries(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, BoardReadCache reads)
{
    /// <summary>At most this many quick wins and overdue items are listed; the rest are counted.</summary>
    public const int ListLimit = 8;

    public Task<OverviewModel?> GetAsync(int boardId, Actor actor, CancellationToken ct = default)
    {
        // What is overdue, and the burn-up's last day, depend on the day as well as on the board.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return reads.ReadSharedAsync(
            dbFactory, boardId, actor, today, (db, board, readCt) => ReadAsync(db, boardId, board, today, readCt),
            (model, board) => model with { Board = board }, ct);
    }

    // What every viewer of the board sees alike (BoardHeadingQuery.ReadSharedAsync).
    private static async Task<OverviewModel> ReadAsync(ReadinessDbContext db, int boardId, BoardHeading board, DateOnly today, CancellationToken ct)
    {
        var items = await db.Items.AsNoTracking()
            .Where(i => i.BoardId == boardId && i.ArchivedAt == null)
            .OrderBy(i => i.Position)
            .Select(i => new ItemFacts(i.Id, i.Status, i.SectionId, i.PhaseId, i.Priority, i.Impact, i.Effort, i.DueDate, i.EstimateMinHours, i.EstimateMaxHours))
            .ToListAsync(ct);
        var sections = await db.Sections.AsNoTracking()
            .Where(s => s.BoardId == boardId)
            .OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.ParentId, s.Title })
            .ToListAsync(ct);
        var phases = await db.PlanPhases.AsNoTracking()
            .Where(p => p.BoardId == boardId)
            .Select(p => new { Facts = new PhaseFacts(p.Id, p.ParentId, p.Name, p.Path, p.Position, p.StartDay, p.EndDay, p.StatedHours, p.Goal), p.SourceLine })
            .ToListAsync(ct);
        var kpis = await db.Metrics.AsNoTracking()
            .Where(m => m.BoardId == boardId)
            .OrderBy(m => m.Position)
            .Select(m => new { Facts = new KpiFacts(m.Id, m.Name, m.CurrentText, m.TargetText, m.CurrentValue, m.TargetValue, m.Direction, m.Status), m.SourceLine })
            .ToListAsync(ct);
        var markedDone = await db.Items.AsNoTracking()
            .Where(i => i.BoardId == boardId && i.ArchivedAt == null && i.SourceDoneIn != null
                && i.Status != ItemStatus.Done && i.Status != ItemStatus.NotApplicable)
            .OrderBy(i => i.Position)
            .Select(i => new { i.Title, i.SourceDoneIn, i.SourceLine })
            .ToListAsync(ct);
        var changes = await db.Activities.AsNoTracking()
            .Where(a => a.BoardId == boardId && a.Kind == ActivityKinds.ItemStatus)
            .Select(a => new StatusChange(a.OccurredAt, a.Before, a.After))
            .ToListAsync(ct);
        var created = await db.Boards.Where(b => b.Id == boardId).Select(b => b.CreatedAt).SingleAsync(ct);

        var quickWins = ItemRollup.QuickWins(items);
        var overdue = ItemRollup.Overdue(items, today);
        var listed = quickWins.Take(ListLimit).Concat(overdue.Take(ListLimit)).Select(i => i.Id).Distinct().ToList();
        var titles = await db.Items.AsNoTracking()
            .Where(i => listed.Contains(i.Id))
            .Select(i => new { i.Id, i.Title })
            .ToDictionaryAsync(i => i.Id, i => i.Title, ct);

        var plan = PlanRollup.Build(phases.Select(p => p.Facts), items, board.PlanStartDate, today);
        var phaseLines = phases.ToDictionary(p => p.Facts.Id, p => p.SourceLine);
        var warnings = ConsistencyWarnings.ForMarkedDone(markedDone.Select(i => (i.Title, i.SourceDoneIn!, true, i.SourceLine)))
            .Concat(ConsistencyWarnings.ForKpis(kpis.Select(k => (k.Facts, k.SourceLine))))
            .Concat(ConsistencyWarnings.ForPhases(plan.Select(p => (p, phaseLines[p.Phase.Id]))))
            .ToList();

        // Two weeks at least, so that a new board draws a line; three months at most.
        var since = DateOnly.FromDateTime(created);
        since = since > today.AddDays(-13) ? today.AddDays(-13) : since < today.AddDays(-89) ? today.AddDays(-89) : since;
        var burnUp = BurnUp.Build(board.Done, since, today, changes);

        return new OverviewModel(
            board,
            Progress.Of(items.Select(i => i.Status)),
            ItemRollup.CountByStatus(items).Select(c => new StatusCount(c.Status, c.Count)).ToList(),
            BySection(items, sections.Select(s => (s.Id, s.ParentId, s.Title)).ToList()),
            ItemRollup.ByPriority(items),
            plan.Where(p => p.Progress.Total > 0).Select(p => new ProgressGroup(p.Phase.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), p.Phase.Path, p.Progress)).ToList(),
            quickWins.Take(ListLimit).Select(i => new ItemLink(i.Id, titles[i.Id], $"{i.Impact} impact · {i.Effort} effort")).ToList(),
            quickWins.Count,
            overdue.Take(ListLimit).Select(i => new ItemLink(i.Id, titles[i.Id], $"due {i.DueDate:d MMM yyyy}")).ToList(),
            overdue.Count,
            warnings,
            burnUp);
    }

    /// <summary>Progress of each section that holds items, in document order, named with its parent.</summary>
    private static List<ProgressGroup> BySection(List<ItemFacts> items, List<(int Id, int? ParentId, string Title)> sections)
    {
        var bySection = items.GroupBy(i => i.SectionId).ToDictionary(g => g.Key ?? 0, g => Progress.Of(g.Select(i => i.Status)));
        var titles = sections.ToDictionary(s => s.Id, s => s.Title);
        var groups = new List<ProgressGroup>();
        if (bySection.TryGetValue(0, out var general))
        {
            groups.Add(new ProgressGroup("", "General", general));
        }

        foreach (var section in sections)
        {
            if (bySection.TryGetValue(section.Id, out var progress))
            {
                var label = section.ParentId is { } parent && titles.TryGetValue(parent, out var parentTitle)
                    ? $"{parentTitle} › {section.Title}"
                    : section.Title;
                groups.Add(new ProgressGroup(section.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), label, progress));
            }
        }

        return groups;
    }
}
