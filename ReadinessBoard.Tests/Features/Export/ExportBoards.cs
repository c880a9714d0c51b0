using ReadinessBoard.Domain;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Export;

/// <summary>Export models for the tests: from a parsed document, or made up to be hostile.</summary>
internal static class ExportBoards
{
    public static readonly DateTime Now = new(2026, 3, 14, 9, 30, 0, DateTimeKind.Utc);

    /// <summary>The board an import of <paramref name="bytes"/> makes, every item as the document says.</summary>
    public static BoardExport FromDocument(byte[] bytes, string fileName = "checklist.md")
    {
        var prepared = DocumentImport.Prepare(bytes, fileName);
        var parsed = prepared.Parsed;
        var items = parsed.Items.Select(i => new ExportItem(i.Key, i.Title, i.Status)
        {
            Section = parsed.SectionPath(i.SectionIndex),
            StatusReason = i.StatusReason,
            Priority = i.Priority,
            Impact = i.Impact,
            Effort = i.Effort,
            Risk = i.Risk,
            EstimateMinHours = i.Estimate?.Min,
            EstimateMaxHours = i.Estimate?.Max,
            Phase = i.PhaseIndex is { } p ? parsed.Phases.FirstOrDefault(x => x.Index == p)?.Path : null,
            SourceLine = i.Line,
        }).ToList();
        return new BoardExport(1, parsed.Title, "Platform", fileName, prepared.Document.Source, Now, Now,
            parsed.Sections.Select(s => new ExportSection(parsed.SectionPath(s.Index)!, 0)).ToList(), items)
        {
            Metrics = parsed.Metrics.Select(m => new ExportMetric(m.Name, m.Current.Text, m.Target.Text, m.Status)
            {
                CurrentValue = m.Current.Value,
                TargetValue = m.Target.Value,
                Direction = m.Direction,
                SourceLine = m.Line,
            }).ToList(),
            Costs = parsed.Costs.Select(c => new ExportCostLine(
                c.Table, c.Name, c.IsTotal, c.Amounts.Select(a => new ExportCostAmount(a.Column, a.Min, a.Max, a.Period ?? CostPeriod.None)).ToList(), c.Line)).ToList(),
            Phases = parsed.Phases.Select(p => new ExportPhase(p.Name, p.Path, DepthOf(p, parsed))
            {
                Parent = p.ParentIndex is { } parent ? parsed.Phases.First(x => x.Index == parent).Path : null,
                Goal = p.Goal,
                StartDay = p.StartDay,
                EndDay = p.EndDay,
                StatedHours = p.StatedHours,
            }).ToList(),
        };
    }

    private static int DepthOf(ParsedPhase phase, ParseResult parsed) =>
        phase.ParentIndex is { } parent ? 1 + DepthOf(parsed.Phases.First(x => x.Index == parent), parsed) : 0;

    public static BoardExport WithStatuses(this BoardExport board, Func<ExportItem, ItemStatus> status) =>
        board with { Items = board.Items.Select(i => i with { Status = status(i) }).ToList() };

    /// <summary>Formula-like titles, control characters, 30,000-character notes, emoji and lone surrogates.</summary>
    public static BoardExport Hostile()
    {
        var notes = string.Concat(Enumerable.Repeat("Notes 🚀 with <xml> & \"quotes\", commas; ", 800))[..30_000];
        string[] titles =
        [
            "=HYPERLINK(\"http://evil.example\",\"click\")", "+1+2", "-2+3", "@SUM(A1:A2)", "\tTabbed", "\rCarriage",
            "Bell \u0007 and NUL \u0000 and escape \u001B", "Emoji 👩🏽‍💻 ✅ 🔴", "Lone \uD800 surrogate", "_x0041_ looks escaped",
            "  padded  ", "Line\nbreak", "Comma, \"quote\" and 'apostrophe'",
        ];
        var items = titles.Select((t, i) => new ExportItem($"key-{i}", t, (ItemStatus)(i % 5))
        {
            Section = i % 2 == 0 ? "=cmd|' /C calc'!A0" : "Émoji 🚀 section",
            StatusReason = i % 5 is 3 or 4 ? "-because" : null,
            Priority = "@high",
            Impact = i % 3 == 0 ? "High" : "=1",
            Effort = "Low",
            Owner = "+owner",
            Notes = notes,
            EvidenceUrl = "=WEBSERVICE(\"http://evil.example\")",
            EstimateMinHours = i,
            EstimateMaxHours = i * 2,
            DueDate = new DateOnly(2026, 4, 1),
            CompletedAt = Now,
            Phase = "-Week 1",
            SourceLine = i + 1,
        }).ToList();
        return new BoardExport(7, "=Board \u0001 title 🚀", "+Team", "=file.md", "# =Board\n\n- [ ] =HYPERLINK(\"x\")\n", Now, Now,
            [new ExportSection("=cmd|' /C calc'!A0", 0), new ExportSection("Émoji 🚀 section", 0)], items)
        {
            Metrics = [new ExportMetric("=KPI", "-5%", "@10", MetricStatus.AtRisk) { CurrentValue = -5, TargetValue = 10, Unit = "%" }],
            Costs = [new ExportCostLine("=Costs", "+Line", false, [new ExportCostAmount("=Monthly", 10, 20, CostPeriod.Month)], 3)],
            Phases = [new ExportPhase("-Week 1", "-Week 1", 0) { Goal = "=goal", StartDay = 0, EndDay = 4, StatedHours = 40 }],
            Activities = [new ExportActivity(Now, "=Guest", "item.status", "@Ticked \u0002") { Item = "=HYPERLINK(\"x\")", Before = "-Open", After = "+Done" }],
        };
    }
}
