namespace ReadinessBoard.Features.Import;

/// <summary>Puts the plan's phases in time order and checks each phase's stated hours against its items.</summary>
internal static class PhasePlan
{
    public static List<ParsedPhase> Order(IReadOnlyList<DocumentScan.RawPhase> raw, IReadOnlyList<ParsedItem> items, List<ImportWarning> warnings)
    {
        string PathOf(DocumentScan.RawPhase phase) =>
            phase.ParentIndex is { } parent ? PathOf(raw[parent]) + ParsedSection.PathSeparator + phase.Label.Name : phase.Label.Name;

        // Time order; a phase that holds another comes before it, a day before its hour slots in clock order; the document breaks ties.
        var order = raw
            .OrderBy(p => p.Label.StartDay)
            .ThenByDescending(p => p.Label.EndDay)
            .ThenBy(p => p.Label.Minute ?? int.MinValue)
            .ThenBy(p => p.Line)
            .Select((p, i) => (p.Index, Order: i + 1))
            .ToDictionary(x => x.Index, x => x.Order);

        var phases = raw.Select(p => new ParsedPhase(
            p.Index, p.ParentIndex, p.Label.Name, PathOf(p), order[p.Index], p.Label.StartDay, p.Label.EndDay, p.StatedHours, p.Goal, p.Line)).ToList();

        foreach (var phase in phases.Where(p => p.StatedHours is not null))
        {
            var estimates = items.Where(i => i.PhaseIndex is { } at && InPhase(raw, at, phase.Index)).Select(i => i.Estimate).Where(e => e is not null).ToList();
            if (estimates.Count == 0)
            {
                continue;
            }

            var sum = estimates.Aggregate(new HourRange(0, 0), (a, e) => a + e!);
            if (phase.StatedHours < sum.Min || phase.StatedHours > sum.Max)
            {
                warnings.Add(new ImportWarning(phase.Line,
                    $"{phase.Path} states {phase.StatedHours:0.##} hours, but its items add up to {sum.Describe()}."));
            }
        }

        return phases;
    }

    private static bool InPhase(IReadOnlyList<DocumentScan.RawPhase> raw, int index, int ancestor)
    {
        for (int? at = index; at is { } i; at = raw[i].ParentIndex)
        {
            if (i == ancestor)
            {
                return true;
            }
        }

        return false;
    }
}
