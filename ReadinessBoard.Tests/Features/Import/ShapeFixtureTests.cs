using System.Text;
using System.Text.Json;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// One small document per shape the design lists, each checked for exactly what it becomes: items,
/// sections, metrics, costs, phases and warnings with their lines. Where the importer falls short of
/// the design, the expectation is written down in KnownGapsReport.md instead of here.
/// </summary>
public class ShapeFixtureTests
{
    public static readonly string[] Fixtures =
    [
        "numbered-headings.md", "priority-matrix.md", "kpis.md", "costs.md", "plan.md", "bold-bullets.md", "priority-list.md",
    ];

    private static ParseResult Import(string name) => Import(TestFiles.ReadBytes(name), name);

    private static ParseResult Import(byte[] bytes, string name) =>
        new MarkdownImporter().Parse(DocumentDecoder.Decode(bytes, ImportLimits.Default).Text, name);

    private static ParsedItem Item(ParseResult result, string title) => Assert.Single(result.Items, i => i.Title == title);

    private static (double Min, double Max)? Hours(ParsedItem item) => item.Estimate is { } e ? (e.Min, e.Max) : null;

    [Fact]
    public void NumberedHeadings_EachTaskHeadingIsOneItem_WithItsRatingsEstimateAndStatus()
    {
        var result = Import("numbered-headings.md");

        Assert.Equal("Token service: hardening review", result.Title);
        Assert.Equal(
            [
                ("Rotate the signing keys", ItemStatus.Open, "High", "Low", "Medium", ((double, double)?)(2, 4), 10),
                ("Enforce MFA for admin accounts", ItemStatus.Done, "Critical", "Medium", "Low", (8, 8), 16),
                ("Remove the legacy login endpoint", ItemStatus.Done, null, null, null, null, 22),
                ("Encrypt the session store", ItemStatus.NotApplicable, null, null, null, (3, 3), 26),
                ("Hash passwords with Argon2id", ItemStatus.Done, "Medium", "Low", null, null, 30),
                ("Audit trail for issued tokens", ItemStatus.InProgress, "High", "High", "High", (40, 40), 33),
            ],
            result.Items.Select(i => (i.Title, i.Status, i.Impact, i.Effort, i.Risk, Hours(i), i.Line)));
        Assert.All(result.Items, i => Assert.Equal("2. Findings", result.SectionPath(i.SectionIndex)));
        Assert.All(result.Items, i => Assert.Equal([i.Line], i.Lines));
        Assert.All(result.Items, i => Assert.Null(i.Priority));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void NumberedHeadings_CompletedLineGivesTheDate_AndTheTextBelowIsTheDetails()
    {
        var result = Import("numbered-headings.md");

        Assert.Equal(new DateOnly(2026, 2, 1), Item(result, "Enforce MFA for admin accounts").CompletedOn);
        Assert.Equal([null], result.Items.Where(i => i.Title != "Enforce MFA for admin accounts").Select(i => i.CompletedOn).Distinct());
        Assert.Equal(
            "The signing keys have not been rotated since the beta. Rotation needs a second key published in the JWKS before the first is retired.",
            Item(result, "Rotate the signing keys").Details);
        Assert.Equal("Nothing has called /v1/login since November.", Item(result, "Remove the legacy login endpoint").Details);
        Assert.Null(Item(result, "Hash passwords with Argon2id").Details);
    }

    [Fact]
    public void NumberedHeadings_AnIntroductionWithoutEstimateOrRatings_StaysASection()
    {
        var result = Import("numbered-headings.md");

        Assert.Equal(
            [("1. Introduction", 2, 3), ("2. Findings", 2, 8), ("3. Next steps", 2, 39)],
            result.Sections.Select(s => (s.Title, s.Level, s.Line)));
        Assert.DoesNotContain(result.Items, i => i.Title.Contains("Introduction", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Items, i => i.Line is 3 or 8 or 39);
    }

    [Fact]
    public void PriorityMatrix_EachTaskIsOneItem_MergingItsRowAndItsHeading()
    {
        var result = Import("priority-matrix.md");

        Assert.Equal(
            [
                ("Remove the debug endpoints", ItemStatus.Done, "3/5", "Low", "Low", null, ((double, double)?)(1, 1), "Priority Matrix", "13"),
                ("Load test the checkout flow", ItemStatus.Open, "2/5", "Medium", "High", null, (40, 40), "Priority Matrix", "17"),
                ("Turn on HSTS for the storefront", ItemStatus.Done, "5/5", "High", "Low", null, (1, 1), "Details", "10,21"),
                ("Add a readiness probe", ItemStatus.Open, "4/5", "High", "Low", "Low", (2, 2), "Details", "11,25"),
                ("Cap the request body size", ItemStatus.Open, "4/5", "Medium", "Low", null, (0.5, 0.5), "Details", "12,30"),
                ("Back up the orders database nightly", ItemStatus.Open, "5/5", "Critical", "Medium", "High", (8, 16), "Details", "15,33"),
                ("Rotate the payment gateway credentials", ItemStatus.Open, "3/5", "High", "Medium", "Medium", (3, 4), "Details", "16,36"),
            ],
            result.Items.Select(i => (i.Title, i.Status, i.Priority, i.Impact, i.Effort, i.Risk, Hours(i), result.SectionPath(i.SectionIndex), string.Join(",", i.Lines))));
        Assert.Equal(new DateOnly(2026, 1, 20), Item(result, "Turn on HSTS for the storefront").CompletedOn);
        Assert.Equal(0, result.KeptTables);
    }

    [Fact]
    public void PriorityMatrix_GroupRowsAreNoItems_AndTwoTasksNumberedTwoStayTwo()
    {
        var result = Import("priority-matrix.md");

        Assert.DoesNotContain(result.Items, i => i.Title.Contains("Quick Wins", StringComparison.Ordinal) || i.Title.Contains("Bigger Bets", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Items, i => i.Lines.Contains(9) || i.Lines.Contains(14));
        Assert.Equal([11, 25], Item(result, "Add a readiness probe").Lines);
        Assert.Equal([16, 36], Item(result, "Rotate the payment gateway credentials").Lines);
        Assert.Equal(result.Items.Count, result.Items.Select(i => i.Key).Distinct().Count());
    }

    [Fact]
    public void PriorityMatrix_ARowMarkedDoneWhoseHeadingSaysTodo_IsOpen_WithAWarningOnTheRow()
    {
        var result = Import("priority-matrix.md");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(12, warning.Line);
        Assert.Contains("\"Cap the request body size\" is done in the priority matrix but open in its heading (line 30)", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Kpis_EachRowIsAMetric_WithValuesDirectionAndStatus()
    {
        var result = Import("kpis.md");

        Assert.Equal(
            [
                ("Test coverage", "30%", (double?)30, "80%", (double?)80, "%", MetricDirection.HigherIsBetter, MetricStatus.OffTrack, 9),
                ("Time to restore", "45min", 45, "<15min", 15, "min", MetricDirection.LowerIsBetter, MetricStatus.AtRisk, 10),
                ("Availability", "99.95%", 99.95, "99.9%", 99.9, "%", MetricDirection.HigherIsBetter, MetricStatus.Met, 11),
                ("Restore drills", "Never", null, "Quarterly", null, null, MetricDirection.HigherIsBetter, MetricStatus.OffTrack, 12),
                ("Security score", "3/10", 3, "8/10", 8, "/10", MetricDirection.HigherIsBetter, MetricStatus.OffTrack, 13),
                ("Alert coverage", "60%", 60, "90%", 90, "%", MetricDirection.HigherIsBetter, MetricStatus.Met, 14),
                ("p95 latency", "180ms", 180, "<200ms", 200, "ms", MetricDirection.LowerIsBetter, MetricStatus.Met, 15),
            ],
            result.Metrics.Select(m => (m.Name, m.Current.Text, m.Current.Value, m.Target.Text, m.Target.Value, m.Target.Unit, m.Direction, m.Status, m.Line)));
        Assert.Equal('<', result.Metrics.Single(m => m.Name == "Time to restore").Target.Comparison);
        Assert.All(result.Metrics, m => Assert.Equal("Success Metrics", result.SectionPath(m.SectionIndex)));
        Assert.Empty(result.Items);
        Assert.Equal(1, result.KeptTables);
    }

    [Fact]
    public void Kpis_ARowMarkedMetWhoseValueMissesItsTarget_IsWarnedAboutOnItsLine()
    {
        var result = Import("kpis.md");

        var warning = Assert.Single(result.Warnings);
        Assert.Equal(14, warning.Line);
        Assert.Contains("\"Alert coverage\" is marked met, but its current value 60% misses the target 90%", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Costs_EachRowIsACostLine_WithAmountsPerMoneyColumn()
    {
        var result = Import("costs.md");

        const string Costs = "Monthly and one-time costs";
        const string Upgrades = "Upgrade options";
        Assert.Equal(
            [
                ("Object storage (100GB)", Costs, false, "Monthly Cost 5-5 Month", 7),
                ("Managed Kafka", Costs, false, "Monthly Cost 50-100 Month; One-Time Cost 300-300 OneTime", 8),
                ("Load testing (k6 Cloud)", Costs, false, "Monthly Cost 0-50 Month", 9),
                ("Enrichment API", Costs, false, "Per Record 0.1-0.1 Unit", 10),
                ("Total", Costs, true, "Monthly Cost 55-155 Month; One-Time Cost 300-300 OneTime", 11),
                // The table states "/mo" in some cells: every column of it is monthly.
                ("Database instance", Upgrades, false, "Current 92-92 Month; Recommended 210-210 Month; Increase 118-118 Month", 19),
                ("Log shipping", Upgrades, false, "Recommended 26-26 Month; Increase 26-26 Month", 20),
            ],
            result.Costs.Select(c => (c.Name, c.Table, c.IsTotal, Describe(c.Amounts), c.Line)));
        Assert.Empty(result.Items);
        Assert.Empty(result.Warnings);
        Assert.Equal(0, result.KeptTables);
    }

    [Fact]
    public void Costs_TheTotalRowMatchesTheLinesAboveIt_AndIsTheOnlyTotal()
    {
        var result = Import("costs.md");

        var lines = result.Costs.Where(c => c.Table == "Monthly and one-time costs" && !c.IsTotal).SelectMany(c => c.Amounts).ToList();
        var total = Assert.Single(result.Costs, c => c.IsTotal);
        var monthly = lines.Where(a => a.Period == CostPeriod.Month).ToList();
        Assert.Equal((55.0, 155.0), (monthly.Sum(a => a.Min), monthly.Sum(a => a.Max)));
        Assert.Equal((55.0, 155.0), total.Amounts.Where(a => a.Period == CostPeriod.Month).Select(a => (a.Min, a.Max)).Single());
        Assert.Equal(300.0, lines.Where(a => a.Period == CostPeriod.OneTime).Sum(a => a.Max));
    }

    private static string Describe(IReadOnlyList<ParsedCostAmount> amounts) =>
        string.Join("; ", amounts.Select(a => FormattableString.Invariant($"{a.Column} {a.Min}-{a.Max} {(a.Period is { } p ? p.ToString() : "-")}")));

    [Fact]
    public void Plan_DaysWeeksAndMonthsArePhases_WithPathsStatedHoursAndGoal()
    {
        var result = Import("plan.md");

        Assert.Equal(
            [
                ("Day 0", "Day 0", null, 3),
                ("Week 1", "Week 1", (double?)40, 7),
                ("Day 1-2", "Week 1 > Day 1-2", null, 10),
                ("Day 3-5", "Week 1 > Day 3-5", null, 14),
                ("Week 2", "Week 2", 24, 20),
                ("Month 2", "Month 2", null, 25),
            ],
            result.Phases.Select(p => (p.Name, p.Path, p.StatedHours, p.Line)));
        Assert.Equal("Nothing is lost and we know when it breaks", result.Phases.Single(p => p.Name == "Week 1").Goal);
        Assert.Equal(Enumerable.Range(1, 6), result.Phases.Select(p => p.Order).Order());
    }

    [Fact]
    public void Plan_PhasesRunInTimeOrder_WithADayInsideItsWeek()
    {
        var result = Import("plan.md");

        int Order(string path) => result.Phases.Single(p => p.Path == path).Order;
        // Day 0 against Week 1 is left out here: see KnownGapsReport.md.
        Assert.True(Order("Week 1") < Order("Week 1 > Day 1-2"));
        Assert.True(Order("Week 1 > Day 1-2") < Order("Week 1 > Day 3-5"));
        Assert.True(Order("Week 1 > Day 3-5") < Order("Week 2"));
        Assert.True(Order("Day 0") < Order("Week 2"));
        Assert.True(Order("Week 2") < Order("Month 2"));
    }

    [Fact]
    public void Plan_LinesNamingTasksOfTheTaskList_PutThoseTasksInTheirPhase()
    {
        var result = Import("plan.md");

        string? Phase(ParsedItem item) => item.PhaseIndex is { } at ? result.Phases[at].Path : null;
        Assert.Equal(
            [
                ("Agree owners and the launch date", ItemStatus.Open, null, "Day 0", "Day 0", "5"),
                ("Multi-region failover", ItemStatus.Open, null, "Month 2", "Month 2", "27"),
                ("Configure database backups", ItemStatus.Open, ((double, double)?)(4, 4), "Week 1 > Day 1-2", "Task list", "11,31"),
                ("Add health checks", ItemStatus.Done, (2, 2), "Week 1 > Day 1-2", "Task list", "12,32"),
                ("Set up alerting on error rate", ItemStatus.Open, (8, 8), "Week 1 > Day 3-5", "Task list", "15,33"),
                ("Write the incident runbook", ItemStatus.Open, (6, 6), "Week 1 > Day 3-5", "Task list", "16,34"),
                ("Load test the invoice API", ItemStatus.Open, (8, 16), "Week 2", "Task list", "22,35"),
                ("Enable audit logging for refunds", ItemStatus.Open, (8, 8), "Week 2", "Task list", "23,36"),
            ],
            result.Items.Select(i => (i.Title, i.Status, Hours(i), Phase(i), result.SectionPath(i.SectionIndex), string.Join(",", i.Lines))));
    }

    [Fact]
    public void Plan_StatedHoursAreCheckedAgainstTheItems_OnlyWhereTheyDiffer()
    {
        var result = Import("plan.md");

        // Week 1 states 40 hours; its items add up to 4 + 2 + 8 + 6 = 20. Week 2 states 24, within 16-24.
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(7, warning.Line);
        Assert.Equal("Week 1 states 40 hours, but its items add up to 20h.", warning.Message);
    }

    [Fact]
    public void BoldBullets_InASectionWithTaskLists_AreNoItems_NorAreReferences()
    {
        var result = Import("bold-bullets.md");

        Assert.Equal(["Reliability", "Security", "Done so far", "References"], result.Sections.Select(s => s.Title));
        Assert.Contains(("Broker cluster sized for peak load", ItemStatus.Done, "Done so far", 16),
            result.Items.Select(i => (i.Title, i.Status, result.SectionPath(i.SectionIndex), i.Line)));
        Assert.Contains(("Consumer lag alerts", ItemStatus.Open, "Done so far", 17),
            result.Items.Select(i => (i.Title, i.Status, result.SectionPath(i.SectionIndex), i.Line)));
        Assert.DoesNotContain(result.Items, i => i.Line is 18 or 22 or 23);
        Assert.DoesNotContain(result.Items, i => i.Title is "Capacity review" or "Docs" or "Runbook");
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void BoldBullets_InSectionsWithoutTaskLists_AreOpenItems_WithTheRestAsDetails()
    {
        // The same document without its task-list section: see KnownGapsReport.md for why the whole
        // document is not asserted this way.
        var text = TestFiles.Read("bold-bullets.md");
        var start = text.IndexOf("## Done so far", StringComparison.Ordinal);
        var end = text.IndexOf("## References", StringComparison.Ordinal);
        var withoutTasks = text[..start] + new string('\n', text[start..end].Count(c => c == '\n')) + text[end..];

        var result = new MarkdownImporter().Parse(withoutTasks);

        Assert.Equal(
            [
                ("Rate limiting", "where is it enforced?", "Reliability", 5),
                ("Retries with backoff", "do clients back off while the broker is down?", "Reliability", 6),
                ("Dead-letter queue", "what happens to poison messages?", "Reliability", 7),
                ("TLS everywhere", "are broker connections encrypted?", "Security", 11),
                ("Credential rotation", "how often, and who does it?", "Security", 12),
            ],
            result.Items.Select(i => (i.Title, i.Details, result.SectionPath(i.SectionIndex), i.Line)));
        Assert.All(result.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void PriorityList_SetsThePriorityOfTheItemsItNames_ByMeaning()
    {
        var result = Import("priority-list.md");

        Assert.Equal(
            [
                ("Rate limiting", "High"),
                ("Database backups", "Critical"),
                ("Environment management", "Critical"),
                ("Secret management", "Critical"),
                ("Health checks", "Critical"),
                ("Centralized logging", "Medium"),
                ("Push provider failover", null),
                ("Template versioning", "Medium"),
            ],
            result.Items.Select(i => (i.Title, i.Priority)));
        Assert.All(result.Items, i => Assert.Equal("Gaps", result.SectionPath(i.SectionIndex)));
        Assert.Equal(Enumerable.Range(5, 8), result.Items.Select(i => i.Line));
    }

    [Fact]
    public void PriorityList_NamesThatMatchNothing_AreWarnings_AndSetNoPriority()
    {
        var result = Import("priority-list.md");

        Assert.Equal(
            [(25, "SMS fallback channel", "High"), (26, "Secret scanning", "High"), (28, "bounce handling", "Medium")],
            result.Warnings.Select(w => (w.Line, w.Message.Split('"')[1], w.Message.Split('(', ')')[1])));
        Assert.All(result.Warnings, w => Assert.Contains("matches no item", w.Message, StringComparison.Ordinal));
        // "Secret scanning" shares a word with "Secret management", which is Critical from the slash name and stays so.
        Assert.Equal("Critical", Item(result, "Secret management").Priority);
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Encodings_CrlfLineEndings_ImportTheSame(string name)
    {
        var clean = TestFiles.ReadBytes(name);
        var crlf = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(clean).Replace("\n", "\r\n", StringComparison.Ordinal));

        Assert.Contains("\r\n", DocumentDecoder.Decode(crlf, ImportLimits.Default).Source, StringComparison.Ordinal);
        Assert.Equal(Json(Import(clean, name)), Json(Import(crlf, name)));
    }

    [Theory]
    [MemberData(nameof(FixtureNames))]
    public void Encodings_AByteOrderMark_ImportsTheSame_AndIsNotStored(string name)
    {
        var clean = TestFiles.ReadBytes(name);
        byte[] withBom = [0xEF, 0xBB, 0xBF, .. clean];

        var decoded = DocumentDecoder.Decode(withBom, ImportLimits.Default);

        Assert.Equal(Encoding.UTF8.GetString(clean), decoded.Source);
        Assert.Equal(Json(Import(clean, name)), Json(Import(withBom, name)));
    }

    [Theory]
    [MemberData(nameof(FixturesGarbled))]
    public void Encodings_Utf8OnceReadAsMacRomanOrWindows1252_IsRepaired_AndImportsTheSame(string name, int codePage, bool appleLogoLost)
    {
        var clean = TestFiles.ReadBytes(name);
        var garbled = Garble(clean, codePage, appleLogoLost);
        Assert.NotEqual(clean, garbled);

        var decoded = DocumentDecoder.Decode(garbled, ImportLimits.Default);

        Assert.Equal(Encoding.UTF8.GetString(clean), decoded.Text);
        Assert.Contains(decoded.Warnings, w => w.Line == 1 && w.Message.Contains("Repaired", StringComparison.Ordinal));
        Assert.Equal(Json(Import(clean, name)), Json(Import(garbled, name)));
    }

    public static TheoryData<string> FixtureNames() => new(Fixtures);

    public static TheoryData<string, int, bool> FixturesGarbled()
    {
        var data = new TheoryData<string, int, bool>();
        // Plain ASCII reads the same in every one of these encodings: only documents with emoji can be garbled.
        foreach (var name in Fixtures.Where(n => TestFiles.ReadBytes(n).Any(b => b >= 0x80)))
        {
            data.Add(name, 10000, false);
            data.Add(name, 10000, true);
            data.Add(name, 1252, false);
        }

        return data;
    }

    /// <summary>
    /// What an editor does when it opens UTF-8 as a single-byte code page and saves it as UTF-8 again.
    /// Mac Roman shows the lead byte of every emoji as the Apple logo (U+F8FF), which is often lost.
    /// </summary>
    private static byte[] Garble(byte[] utf8, int codePage, bool appleLogoLost)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var misread = Encoding.GetEncoding(codePage).GetString(utf8);
        if (appleLogoLost)
        {
            misread = misread.Replace("\uF8FF", "", StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(misread);
    }

    private static string Json(ParseResult result) => JsonSerializer.Serialize(result);
}
