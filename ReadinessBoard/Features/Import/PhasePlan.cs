namespace ReadinessBoard.Features.Import;

/// <summary>Puts the plan's phases in time order and checks each phase's stated hours against its items.</summary>
internal static class PhasePlan
{
    public static List<ParsedPhase> Order(IReadOnlyList<DocumentScan.RawPhase> raw, IReadOnlyList<ParsedItem> items, List<ImportWarning> warnings)
    {
        string PathOf(DocumentScan.RawPhase phase) =>
            phase.ParentIndex is { } parent ? PathOf(raw[parent]) + ParsedSection.PathSeparator + phase.Label.Name : phase.Label.Name;

        // Time order, a phase before the phases it holds; among phases side by side, by their days (Week 1 before a Month 1
        // beside it, which ends later), an hour slot by its minute (T-1 hour before the launch day's own moment, 10:00 AM
        // after it); the document breaks ties.
        var children = raw.ToLookup(p => p.ParentIndex);
        var order = new Dictionary<int, int>(raw.Count);
        void Visit(int? parent)
        {
            foreach (var phase in children[parent]
                .OrderBy(p => p.Label.StartDay)
                .ThenBy(p => p.Label.EndDay)
                .ThenBy(p => p.Label.Minute ?? 0)
                .ThenBy(p => p.Line))
            {
                order[phase.Index] = order.Count + 1;
                Visit(phase.Index);
            }
        }

        Visit(null);
        var phases = raw.Select(p => new ParsedPhase(
            p.Index, p.ParentIndex, p.Label.Name, PathOf(p), order[p.Index], p.Label.Undated ? null : p.Label.StartDay, p.Label.Undated ? null : p.Label.EndDay,
            p.StatedHours, p.Goal, p.Line)).ToList();

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
