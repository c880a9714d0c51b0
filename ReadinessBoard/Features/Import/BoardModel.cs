using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>Maps a <see cref="ParseResult"/> onto the entities of a board.</summary>
internal static class BoardModel
{
    public static Section[] Sections(ParseResult parsed)
    {
        var sections = new Section[parsed.Sections.Count];
        foreach (var parsedSection in parsed.Sections)
        {
            sections[parsedSection.Index] = new Section
            {
                Title = parsedSection.Title,
                Level = parsedSection.Level,
                Position = parsedSection.Index,
                SourceLine = parsedSection.Line,
                Parent = parsedSection.ParentIndex is { } parent ? sections[parent] : null,
            };
        }

        return sections;
    }

    public static PlanPhase[] Phases(ParseResult parsed)
    {
        var phases = new PlanPhase[parsed.Phases.Count];
        foreach (var parsedPhase in parsed.Phases)
        {
            phases[parsedPhase.Index] = new PlanPhase
            {
                Name = parsedPhase.Name,
                Path = parsedPhase.Path,
                Position = parsedPhase.Order,
                Goal = parsedPhase.Goal,
                StatedHours = parsedPhase.StatedHours,
                StartDay = parsedPhase.StartDay,
                EndDay = parsedPhase.EndDay,
                SourceLine = parsedPhase.Line,
                Parent = parsedPhase.ParentIndex is { } parent ? phases[parent] : null,
            };
        }

        return phases;
    }

    /// <summary>A new item as the document describes it; a done one was completed on its date, or now.</summary>
    public static Item NewItem(int boardId, ParsedItem parsed, int position, Section[] sections, PlanPhase[] phases, DateTime now)
    {
        var item = new Item { BoardId = boardId, Key = parsed.Key, Title = parsed.Title, Version = 1 };
        Apply(item, parsed, position, sections, phases, now);
        if (item.Status == ItemStatus.Done)
        {
            item.CompletedAt = parsed.CompletedOn?.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) ?? now;
            item.CompletedBy = "Imported";
        }

        return item;
    }

    /// <summary>Everything the document says about an item; the state a team keeps on the board is not touched.</summary>
    public static void Apply(Item item, ParsedItem parsed, int position, Section[] sections, PlanPhase[] phases, DateTime now)
    {
        item.Title = parsed.Title;
        item.Details = parsed.Details;
        item.Section = parsed.SectionIndex is { } s ? sections[s] : null;
        item.Phase = parsed.PhaseIndex is { } p ? phases[p] : null;
        item.Priority = parsed.Priority;
        item.Impact = parsed.Impact;
        item.Effort = parsed.Effort;
        item.Risk = parsed.Risk;
        item.EstimateMinHours = parsed.Estimate?.Min;
        item.EstimateMaxHours = parsed.Estimate?.Max;
        item.SourceLine = parsed.Line;
        item.SourceDoneIn = parsed.MarkedDoneIn;
        item.Ref = parsed.Ref;
        // An owner and a due date are the team's to change: the document fills them where the board has none.
        item.Owner = item.Id == 0 ? parsed.Owner : item.Owner ?? parsed.Owner;
        item.DueDate = item.Id == 0 ? parsed.Due : item.DueDate ?? parsed.Due;
        item.Position = position;
        item.Depth = parsed.Depth;
        item.Status = item.Id == 0 ? parsed.Status : item.Status;
        item.StatusReason = item.Id == 0 ? parsed.StatusReason : item.StatusReason;
        item.UpdatedAt = now;
    }

    public static IEnumerable<Metric> Metrics(ParseResult parsed, Section[] sections, Actor actor, DateTime now) =>
        parsed.Metrics.Select((m, i) => new Metric
        {
            Name = m.Name,
            Section = m.SectionIndex is { } s ? sections[s] : null,
            CurrentText = m.Current.Text,
            TargetText = m.Target.Text,
            CurrentValue = m.Current.Value,
            TargetValue = m.Target.Value,
            Unit = m.Target.Unit ?? m.Current.Unit,
            Direction = m.Direction,
            Status = m.Status,
            SourceLine = m.Line,
            Position = i,
            Version = 1,
            Readings = [new MetricReading { ValueText = m.Current.Text, Value = m.Current.Value, RecordedAt = now, RecordedBy = actor.Name }],
        });

    public static IEnumerable<CostLine> CostLines(ParseResult parsed) =>
        parsed.Costs.Select((c, i) => new CostLine
        {
            TableName = c.Table,
            Name = c.Name,
            IsTotal = c.IsTotal,
            SourceLine = c.Line,
            Position = i,
            Amounts = c.Amounts.Select(a => new CostAmount { Column = a.Column, Min = a.Min, Max = a.Max, Period = a.Period ?? CostPeriod.None }).ToList(),
        });
}
