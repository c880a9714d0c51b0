namespace ReadinessBoard.Features.Rollups;

public sealed record PhaseFacts(
    int Id, int? ParentId, string Name, string Path, int Position, int? StartDay, int? EndDay, double? StatedHours, string? Goal);

/// <summary>
/// A phase of the plan with what it holds (its own items and those of the phases inside it), its dates
/// when the plan has a start, and whether it is slipping.
/// </summary>
public sealed record PhaseRollup(
    PhaseFacts Phase,
    int Depth,
    IReadOnlyList<ItemFacts> Items,
    Progress Progress,
    HoursRange? Estimate,
    DateOnly? Starts,
    DateOnly? Ends,
    bool Slipping)
{
    /// <summary>The phase states hours that its items' estimates do not add up to.</summary>
    public bool HoursDiffer => Phase.StatedHours is { } stated && Estimate is { } sum && !sum.Contains(stated);

    public int OpenItems => Items.Count(i => i.IsOpen);
}

public static class PlanRollup
{
    /// <summary>
    /// The date of a plan day. Days count as the importer's phase labels do: day 1 is the plan's first
    /// day (Week 1 is days 1-7), and Day 0 the day before it.
    /// </summary>
    public static DateOnly DateOf(DateOnly planStart, int day) => planStart.AddDays(day - 1);

    /// <summary>
    /// Every phase in plan order with its rollup. A phase is slipping when the plan has a start, its last
    /// day is before <paramref name="today"/>, and items in it are still open.
    /// </summary>
    public static IReadOnlyList<PhaseRollup> Build(
        IEnumerable<PhaseFacts> phases, IEnumerable<ItemFacts> items, DateOnly? planStart, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(phases);
        ArgumentNullException.ThrowIfNull(items);
        var ordered = phases.OrderBy(p => p.Position).ToList();
        var byId = ordered.ToDictionary(p => p.Id);
        var itemsByPhase = items.Where(i => i.PhaseId is not null).ToLookup(i => i.PhaseId!.Value);

        var result = new List<PhaseRollup>(ordered.Count);
        foreach (var phase in ordered)
        {
            var within = new List<ItemFacts>();
            foreach (var candidate in ordered)
            {
                if (IsWithin(candidate, phase.Id, byId))
                {
                    within.AddRange(itemsByPhase[candidate.Id]);
                }
            }

            var progress = Progress.Of(within.Select(i => i.Status));
            DateOnly? starts = planStart is { } s && phase.StartDay is { } first ? DateOf(s, first) : null;
            DateOnly? ends = planStart is { } e && phase.EndDay is { } last ? DateOf(e, last) : null;
            var slipping = ends < today && within.Any(i => i.IsOpen);
            result.Add(new PhaseRollup(phase, DepthOf(phase, byId), within, progress, ItemRollup.Estimate(within), starts, ends, slipping));
        }

        return result;
    }

    private static bool IsWithin(PhaseFacts phase, int ancestorId, Dictionary<int, PhaseFacts> byId)
    {
        for (var at = phase; at is not null; at = at.ParentId is { } parent ? byId.GetValueOrDefault(parent) : null)
        {
            if (at.Id == ancestorId)
            {
                return true;
            }
        }

        return false;
    }

    private static int DepthOf(PhaseFacts phase, Dictionary<int, PhaseFacts> byId)
    {
        var depth = 0;
        for (var at = phase.ParentId; at is { } id && byId.TryGetValue(id, out var parent) && depth < 16; at = parent.ParentId)
        {
            depth++;
        }

        return depth;
    }
}
