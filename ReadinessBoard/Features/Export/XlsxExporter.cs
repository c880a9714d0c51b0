using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Export;

/// <summary>
/// A board as an Excel workbook: Summary, Checklist, Priority Matrix, KPIs, Costs, Plan and Activity.
/// Counts, progress and totals are live formulas over the Checklist and Costs sheets, each with its
/// value computed here as well, so a viewer that does not recalculate still shows the numbers.
/// Sheets are streamed straight into the zip (<see cref="XlsxPackage"/>) by <see cref="SheetWriter"/>:
/// the SDK's elements for each sheet's structure, <see cref="SheetDataWriter"/> for its cells.
/// </summary>
public sealed class XlsxExporter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public static readonly string[] SheetNames = ["Summary", "Checklist", "Priority Matrix", "KPIs", "Costs", "Plan", "Activity"];

    // Checklist columns, 0-based; formulas on other sheets point at them.
    private const int SectionColumn = 0;
    private const int StatusColumn = 2;
    private const int ImpactColumn = 5;
    private const int EffortColumn = 6;
    private const int EstimateMinColumn = 8;
    private const int EstimateMaxColumn = 9;
    private const int PhaseColumn = 10;

    private static readonly SheetColumn[] s_checklist =
    [
        new("Section", 30), new("Item", 48), new("Status", 14), new("Reason", 24), new("Priority", 11), new("Impact", 10),
        new("Effort", 10), new("Risk", 10), new("Estimate min (h)", 9), new("Estimate max (h)", 9), new("Phase", 18),
        new("Owner", 16), new("Due", 11), new("Completed", 16), new("Completed by", 16), new("Evidence", 30), new("Notes", 40),
        new("Line", 7), new("Key", 24),
    ];

    private static readonly SheetColumn[] s_matrixList =
        [new("Item", 48), new("Impact", 10), new("Effort", 10), new("Status", 14), new("Priority", 11), new("Quick win", 10)];

    private static readonly SheetColumn[] s_kpis =
    [
        new("Metric", 36), new("Section", 26), new("Current", 14), new("Target", 14), new("Current value", 12), new("Target value", 12),
        new("Unit", 8), new("Better when", 11), new("Status", 12), new("Line", 7),
    ];

    private static readonly SheetColumn[] s_costs =
        [new("Table", 26), new("Cost", 36), new("Column", 20), new("Period", 10), new("Min", 12), new("Max", 12), new("In totals", 22), new("Line", 7)];

    private static readonly SheetColumn[] s_plan =
    [
        new("Phase", 24), new("Path", 30), new("Goal", 40), new("Start day", 9), new("End day", 9), new("Items", 8), new("Done", 8),
        new("Progress", 10), new("Hours min", 10), new("Hours max", 10), new("Stated hours", 10),
    ];

    private static readonly SheetColumn[] s_activity =
        [new("When", 17), new("Who", 18), new("What", 16), new("Item", 40), new("Summary", 60), new("Before", 16), new("After", 16)];

    private static readonly string[] s_statusOrder =
        [ItemStatus.Open.DisplayName(), ItemStatus.InProgress.DisplayName(), ItemStatus.Done.DisplayName(), ItemStatus.Blocked.DisplayName(), ItemStatus.NotApplicable.DisplayName()];

    private static readonly string[] s_levelOrder = ["Critical", "High", "Medium", "Low", "None"];

    public void Write(BoardExport board, Stream output)
    {
        ArgumentNullException.ThrowIfNull(board);
        using var package = new XlsxPackage(output);
        var lastItemRow = Math.Max(board.Items.Count + 1, 2);
        var filters = new string?[SheetNames.Length];
        Stream Sheet(int index) => package.Part(XlsxPackage.SheetPath(index));
        var costTotals = WriteCosts(Sheet(4), board, out filters[4]);
        WriteSummary(Sheet(0), board, lastItemRow, costTotals);
        filters[1] = WriteChecklist(Sheet(1), board);
        filters[2] = WriteMatrix(Sheet(2), board, lastItemRow);
        filters[3] = WriteKpis(Sheet(3), board);
        filters[5] = WritePlan(Sheet(5), board, lastItemRow);
        filters[6] = WriteActivity(Sheet(6), board);

        var sheets = new Sheets();
        var names = new DefinedNames();
        for (var i = 0; i < SheetNames.Length; i++)
        {
            sheets.Append(new Sheet { Name = SheetNames[i], SheetId = (uint)(i + 1), Id = XlsxPackage.SheetRelationshipId(i) });
            if (filters[i] is { } filter)
            {
                // Excel keeps an autofilter's range in this hidden name; without it the filter still works, but Excel adds it on save.
                names.Append(new DefinedName($"{Quoted(SheetNames[i])}!{Absolute(filter)}") { Name = "_xlnm._FilterDatabase", LocalSheetId = (uint)i, Hidden = true });
            }
        }

        var workbook = new Workbook(
            new BookViews(new WorkbookView { ActiveTab = 0U }),
            sheets,
            names,
            // Excel and LibreOffice recalculate on open; the cached values serve viewers that cannot.
            new CalculationProperties { CalculationId = 191029U, FullCalculationOnLoad = true });
        workbook.AddNamespaceDeclaration("r", "http://schemas.openxmlformats.org/officeDocument/2006/relationships");
        WritePart(package, XlsxPackage.WorkbookPath, workbook);
        WritePart(package, XlsxPackage.StylesPath, XlsxStyles.Stylesheet());
        package.WriteStructure(SheetNames.Length);
    }

    private static void WritePart(XlsxPackage package, string path, OpenXmlElement root)
    {
        using var part = package.Part(path);
        using var writer = OpenXmlWriter.Create(part);
        writer.WriteStartDocument(true);
        writer.WriteElement(root);
    }

    private static void WriteSummary(Stream part, BoardExport board, int lastItemRow, CostTotals costs)
    {
        var columns = new SheetColumn[] { new("Board", 46), new("Value", 16), new("Done", 10), new("Progress", 10) };
        using var sheet = new SheetWriter(part, columns, freezeRows: 1, selected: true);
        var statusRange = $"Checklist!{SheetWriter.ColumnRange(StatusColumn, 2, lastItemRow)}";
        var counts = s_statusOrder.ToDictionary(s => s, s => board.Items.Count(i => i.Status.DisplayName() == s));

        var row = 1;
        sheet.StartRow(row);
        sheet.Text(0, board.Title, XlsxStyles.Title);
        sheet.EndRow();
        Pair(sheet, ++row, "Team", board.TeamName);
        Pair(sheet, ++row, "Source file", board.SourceFileName);
        sheet.StartRow(++row);
        sheet.Text(0, "Last change");
        sheet.DateTime(1, board.UpdatedAt);
        sheet.EndRow();
        sheet.StartRow(++row);
        sheet.Text(0, "Exported");
        sheet.DateTime(1, board.ExportedAt);
        sheet.EndRow();

        row += 2;
        sheet.StartRow(row);
        sheet.Text(0, "Status", XlsxStyles.Header);
        sheet.Text(1, "Items", XlsxStyles.Header);
        sheet.EndRow();
        var firstStatusRow = row + 1;
        foreach (var status in s_statusOrder)
        {
            sheet.StartRow(++row);
            sheet.Text(0, status, StatusStyle(status));
            sheet.Formula(1, $"COUNTIF({statusRange},{XlsxCondition.Literal(status)})", counts[status]);
            sheet.EndRow();
        }

        var lastStatusRow = row;
        var total = board.Items.Count;
        var notApplicable = counts[ItemStatus.NotApplicable.DisplayName()];
        var done = counts[ItemStatus.Done.DisplayName()];
        var doneRow = firstStatusRow + 2;
        var naRow = firstStatusRow + 4;
        sheet.StartRow(++row);
        sheet.Text(0, "All items", XlsxStyles.Bold);
        sheet.Formula(1, $"SUM(B{firstStatusRow}:B{lastStatusRow})", total, XlsxStyles.Bold);
        sheet.EndRow();
        var totalRow = row;
        sheet.StartRow(++row);
        sheet.Text(0, "Progress (not applicable left out)", XlsxStyles.Bold);
        sheet.Formula(1, $"IF(B{totalRow}-B{naRow}=0,0,B{doneRow}/(B{totalRow}-B{naRow}))", Ratio(done, total - notApplicable), XlsxStyles.BoldPercent);
        sheet.EndRow();
        sheet.StartRow(++row);
        sheet.Text(0, "Estimated hours (min)");
        sheet.Formula(1, $"SUM(Checklist!{SheetWriter.ColumnRange(EstimateMinColumn, 2, lastItemRow)})", board.Items.Sum(i => i.EstimateMinHours ?? 0));
        sheet.EndRow();
        sheet.StartRow(++row);
        sheet.Text(0, "Estimated hours (max)");
        sheet.Formula(1, $"SUM(Checklist!{SheetWriter.ColumnRange(EstimateMaxColumn, 2, lastItemRow)})", board.Items.Sum(i => i.EstimateMaxHours ?? 0));
        sheet.EndRow();
        sheet.StartRow(++row);
        sheet.Text(0, "KPIs met");
        sheet.Formula(1, $"COUNTIF(KPIs!{SheetWriter.ColumnRange(8, 2, Math.Max(board.Metrics.Count + 1, 2))},\"Met\")", board.Metrics.Count(m => m.Status == MetricStatus.Met));
        sheet.Text(2, $"of {board.Metrics.Count.ToString(CultureInfo.InvariantCulture)}");
        sheet.EndRow();
        foreach (var (label, cell, value) in costs.Cells)
        {
            sheet.StartRow(++row);
            sheet.Text(0, label);
            sheet.Formula(1, $"Costs!{cell}", value, XlsxStyles.Money);
            sheet.EndRow();
        }

        // Progress of each section with items of its own.
        var sections = SectionRows(board);
        if (sections.Count > 0)
        {
            row += 2;
            sheet.StartRow(row);
            sheet.Text(0, "Section", XlsxStyles.Header);
            sheet.Text(1, "Items", XlsxStyles.Header);
            sheet.Text(2, "Done", XlsxStyles.Header);
            sheet.Text(3, "Progress", XlsxStyles.Header);
            sheet.EndRow();
            var sectionRange = $"Checklist!{SheetWriter.ColumnRange(SectionColumn, 2, lastItemRow)}";
            foreach (var (name, items, sectionDone) in sections)
            {
                sheet.StartRow(++row);
                // The full path, which the formulas match exactly (no wildcards, no 255-character literal).
                sheet.Text(0, name);
                var section = XlsxCondition.EqualsCell(sectionRange, $"A{row}", name);
                sheet.Formula(1, $"{XlsxCriteria.CountIfs(section)}-{XlsxCriteria.CountIfs(section, Is(statusRange, ItemStatus.NotApplicable))}", items);
                sheet.Formula(2, XlsxCriteria.CountIfs(section, Is(statusRange, ItemStatus.Done)), sectionDone);
                sheet.Formula(3, $"IF(B{row}=0,0,C{row}/B{row})", Ratio(sectionDone, items), XlsxStyles.Percent);
                sheet.EndRow();
            }
        }

        sheet.Finish();
    }

    private static string? WriteChecklist(Stream part, BoardExport board)
    {
        using var sheet = new SheetWriter(part, s_checklist);
        sheet.HeaderRow(1, s_checklist);
        var row = 1;
        foreach (var item in board.Items)
        {
            sheet.StartRow(++row);
            sheet.Text(SectionColumn, item.Section ?? GeneralSection);
            sheet.Text(1, item.Title);
            sheet.Text(StatusColumn, item.Status.DisplayName(), XlsxStyles.Of(item.Status));
            sheet.Text(3, item.StatusReason);
            sheet.Text(4, item.Priority);
            sheet.Text(ImpactColumn, item.Impact);
            sheet.Text(EffortColumn, item.Effort);
            sheet.Text(7, item.Risk);
            sheet.Number(EstimateMinColumn, item.EstimateMinHours);
            // An estimate without a maximum is the single number it states, as the board counts it.
            sheet.Number(EstimateMaxColumn, item.EstimateMaxHours ?? item.EstimateMinHours);
            sheet.Text(PhaseColumn, item.Phase);
            sheet.Text(11, item.Owner);
            sheet.Date(12, item.DueDate);
            sheet.DateTime(13, item.CompletedAt);
            sheet.Text(14, item.CompletedBy);
            sheet.Text(15, item.EvidenceUrl);
            sheet.Text(16, item.Notes);
            sheet.Number(17, item.SourceLine > 0 ? item.SourceLine : null);
            sheet.Text(18, item.Key);
            sheet.EndRow();
        }

        sheet.Finish(FilterRange(s_checklist.Length, row));
        return FilterRange(s_checklist.Length, row);
    }

    /// <summary>Items with an impact or effort on the left; the impact x effort counts, live, on the right.</summary>
    private static string? WriteMatrix(Stream part, BoardExport board, int lastItemRow)
    {
        var impacts = Levels(board.Items.Select(i => i.Impact));
        // Low effort first: the quick wins sit top left.
        var efforts = Levels(board.Items.Select(i => i.Effort), lowFirst: true);
        var gridColumn = s_matrixList.Length + 1;
        var columns = s_matrixList.Concat([new SheetColumn("", 3), new SheetColumn("Impact \\ Effort", 16)])
            .Concat(efforts.Select(e => new SheetColumn(e, 9))).ToArray();
        using var sheet = new SheetWriter(part, columns);
        var listed = board.Items.Where(i => i.Impact is not null || i.Effort is not null).ToList();
        var impactRange = $"Checklist!{SheetWriter.ColumnRange(ImpactColumn, 2, lastItemRow)}";
        var effortRange = $"Checklist!{SheetWriter.ColumnRange(EffortColumn, 2, lastItemRow)}";

        var rows = Math.Max(listed.Count, impacts.Count) + 1;
        for (var row = 1; row <= rows; row++)
        {
            sheet.StartRow(row);
            if (row == 1)
            {
                for (var c = 0; c < s_matrixList.Length; c++)
                {
                    sheet.Text(c, s_matrixList[c].Header, XlsxStyles.Header);
                }

                if (impacts.Count > 0 && efforts.Count > 0)
                {
                    sheet.Text(gridColumn, "Impact \\ Effort", XlsxStyles.Header);
                    for (var e = 0; e < efforts.Count; e++)
                    {
                        sheet.Text(gridColumn + 1 + e, efforts[e], XlsxStyles.Header);
                    }
                }
            }
            else
            {
                if (row - 2 < listed.Count)
                {
                    var item = listed[row - 2];
                    sheet.Text(0, item.Title);
                    sheet.Text(1, item.Impact);
                    sheet.Text(2, item.Effort);
                    sheet.Text(3, item.Status.DisplayName(), XlsxStyles.Of(item.Status));
                    sheet.Text(4, item.Priority);
                    sheet.Text(5, IsQuickWin(item) ? "Yes" : null, XlsxStyles.Done);
                }

                if (row - 2 < impacts.Count && efforts.Count > 0)
                {
                    var impact = impacts[row - 2];
                    sheet.Text(gridColumn, impact, XlsxStyles.Bold);
                    for (var e = 0; e < efforts.Count; e++)
                    {
                        var count = board.Items.Count(i => i.Impact == impact && i.Effort == efforts[e]);
                        var impactCell = "$" + SheetWriter.Letters(gridColumn) + row.ToString(CultureInfo.InvariantCulture);
                        var effortCell = SheetWriter.Letters(gridColumn + 1 + e) + "$1";
                        sheet.Formula(gridColumn + 1 + e, XlsxCriteria.CountIfs(
                            XlsxCondition.EqualsCell(impactRange, impactCell, impact), XlsxCondition.EqualsCell(effortRange, effortCell, efforts[e])), count);
                    }
                }
            }

            sheet.EndRow();
        }

        var filter = FilterRange(s_matrixList.Length, listed.Count + 1);
        sheet.Finish(filter);
        return filter;
    }

    private static string? WriteKpis(Stream part, BoardExport board)
    {
        using var sheet = new SheetWriter(part, s_kpis);
        sheet.HeaderRow(1, s_kpis);
        var row = 1;
        foreach (var metric in board.Metrics)
        {
            sheet.StartRow(++row);
            sheet.Text(0, metric.Name);
            sheet.Text(1, metric.Section);
            sheet.Text(2, metric.CurrentText);
            sheet.Text(3, metric.TargetText);
            sheet.Number(4, metric.CurrentValue);
            sheet.Number(5, metric.TargetValue);
            sheet.Text(6, metric.Unit);
            sheet.Text(7, metric.Direction == MetricDirection.HigherIsBetter ? "higher" : "lower");
            sheet.Text(8, ExportText.StatusName(metric.Status), XlsxStyles.Of(metric.Status));
            sheet.Number(9, metric.SourceLine > 0 ? metric.SourceLine : null);
            sheet.EndRow();
        }

        var filter = FilterRange(s_kpis.Length, row);
        sheet.Finish(filter);
        return filter;
    }

    private sealed record CostTotals(IReadOnlyList<(string Label, string Cell, double Value)> Cells);

    /// <summary>
    /// One row per amount, each saying whether the totals beside them add it: as on the board's Costs,
    /// they leave out the document's own total rows and add one amount a period per line (the current
    /// cost, say, not also the recommended one).
    /// </summary>
    private static CostTotals WriteCosts(Stream part, BoardExport board, out string? filter)
    {
        var totalsColumn = s_costs.Length + 1;
        var columns = s_costs.Concat([new SheetColumn("", 3), new SheetColumn("Totals", 16), new SheetColumn("Min", 12), new SheetColumn("Max", 12)]).ToArray();
        using var sheet = new SheetWriter(part, columns);
        var amounts = board.Costs.SelectMany(c => c.Amounts.Select((a, i) => (Line: c, Amount: a,
            Counted: Rollups.CostRollup.CountsInTotals(c.IsTotal, c.Amounts.Select(x => x.Period).ToList(), i)))).ToList();
        var last = Math.Max(amounts.Count + 1, 2);
        double Sum(CostPeriod period, Func<ExportCostAmount, double> value) =>
            amounts.Where(a => a.Counted && a.Amount.Period == period).Sum(a => value(a.Amount));
        var monthlyMin = Sum(CostPeriod.Month, a => a.Min);
        var monthlyMax = Sum(CostPeriod.Month, a => a.Max);
        var oneTimeMin = Sum(CostPeriod.OneTime, a => a.Min);
        var oneTimeMax = Sum(CostPeriod.OneTime, a => a.Max);
        var totals = new (string Label, double Min, double Max, string MinFormula, string MaxFormula)[]
        {
            ("Monthly", monthlyMin, monthlyMax, PeriodSum("month", 4, last), PeriodSum("month", 5, last)),
            ("One-time", oneTimeMin, oneTimeMax, PeriodSum("one-time", 4, last), PeriodSum("one-time", 5, last)),
            ("First year", (monthlyMin * 12) + oneTimeMin, (monthlyMax * 12) + oneTimeMax, "12*{0}2+{0}3", "12*{0}2+{0}3"),
        };

        var rows = Math.Max(amounts.Count, totals.Length) + 1;
        var cells = new List<(string, string, double)>();
        for (var row = 1; row <= rows; row++)
        {
            sheet.StartRow(row);
            if (row == 1)
            {
                for (var c = 0; c < s_costs.Length; c++)
                {
                    sheet.Text(c, s_costs[c].Header, XlsxStyles.Header);
                }

                sheet.Text(totalsColumn, "Totals", XlsxStyles.Header);
                sheet.Text(totalsColumn + 1, "Min", XlsxStyles.Header);
                sheet.Text(totalsColumn + 2, "Max", XlsxStyles.Header);
            }
            else
            {
                if (row - 2 < amounts.Count)
                {
                    var (line, amount, counted) = amounts[row - 2];
                    sheet.Text(0, line.Table);
                    sheet.Text(1, line.Name);
                    sheet.Text(2, amount.Column);
                    sheet.Text(3, ExportText.PeriodName(amount.Period));
                    sheet.Number(4, amount.Min, XlsxStyles.Money);
                    sheet.Number(5, amount.Max, XlsxStyles.Money);
                    sheet.Text(6, counted ? Counted : line.IsTotal ? "No: a total row" : amount.Period is CostPeriod.Month or CostPeriod.OneTime
                        ? "No: the line's first counts" : "No");
                    sheet.Number(7, line.SourceLine > 0 ? line.SourceLine : null);
                }

                if (row - 2 < totals.Length)
                {
                    var (label, min, max, minFormula, maxFormula) = totals[row - 2];
                    sheet.Text(totalsColumn, label, XlsxStyles.Bold);
                    var minLetters = SheetWriter.Letters(totalsColumn + 1);
                    var maxLetters = SheetWriter.Letters(totalsColumn + 2);
                    sheet.Formula(totalsColumn + 1, string.Format(CultureInfo.InvariantCulture, minFormula, minLetters), min, XlsxStyles.BoldMoney);
                    sheet.Formula(totalsColumn + 2, string.Format(CultureInfo.InvariantCulture, maxFormula, maxLetters), max, XlsxStyles.BoldMoney);
                    cells.Add(($"{label} cost (min)", SheetWriter.Ref(totalsColumn + 1, row), min));
                    cells.Add(($"{label} cost (max)", SheetWriter.Ref(totalsColumn + 2, row), max));
                }
            }

            sheet.EndRow();
        }

        filter = FilterRange(s_costs.Length, amounts.Count + 1);
        sheet.Finish(filter);
        return new CostTotals(board.Costs.Count == 0 ? [] : cells);

        static string PeriodSum(string period, int column, int last) => XlsxCriteria.SumIfs(
            SheetWriter.ColumnRange(column, 2, last),
            XlsxCondition.EqualsWord(SheetWriter.ColumnRange(3, 2, last), period),
            XlsxCondition.EqualsWord(SheetWriter.ColumnRange(6, 2, last), Counted));
    }

    /// <summary>
    /// Each phase with what it holds, as the board's Plan counts it: its own items and those of the phases
    /// inside it. A phase's counts and hours are its own items' plus its sub-phases' rows.
    /// </summary>
    private static string? WritePlan(Stream part, BoardExport board, int lastItemRow)
    {
        using var sheet = new SheetWriter(part, s_plan);
        sheet.HeaderRow(1, s_plan);
        var phaseRange = $"Checklist!{SheetWriter.ColumnRange(PhaseColumn, 2, lastItemRow)}";
        var statusRange = $"Checklist!{SheetWriter.ColumnRange(StatusColumn, 2, lastItemRow)}";
        var minRange = $"Checklist!{SheetWriter.ColumnRange(EstimateMinColumn, 2, lastItemRow)}";
        var maxRange = $"Checklist!{SheetWriter.ColumnRange(EstimateMaxColumn, 2, lastItemRow)}";
        var rowOf = new Dictionary<ExportPhase, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < board.Phases.Count; i++)
        {
            rowOf[board.Phases[i]] = i + 2;
        }

        foreach (var phase in board.Phases)
        {
            var row = rowOf[phase];
            var within = Within(board, phase);
            var items = board.Items.Where(i => i.Phase is { } path && within.Contains(path)).ToList();
            var counted = items.Count(i => i.Status != ItemStatus.NotApplicable);
            var done = items.Count(i => i.Status == ItemStatus.Done);
            var inside = string.Concat(board.Phases.Where(p => p.Parent == phase.Path && p.Depth == phase.Depth + 1).Select(p => $"+{{0}}{rowOf[p]}"));
            string WithInside(string letters, string own) => own + string.Format(CultureInfo.InvariantCulture, inside, letters);

            var own = XlsxCondition.EqualsCell(phaseRange, $"B{row}", phase.Path);
            sheet.StartRow(row);
            sheet.Text(0, new string(' ', phase.Depth * 2) + phase.Name);
            sheet.Text(1, phase.Path);
            sheet.Text(2, phase.Goal);
            sheet.Number(3, phase.StartDay);
            sheet.Number(4, phase.EndDay);
            sheet.Formula(5, WithInside("F", $"{XlsxCriteria.CountIfs(own)}-{XlsxCriteria.CountIfs(own, Is(statusRange, ItemStatus.NotApplicable))}"), counted);
            sheet.Formula(6, WithInside("G", XlsxCriteria.CountIfs(own, Is(statusRange, ItemStatus.Done))), done);
            sheet.Formula(7, $"IF(F{row}=0,0,G{row}/F{row})", Ratio(done, counted), XlsxStyles.Percent);
            sheet.Formula(8, WithInside("I", XlsxCriteria.SumIfs(minRange, own)), items.Sum(i => i.EstimateMinHours ?? 0));
            sheet.Formula(9, WithInside("J", XlsxCriteria.SumIfs(maxRange, own)), items.Sum(i => i.EstimateMaxHours ?? i.EstimateMinHours ?? 0));
            sheet.Number(10, phase.StatedHours);
            sheet.EndRow();
        }

        var filter = FilterRange(s_plan.Length, board.Phases.Count + 1);
        sheet.Finish(filter);
        return filter;
    }

    /// <summary>The paths of a phase and of every phase inside it, at any depth.</summary>
    private static HashSet<string> Within(BoardExport board, ExportPhase phase)
    {
        var paths = new HashSet<string>(StringComparer.Ordinal) { phase.Path };
        for (var added = true; added;)
        {
            added = false;
            foreach (var inner in board.Phases)
            {
                if (inner.Parent is { } parent && paths.Contains(parent) && paths.Add(inner.Path))
                {
                    added = true;
                }
            }
        }

        return paths;
    }

    private static string? WriteActivity(Stream part, BoardExport board)
    {
        using var sheet = new SheetWriter(part, s_activity);
        sheet.HeaderRow(1, s_activity);
        var row = 1;
        foreach (var activity in board.Activities)
        {
            sheet.StartRow(++row);
            sheet.DateTime(0, activity.OccurredAt);
            sheet.Text(1, activity.ActorName);
            sheet.Text(2, activity.Kind);
            sheet.Text(3, activity.Item);
            sheet.Text(4, activity.Summary);
            sheet.Text(5, activity.Before);
            sheet.Text(6, activity.After);
            sheet.EndRow();
        }

        var filter = FilterRange(s_activity.Length, row);
        sheet.Finish(filter);
        return filter;
    }

    internal const string GeneralSection = "General";

    /// <summary>The Costs sheet's word for an amount its totals add.</summary>
    private const string Counted = "Yes";

    private static List<(string Path, int Items, int Done)> SectionRows(BoardExport board)
    {
        var bySection = board.Items.GroupBy(i => i.Section ?? GeneralSection).ToDictionary(g => g.Key, g => g.ToList());
        var rows = new List<(string, int, int)>();
        var ordered = (bySection.ContainsKey(GeneralSection) ? [new ExportSection(GeneralSection, 0)] : Array.Empty<ExportSection>()).Concat(board.Sections);
        foreach (var section in ordered)
        {
            if (bySection.Remove(section.Path, out var items))
            {
                rows.Add((section.Path, items.Count(i => i.Status != ItemStatus.NotApplicable), items.Count(i => i.Status == ItemStatus.Done)));
            }
        }

        return rows;
    }

    /// <summary>Impact or effort levels in their natural order, then any other words alphabetically.</summary>
    private static List<string> Levels(IEnumerable<string?> values, bool lowFirst = false)
    {
        var present = values.OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        return (lowFirst ? Enumerable.Reverse(s_levelOrder) : s_levelOrder).Where(present.Contains).Concat(present.Except(s_levelOrder).Order(StringComparer.Ordinal)).ToList();
    }

    private static bool IsQuickWin(ExportItem item) =>
        item.Impact is "Critical" or "High" && item.Effort is "Low" && item.Status is not (ItemStatus.Done or ItemStatus.NotApplicable);

    private static void Pair(SheetWriter sheet, int row, string label, string? value)
    {
        sheet.StartRow(row);
        sheet.Text(0, label);
        sheet.Text(1, value);
        sheet.EndRow();
    }

    private static uint StatusStyle(string status) =>
        Enum.GetValues<ItemStatus>().FirstOrDefault(s => s.DisplayName() == status) is var s ? XlsxStyles.Of(s) : XlsxStyles.Default;

    private static string? FilterRange(int columns, int lastRow) =>
        lastRow < 1 ? null : $"A1:{SheetWriter.Ref(columns - 1, Math.Max(lastRow, 1))}";

    private static double Ratio(int part, int whole) => whole == 0 ? 0 : (double)part / whole;

    private static XlsxCondition Is(string statusRange, ItemStatus status) => XlsxCondition.EqualsWord(statusRange, status.DisplayName());

    private static string Quoted(string sheetName) => sheetName.Contains(' ', StringComparison.Ordinal) ? $"'{sheetName}'" : sheetName;

    private static string Absolute(string range) => string.Join(':', range.Split(':').Select(r =>
    {
        var split = 0;
        while (split < r.Length && !char.IsAsciiDigit(r[split]))
        {
            split++;
        }

        return $"${r[..split]}${r[split..]}";
    }));
}
