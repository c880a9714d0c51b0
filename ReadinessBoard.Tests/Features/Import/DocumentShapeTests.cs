using System.Globalization;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Whole documents of the shapes real readiness documents take (a guide whose headings are the checks,
/// a security review of numbered findings, an audit that ends in action lists, a launch runbook in
/// T-minus days and hour slots, four ways of marking priority, cost comparisons), each checked for what
/// a person reading it would count: which lines are tasks, with which status, priority, reference and
/// phase, and which lines only look like tasks (contents, legends, status summaries, consequences,
/// targets, code) and are none.
/// </summary>
public class DocumentShapeTests
{
    private static ParseResult Parse(string file) => new MarkdownImporter().Parse(TestFiles.Read(file));

    private static ParsedItem Item(ParseResult parsed, string title) => Assert.Single(parsed.Items, i => i.Title == title);

    // Only where an item starts counts: a later line that merely mentions a task (a priority list, a
    // conclusion naming C1) is rightly among the lines of that task.
    private static void NoItemOnLines(ParseResult parsed, int first, int last) =>
        Assert.DoesNotContain(parsed.Items, i => i.Line >= first && i.Line <= last);

    // ---- A guide whose every ### heading is one check, with prose and no task boxes ----

    [Fact]
    public void HeadingsAsChecks_EachHeadingWithProseBelowIt_IsOneOpenItemInItsSection()
    {
        var parsed = Parse("headings-as-checks.md");

        Assert.Equal("Search service: operating guidelines", parsed.Title);
        Assert.Equal(
        [
            ("Serve from a stale index rather than fail", ItemStatus.Open, "Reliability", 23),
            ("Bound every call to the catalog API", ItemStatus.Open, "Reliability", 30),
            ("Shed load before a replica runs out of memory", ItemStatus.Open, "Reliability", 41),
            ("Write one structured log line per query", ItemStatus.Open, "Observability", 48),
            ("Publish latency as a histogram", ItemStatus.Open, "Observability", 53),
            ("Page on what users feel", ItemStatus.Open, "Observability", 58),
            ("Keep the admin endpoints off the public listener", ItemStatus.Open, "Security", 65),
            ("Run the service as an unprivileged user", ItemStatus.Open, "Security", 70),
        ],
        parsed.Items.Select(i => (i.Title, i.Status, parsed.SectionPath(i.SectionIndex), i.Line)));
        Assert.All(parsed.Items, i => Assert.Null(i.Priority));
    }

    [Fact]
    public void HeadingsAsChecks_TheProseUnderAHeading_IsThatItemsDetails_AndNoOtherItems()
    {
        var parsed = Parse("headings-as-checks.md");

        var stale = Item(parsed, "Serve from a stale index rather than fail").Details ?? "";
        Assert.Contains("keeps answering from the previous index", stale, StringComparison.Ordinal);
        Assert.Contains("Alert when the index is older than 36 hours", stale, StringComparison.Ordinal);
        Assert.DoesNotContain("catalog", stale, StringComparison.Ordinal);

        var bound = Item(parsed, "Bound every call to the catalog API").Details ?? "";
        Assert.Contains("800 ms timeout and at most one retry", bound, StringComparison.Ordinal);
        Assert.DoesNotContain("Above 400 concurrent queries", bound, StringComparison.Ordinal);
        // Whether the YAML block below the prose joins the details is left to the implementer.

        // The last check of the guide stops at the next heading: the bonus prose is not its details.
        var last = Item(parsed, "Run the service as an unprivileged user").Details ?? "";
        Assert.Contains("read-only root filesystem", last, StringComparison.Ordinal);
        Assert.DoesNotContain("printable", last, StringComparison.Ordinal);
    }

    [Fact]
    public void HeadingsAsChecks_ContentsIntroductionBonusAndFurtherReading_AreNoItems()
    {
        var parsed = Parse("headings-as-checks.md");

        // The table of contents (lines 6-12), the introduction (14-19), the bonus (75-77) and the links (79-83).
        NoItemOnLines(parsed, 1, 22);
        NoItemOnLines(parsed, 75, 83);
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Introduction" or "Reliability" or "Observability" or "Security" or "Further reading" or "Table of contents");
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("SRE book", StringComparison.Ordinal)
            || i.Title.Contains("twelve-factor", StringComparison.Ordinal)
            || i.Title.Contains("cheat sheet", StringComparison.Ordinal));
        Assert.Equal(8, parsed.Items.Count);
    }

    // ---- A security review: #### C1 findings under ### Critical Issues ----

    [Fact]
    public void SecurityFindings_EachFindingIsOneItem_WithTheSeverityOfItsHeadingAndItsRef()
    {
        var parsed = Parse("security-findings.md");

        // M1 says "**Status:** Fixed in 2.4.1 and verified on 2026-03-04": done. Whether that date is its
        // completion date is a judgement call and left out.
        Assert.Equal(
        [
            ("Retired signing keys are still accepted", ItemStatus.Open, "Critical", "C1", "Findings > Critical Issues"),
            ("Statement export ignores the tenant", ItemStatus.Open, "Critical", "C2", "Findings > Critical Issues"),
            ("Database password written to the deploy log", ItemStatus.Open, "High", "H1", "Findings > High Issues"),
            ("Unlimited login attempts on the admin console", ItemStatus.Open, "High", "H2", "Findings > High Issues"),
            ("Session cookie without SameSite", ItemStatus.Done, "Medium", "M1", "Findings > Medium Issues"),
            ("Stack traces in error responses", ItemStatus.Open, "Medium", "M2", "Findings > Medium Issues"),
        ],
        parsed.Items.Select(i => (i.Title, i.Status, i.Priority, i.Ref, parsed.SectionPath(i.SectionIndex))));
        Assert.Equal([29, 37, 46, 53, 61, 68], parsed.Items.Select(i => i.Line));
    }

    [Fact]
    public void SecurityFindings_TheProseAndTheFixOfAFinding_AreItsDetails()
    {
        var parsed = Parse("security-findings.md");

        var c1 = Item(parsed, "Retired signing keys are still accepted").Details ?? "";
        Assert.Contains("checks the signature on a request but not the expiry date", c1, StringComparison.Ordinal);
        Assert.Contains("Reject signatures from keys past their", c1, StringComparison.Ordinal);
        Assert.DoesNotContain("nightly export", c1, StringComparison.Ordinal);

        // The last finding under Critical Issues stops at the next severity heading.
        var c2 = Item(parsed, "Statement export ignores the tenant").Details ?? "";
        Assert.Contains("Scope the export query by the tenant id", c2, StringComparison.Ordinal);
        Assert.DoesNotContain("High Issues", c2, StringComparison.Ordinal);
        Assert.DoesNotContain("deploy script", c2, StringComparison.Ordinal);

        // The last finding of the review stops at the conclusion.
        var m2 = Item(parsed, "Stack traces in error responses").Details ?? "";
        Assert.Contains("problem document with a correlation id", m2, StringComparison.Ordinal);
        Assert.DoesNotContain("can launch once", m2, StringComparison.Ordinal);
    }

    [Fact]
    public void SecurityFindings_TheSeverityCountsTableAndTheConsequences_AreNoItems()
    {
        var parsed = Parse("security-findings.md");

        // The header, the summary with its | Severity | Count | table and the ❌ consequences (lines 1-23);
        // the conclusion (75-78), which names findings again but adds none.
        NoItemOnLines(parsed, 1, 24);
        NoItemOnLines(parsed, 75, 78);
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Critical" or "High" or "Medium" or "Total" or "Critical Issues" or "High Issues" or "Medium Issues");
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("accept transfers", StringComparison.Ordinal)
            || i.Title.Contains("another tenant", StringComparison.Ordinal)
            || i.Title.Contains("90 days", StringComparison.Ordinal));
        Assert.Equal(6, parsed.Items.Count);
        // The counts table is shown as it is.
        Assert.Equal(1, parsed.KeptTables);
        Assert.Empty(parsed.Costs);
        Assert.Empty(parsed.Metrics);
    }

    // ---- An audit report: only the lines of its action lists are tasks ----

    [Fact]
    public void ActionLists_EachLineOfNextStepsRecommendationsAndActionItems_IsAnOpenItem()
    {
        var parsed = Parse("audit-action-lists.md");

        // The owners at the end of the action items leave their titles (see the owner test below).
        Assert.Equal(
        [
            ("Restore last night's backup to a scratch server and time it", ItemStatus.Open, "Next steps", 46),
            ("Rebuild the third cache node", ItemStatus.Open, "Next steps", 47),
            ("Rehearse a database failover in staging", ItemStatus.Open, "Next steps", 48),
            ("Update the runbook with the current hostnames", ItemStatus.Open, "Next steps", 49),
            ("Move the replica to a second zone", ItemStatus.Open, "Recommendations", 53),
            ("Alert on backup age", ItemStatus.Open, "Recommendations", 54),
            ("Keep a week of point-in-time recovery logs on the primary", ItemStatus.Open, "Recommendations", 55),
            ("Write the restore procedure into the runbook", ItemStatus.Open, "Follow-up > Action items", 63),
            ("Add a dashboard for the cache hit rate", ItemStatus.Open, "Follow-up > Action items", 64),
            ("Book the failover rehearsal with the database team", ItemStatus.Open, "Follow-up > Action items", 65),
        ],
        parsed.Items.Select(i => (i.Title, i.Status, parsed.SectionPath(i.SectionIndex), i.Line)));
        // Nothing in the report ranks its actions.
        Assert.All(parsed.Items, i => Assert.Null(i.Priority));
    }

    [Fact]
    public void ActionLists_ABoldLeadIsTheTitle_AndTheWordsAfterItAreTheDetails()
    {
        var parsed = Parse("audit-action-lists.md");

        Assert.Contains("so that losing one zone does not take both copies", Item(parsed, "Move the replica to a second zone").Details ?? "", StringComparison.Ordinal);
        Assert.Contains("page when the newest snapshot is older than 26 hours", Item(parsed, "Alert on backup age").Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ActionLists_ATrailingOwner_IsTheItemsOwner_AndLeavesTheTitle()
    {
        var parsed = Parse("audit-action-lists.md");

        // Assumption: "(owner: @sam)" and "— Priya" at the end of an action line name its owner, kept as
        // written (with the @, as checklist tables keep "@dmitri"). Lines without one have no owner.
        Assert.Equal(
        [
            ("Write the restore procedure into the runbook", "@sam"),
            ("Add a dashboard for the cache hit rate", "Priya"),
            ("Book the failover rehearsal with the database team", "@lee"),
        ],
        parsed.Items.Where(i => i.Line >= 63).Select(i => (i.Title, i.Owner)));
        Assert.All(parsed.Items.Where(i => i.Line < 63), i => Assert.Null(i.Owner));
    }

    [Fact]
    public void ActionLists_LegendStatusSummaryFindingsSuccessCriteriaAndCodeBlock_AreNoItems()
    {
        var parsed = Parse("audit-action-lists.md");

        // Header, legend (5-9), status summary (11-16), prose and the fenced "- [ ]" lines (18-33),
        // success criteria (35-42), and the follow-up's own sentence (57-59).
        NoItemOnLines(parsed, 1, 43);
        NoItemOnLines(parsed, 57, 61);
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("Running", StringComparison.Ordinal)
            || i.Title.Contains("Degraded", StringComparison.Ordinal)
            || i.Title.Contains("healthy", StringComparison.Ordinal)
            || i.Title.Contains("snapshots", StringComparison.Ordinal)
            || i.Title.Contains("row counts", StringComparison.Ordinal)
            || i.Title.Contains("Restore time", StringComparison.Ordinal)
            || i.Title.Contains("Cache hit rate", StringComparison.Ordinal));
        Assert.Equal(10, parsed.Items.Count);
    }

    // ---- A launch runbook: T-7 days ... Launch day (T-0) with hour slots ... Weeks 2-3 ----

    // Assumption: phase names are the implementer's choice ("T-7 days" or "T-7", "Launch day (T-0)" or
    // "T-0", "10:00 AM" or "10:00", "14:00" for 2:00 PM, "Days 2-7" or "Day 2-7"), so a phase is found
    // by a distinctive part of its name. Hour slots are looked for first, since a slot's name may repeat
    // its day's.
    private static readonly (string Label, Func<string, bool> Names)[] s_runbookPhases =
    [
        ("08:00", n => n.Contains("8:00", StringComparison.Ordinal)),
        ("10:00", n => n.Contains("10:00", StringComparison.Ordinal)),
        ("12:30", n => n.Contains("12:30", StringComparison.Ordinal)),
        ("14:00", n => n.Contains("2:00", StringComparison.Ordinal) || n.Contains("14:00", StringComparison.Ordinal)),
        ("Days 2-7", n => n.Contains("2-7", StringComparison.Ordinal)),
        ("Weeks 2-3", n => n.Contains("2-3", StringComparison.Ordinal)),
        ("T-7", n => n.Contains("T-7", StringComparison.OrdinalIgnoreCase)),
        ("T-3", n => n.Contains("T-3", StringComparison.OrdinalIgnoreCase)),
        ("T-1", n => n.Contains("T-1", StringComparison.OrdinalIgnoreCase)),
        ("T-0", n => n.Contains("T-0", StringComparison.OrdinalIgnoreCase) || n.Contains("Launch day", StringComparison.OrdinalIgnoreCase)),
    ];

    private static string RunbookLabel(ParsedPhase phase) =>
        s_runbookPhases.Where(p => p.Names(phase.Name)).Select(p => p.Label).FirstOrDefault() ?? phase.Name;

    private static string? PhaseLabelOf(ParseResult parsed, ParsedItem item) =>
        item.PhaseIndex is { } at ? RunbookLabel(parsed.Phases[at]) : null;

    [Fact]
    public void LaunchRunbook_PhasesRunInTimeOrder_BeforeLaunchThenTheHourSlotsByTheClockThenAfter()
    {
        var parsed = Parse("launch-runbook.md");

        // 2:00 PM comes after 12:30 PM, which comes after 10:00 AM. The 10:00 AM in the opening prose and
        // the rollback section name no phase.
        Assert.Equal(
            ["T-7", "T-3", "T-1", "T-0", "08:00", "10:00", "12:30", "14:00", "Days 2-7", "Weeks 2-3"],
            parsed.Phases.OrderBy(p => p.Order).Select(RunbookLabel));
        Assert.Equal(Enumerable.Range(1, 10), parsed.Phases.Select(p => p.Order).Order());
    }

    [Fact]
    public void LaunchRunbook_TheHourSlots_ArePhasesInsideLaunchDay()
    {
        var parsed = Parse("launch-runbook.md");

        var launchDay = Assert.Single(parsed.Phases, p => RunbookLabel(p) == "T-0");
        var slots = parsed.Phases.Where(p => RunbookLabel(p) is "08:00" or "10:00" or "12:30" or "14:00").ToList();
        Assert.Equal(4, slots.Count);
        Assert.All(slots, s => Assert.Equal(launchDay.Index, s.ParentIndex));
        Assert.All(parsed.Phases.Except(slots), p => Assert.Null(p.ParentIndex));
    }

    [Fact]
    public void LaunchRunbook_EachTaskBelongsToThePhaseItIsListedUnder()
    {
        var parsed = Parse("launch-runbook.md");

        Assert.Equal(
        [
            ("Freeze the index schema", ItemStatus.Open, "T-7"),
            ("Load test the query endpoint at twice the expected peak", ItemStatus.Open, "T-7"),
            ("Agree the rollback criteria with the storefront team", ItemStatus.Done, "T-7"),
            ("Rebuild the production index from the catalog snapshot", ItemStatus.Open, "T-3"),
            ("Dry-run the cut-over on staging", ItemStatus.Open, "T-3"),
            ("Announce the launch window to the storefront teams", ItemStatus.Open, "T-1"),
            ("Confirm the on-call rota for launch week", ItemStatus.Open, "T-1"),
            ("Check the index age and the document count", ItemStatus.Open, "08:00"),
            ("Open the launch bridge", ItemStatus.Open, "08:00"),
            ("Send 10% of storefront traffic to the new cluster", ItemStatus.Open, "10:00"),
            ("Watch the error rate and p95 latency on the launch dashboard", ItemStatus.Open, "10:00"),
            ("Send half of the traffic if the error rate stayed below 0.5%", ItemStatus.Open, "12:30"),
            ("Send the remaining traffic", ItemStatus.Open, "14:00"),
            ("Post the launch note on the status page", ItemStatus.Open, "14:00"),
            ("Review the slow-query log every morning", ItemStatus.Open, "Days 2-7"),
            ("Tune the cache size from real traffic", ItemStatus.Open, "Days 2-7"),
            ("Decommission the old search cluster", ItemStatus.Open, "Weeks 2-3"),
            ("Hold the launch retrospective", ItemStatus.Open, "Weeks 2-3"),
            // The rollback steps belong to no day.
            ("Point the storefront back at the old cluster", ItemStatus.Open, null),
            ("Tell the storefront teams in the launch channel", ItemStatus.Open, null),
        ],
        parsed.Items.Select(i => (i.Title, i.Status, PhaseLabelOf(parsed, i))));
    }

    [Fact]
    public void LaunchRunbook_TaskLinesInsideACodeBlock_AreNoItems()
    {
        var parsed = Parse("launch-runbook.md");

        NoItemOnLines(parsed, 19, 25);
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("staging DNS", StringComparison.Ordinal)
            || i.Title.Contains("captured queries", StringComparison.Ordinal)
            || i.Title.Contains("top hundred", StringComparison.Ordinal));
        Assert.Equal(20, parsed.Items.Count);
    }

    // ---- Four ways of marking priority in one document ----

    [Fact]
    public void PriorityMarkers_AShieldsBadgesAltText_IsTheItemsPriority_AndLeavesTheTitle()
    {
        var parsed = Parse("priority-markers.md");

        Assert.Equal(
        [
            ("Enforce TLS 1.2 on the public listener", ItemStatus.Open, "High"),
            ("Add a readiness probe to the payout worker", ItemStatus.Open, "P1"),
            ("Remove the unused feature flags", ItemStatus.Done, "Low"),
            ("Rotate the webhook signing secret", ItemStatus.Open, "Critical"),
            ("Write the release notes", ItemStatus.Open, null),
        ],
        parsed.Items.Where(i => i.Line is >= 5 and <= 12).Select(i => (i.Title, i.Status, i.Priority)));
    }

    [Fact]
    public void PriorityMarkers_APriorityHeading_GivesItsTasksThatPriority()
    {
        var parsed = Parse("priority-markers.md");

        // "P0 — must fix before launch" is P0: the words after the dash explain it, they are no second
        // priority. "CRITICAL (Fix This Week)" is Critical, and "This Week" is no plan phase.
        Assert.Equal(
        [
            ("Back up the payouts database nightly", ItemStatus.Open, "P0"),
            ("Alert when the payout queue backs up", ItemStatus.Open, "P0"),
            ("Cap request bodies at 1 MB", ItemStatus.Open, "High"),
            ("Retry failed webhooks with backoff", ItemStatus.Done, "High"),
            ("Stop writing bank account numbers to the debug log", ItemStatus.Open, "Critical"),
            ("Dark mode for the admin console", ItemStatus.Open, "Nice"),
        ],
        parsed.Items.Where(i => i.Line is >= 13 and <= 30).Select(i => (i.Title, i.Status, i.Priority)));
        Assert.Empty(parsed.Phases);
    }

    [Fact]
    public void PriorityMarkers_IdRangesInAPriorityList_GiveTheRowsWithThoseIdsTheirPriority()
    {
        var parsed = Parse("priority-markers.md");

        // "**High priority:** MON-001 to MON-004" and "**Low:** MON-005 a MON-008" (Spanish "a" for "to").
        Assert.Equal(
        [
            ("Uptime check on the public health endpoint", ItemStatus.Done, "High", "MON-001"),
            ("Alert on a 5xx rate above 1%", ItemStatus.InProgress, "High", "MON-002"),
            ("Dashboard for the payout queue depth", ItemStatus.Open, "High", "MON-003"),
            ("Page the on-call engineer for failed payouts", ItemStatus.Open, "High", "MON-004"),
            ("Weekly report of slow queries", ItemStatus.Open, "Low", "MON-005"),
            ("Trace sampling at 10%", ItemStatus.Open, "Low", "MON-006"),
            ("Keep 30 days of application logs", ItemStatus.Done, "Low", "MON-007"),
            ("Synthetic payout from a second region", ItemStatus.Open, "Low", "MON-008"),
        ],
        parsed.Items.Where(i => i.Line is >= 31 and <= 43).Select(i => (i.Title, i.Status, i.Priority, i.Ref)));
        // Every ID of both ranges names an item, so nothing is left over to warn about.
        Assert.DoesNotContain(parsed.Warnings, w => w.Line is 48 or 50);
    }

    [Fact]
    public void PriorityMarkers_AColouredCircleStartingATask_IsItsPriority_NotItsStatus()
    {
        var parsed = Parse("priority-markers.md");

        // The box says the status: 🟡 on an open task is medium priority, not "in progress".
        Assert.Equal(
        [
            ("Fix the double charge on retried payouts", ItemStatus.Open, "High"),
            ("Show the payout status in the partner portal", ItemStatus.Open, "Medium"),
            ("Update the API changelog", ItemStatus.Done, "Low"),
        ],
        parsed.Items.Where(i => i.Line >= 52).Select(i => (i.Title, i.Status, i.Priority)));
    }

    [Fact]
    public void PriorityMarkers_TheMarkerLegendAndThePriorityLabels_AreNoItems()
    {
        var parsed = Parse("priority-markers.md");

        NoItemOnLines(parsed, 44, 61);
        Assert.DoesNotContain(parsed.Items, i => i.Title is "high" or "medium" or "low" or "🔴 high"
            || i.Title.Contains("MON-00", StringComparison.Ordinal));
        Assert.Equal(22, parsed.Items.Count);
        Assert.Equal(parsed.Items.Count, parsed.Items.Select(i => i.Key).Distinct().Count());
    }

    // ---- Cost comparisons: current against recommended, hours times rate, prices below a cent ----

    private static string Amounts(ParsedCostLine line) =>
        string.Join("; ", line.Amounts.Select(a => string.Create(CultureInfo.InvariantCulture, $"{a.Column} {a.Min}-{a.Max}")));

    private static IEnumerable<(string Name, bool IsTotal, string Amounts)> CostsOf(ParseResult parsed, string table) =>
        parsed.Costs.Where(c => c.Table == table).Select(c => (c.Name, c.IsTotal, Amounts(c)));

    [Fact]
    public void CostComparison_CurrentAndRecommended_AreTwoAmountsOfEachLine_AndTheTotalRowIsTheTotal()
    {
        var parsed = Parse("cost-comparison.md");

        Assert.Equal(
        [
            ("Application servers", false, "Current 180-180; Recommended 320-320"),
            ("Database", false, "Current 95-95; Recommended 410-410"),
            ("Cache", false, "Current 0-0; Recommended 45-45"),
            ("Log storage", false, "Current 12-12; Recommended 12-12"),
            ("Total", true, "Current 287-287; Recommended 787-787"),
        ],
        CostsOf(parsed, "Monthly infrastructure"));
        var total = Assert.Single(parsed.Costs, c => c.Table == "Monthly infrastructure" && c.IsTotal);
        Assert.All(total.Amounts, a => Assert.Equal(CostPeriod.Month, a.Period));
    }

    [Fact]
    public void CostComparison_AProposedColumn_IsAnAmountLikeRecommended()
    {
        var parsed = Parse("cost-comparison.md");

        Assert.Equal(
        [
            ("Cloud support plan", false, "Current 29-29; Proposed 100-100"),
            ("On-call paging", false, "Current 21-21; Proposed 21-21"),
        ],
        CostsOf(parsed, "Support"));
    }

    [Fact]
    public void CostComparison_AnHoursTimesRateTable_HasARateAndACostPerLine_AndItsTotal()
    {
        var parsed = Parse("cost-comparison.md");

        // Hours are no money. Whether these rows are also tasks on the board is a judgement call and
        // left out: they read as a price list of the work, not as a checklist.
        Assert.Equal(
        [
            ("Database migration", false, "Rate 140-140; Cost 3360-3360"),
            ("Cache rollout", false, "Rate 140-140; Cost 1120-1120"),
            ("Load testing", false, "Rate 140-140; Cost 2240-2240"),
            ("Total", true, "Cost 6720-6720"),
        ],
        CostsOf(parsed, "One-time engineering work"));
    }

    [Fact]
    public void CostComparison_APriceBelowACent_KeepsItsPrecision_AndIsPerUnit()
    {
        var parsed = Parse("cost-comparison.md");

        Assert.Equal(
        [
            ("Fraud scoring API", false, "Unit price 0.003-0.003"),
            ("SMS receipts", false, "Unit price 0.0075-0.0075"),
        ],
        CostsOf(parsed, "Usage-based charges"));
        var fraud = Assert.Single(Assert.Single(parsed.Costs, c => c.Name == "Fraud scoring API").Amounts);
        Assert.Equal(((double, double, CostPeriod?))(0.003, 0.003, CostPeriod.Unit), (fraud.Min, fraud.Max, fraud.Period));
    }

    [Fact]
    public void CostComparison_OnlyTheTwoTotalRowsAreTotals_AndTheTablesAreNoTasks()
    {
        var parsed = Parse("cost-comparison.md");

        Assert.Equal(
            [("Monthly infrastructure", "Total"), ("One-time engineering work", "Total")],
            parsed.Costs.Where(c => c.IsTotal).Select(c => (c.Table, c.Name)));
        // Four money tables, nothing else; the $0.003 in the paragraph repeats the table and adds no line.
        Assert.Equal(13, parsed.Costs.Count);
        Assert.Equal(0, parsed.KeptTables);
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Application servers" or "Database" or "Cache" or "Log storage" or "Total"
            or "Cloud support plan" or "On-call paging" or "Fraud scoring API" or "SMS receipts");
        Assert.Empty(parsed.Metrics);
    }
}
