using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Shapes found in public readiness checklists (launch runbooks counted down in words, go-live plans
/// whose boxes carry plain sub-steps, audits that restate their findings as a checklist, priority
/// headings written as Important or ⚡ CRITICAL TEST, plans labelled <c>**Week 1**: …</c> or
/// <c>### Phase 1: …</c>) that the importer reads differently from a person. Each fixture is written
/// anew in the shape of the public documents; each test checks what a person reading it would count.
/// </summary>
public class RealShapeGapsTests
{
    private static ParseResult Parse(string file) => new MarkdownImporter().Parse(TestFiles.Read(file));

    private static ParsedItem Item(ParseResult parsed, string title) => Assert.Single(parsed.Items, i => i.Title == title);

    private static ParsedPhase? PhaseOf(ParseResult parsed, string title) =>
        Item(parsed, title).PhaseIndex is { } at ? parsed.Phases[at] : null;

    private static ParsedPhase PhaseNamed(ParseResult parsed, Func<string, bool> names) =>
        Assert.Single(parsed.Phases, p => names(p.Name));

    // ---- Priority headings written the way release owners write them ----

    [Fact]
    public void PriorityHeadings_ABareImportantHeading_IsANoteToRead_NotAPriority()
    {
        var parsed = Parse("real-gaps-priority-headings.md");

        // "## Important" alone is as often "read this first" as a rank: only IMPORTANT, or Important with what
        // it ranks or a deadline after it, ranks the boxes under it.
        Assert.Null(Item(parsed, "Page the on-call engineer when a payout fails").Priority);
    }

    [Fact]
    public void PriorityHeadings_AnImportantHeadingInCapitalsWithItsDeadline_IsAPriority()
    {
        var parsed = Parse("real-gaps-priority-headings.md");

        // "🟡 IMPORTANT (Should Fix Before General Release)": High, or Should from the words in parentheses.
        Assert.Contains(Item(parsed, "Retry the card network with backoff").Priority, new[] { "High", "Should" });
    }

    [Fact]
    public void PriorityHeadings_ACriticalTestHeading_IsCritical()
    {
        var parsed = Parse("real-gaps-priority-headings.md");

        // "⚡ CRITICAL TEST" names what is ranked (a test), like "Critical Issues" does.
        Assert.Equal("Critical", Item(parsed, "Replay yesterday's settlement batch against staging").Priority);
    }

    [Fact]
    public void PriorityHeadings_NiceToHaveInCapitals_IsTheMoscowNice()
    {
        var parsed = Parse("real-gaps-priority-headings.md");

        // The board keeps MoSCoW priorities as Must, Should, Could and Nice.
        Assert.Equal("Nice", Item(parsed, "Offer a dark theme in the admin console").Priority);
    }

    [Fact]
    public void PriorityHeadings_TheHeadingsThatAlreadyWork_KeepTheirPriorities()
    {
        var parsed = Parse("real-gaps-priority-headings.md");

        Assert.Equal(6, parsed.Items.Count);
        Assert.Equal("Critical", Item(parsed, "Reject session tokens past their expiry").Priority);
        Assert.Equal("Critical", Item(parsed, "Mask card numbers in the request log").Priority);
    }

    // ---- Plans labelled "**Week 1**: words" and "### Phase 1: words" ----

    [Fact]
    public void PhaseLabels_ABoldWeekLabelFollowedByWords_NamesThePhaseOfTheBoxesBelowIt()
    {
        var parsed = Parse("real-gaps-phase-labels.md");

        Assert.Equal("Week 1", PhaseOf(parsed, "Provision the second database replica")?.Name);
        Assert.Equal("Week 1", PhaseOf(parsed, "Load test the gateway at twice the peak")?.Name);
        Assert.Equal("Week 2", PhaseOf(parsed, "Point the partner DNS records at the new gateway")?.Name);
    }

    [Fact]
    public void PhaseLabels_NumberedPhaseHeadings_AreAPlanInTheirOwnOrder()
    {
        var parsed = Parse("real-gaps-phase-labels.md");

        // Assumption: the phase is named by its number ("Phase 1") and may keep its words ("Phase 1: Foundations").
        var foundations = PhaseOf(parsed, "Write the on-call runbook");
        var safeguards = PhaseOf(parsed, "Add rate limits to the public endpoints");
        var handover = PhaseOf(parsed, "Walk the support team through the dashboards");
        Assert.NotNull(foundations);
        Assert.NotNull(safeguards);
        Assert.NotNull(handover);
        Assert.StartsWith("Phase 1", foundations.Name, StringComparison.Ordinal);
        Assert.StartsWith("Phase 2", safeguards.Name, StringComparison.Ordinal);
        Assert.StartsWith("Phase 3", handover.Name, StringComparison.Ordinal);
        Assert.Equal(foundations, PhaseOf(parsed, "Tag every resource with its cost centre"));
        Assert.True(foundations.Order < safeguards.Order && safeguards.Order < handover.Order);
    }

    [Fact]
    public void PhaseLabels_ATimeLabelLeadingAnActionLine_IsNotItsTitle()
    {
        var parsed = Parse("real-gaps-phase-labels.md");

        // "1. **Today:** Rotate the leaked deploy key": the lead says when, the words after it say what.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Today" or "This week" or "Week 3");
        Assert.Contains(parsed.Items, i => i.Title == "Rotate the leaked deploy key");
        Assert.Contains(parsed.Items, i => i.Title == "Add the missing latency alerts");
        Assert.Equal(10, parsed.Items.Count);
    }

    [Fact]
    public void PhaseLabels_AWeekLabelLeadingAnActionLine_IsThatLinesPhase()
    {
        var parsed = Parse("real-gaps-phase-labels.md");

        Assert.Equal("Week 3", PhaseOf(parsed, "Run the failover drill")?.Name);
    }

    // ---- A launch counted down in words: "2 Weeks Before", "48 Hours Before Launch", "T-1 Hour" ----

    [Fact]
    public void Countdown_WeeksAndDaysBeforeTheLaunch_AreDaysBeforeDayZero()
    {
        var parsed = Parse("real-gaps-countdown.md");

        Assert.Equal(
        [
            ("Freeze the booking schema", -14),
            ("Rehearse the rollback on staging", -7),
            ("Post the maintenance notice on the status page", -1),
        ],
        new[] { "Freeze the booking schema", "Rehearse the rollback on staging", "Post the maintenance notice on the status page" }
            .Select(t => (t, PhaseOf(parsed, t)?.StartDay ?? int.MinValue)));
    }

    [Fact]
    public void Countdown_FortyEightHoursBeforeLaunch_IsDayMinusTwo_NotAnHourSlotOfLaunchDay()
    {
        var parsed = Parse("real-gaps-countdown.md");

        // A relative slot of 24 hours or more is a day: 48 hours before is day -2, two days before the launch.
        var twoDays = PhaseOf(parsed, "Stop merging to the release branch");
        Assert.NotNull(twoDays);
        Assert.Equal((-2, -2), (twoDays.StartDay, twoDays.EndDay));
        Assert.Equal(twoDays, PhaseOf(parsed, "Warm the availability cache"));
        var launchDay = PhaseOf(parsed, "Switch the booking form to the new service");
        Assert.NotNull(launchDay);
        Assert.True(twoDays.Order < launchDay.Order, "48 hours before the launch comes before launch day");
        Assert.Null(twoDays.ParentIndex);
    }

    [Fact]
    public void Countdown_AnHourBeforeTheLaunch_ComesBeforeTheLaunchItself()
    {
        var parsed = Parse("real-gaps-countdown.md");

        // "## T-1 Hour" is a moment of launch day: inside the Launch day phase, or a sibling ordered before it.
        var hourBefore = PhaseOf(parsed, "Open the launch call");
        var launchDay = PhaseOf(parsed, "Switch the booking form to the new service");
        var hoursAfter = PhaseOf(parsed, "Compare booking counts with the same day last week");
        Assert.NotNull(hourBefore);
        Assert.NotNull(launchDay);
        Assert.NotNull(hoursAfter);
        Assert.True(hourBefore.ParentIndex == launchDay.Index || hourBefore.Order < launchDay.Order,
            $"T-1 hour (order {hourBefore.Order}) runs before T-0 (order {launchDay.Order})");
        Assert.True(hourBefore.Order < hoursAfter.Order);
    }

    [Fact]
    public void Countdown_TheWholePlan_RunsInTimeOrder()
    {
        var parsed = Parse("real-gaps-countdown.md");

        string[] inTimeOrder =
        [
            "Freeze the booking schema",
            "Rehearse the rollback on staging",
            "Stop merging to the release branch",
            "Post the maintenance notice on the status page",
            "Switch the booking form to the new service",
            "Compare booking counts with the same day last week",
            "Review the error budget every morning",
        ];
        var orders = inTimeOrder.Select(t => PhaseOf(parsed, t)?.Order ?? -1).ToList();
        Assert.DoesNotContain(-1, orders);
        Assert.Equal(orders.Order(), orders);
    }

    [Fact]
    public void Countdown_ADurationAfterFor_IsPartOfTheTitle_NotAnEstimate()
    {
        var parsed = Parse("real-gaps-countdown.md");

        // "Keep the error rate under 1% for 1 hour" is a condition to watch, not one hour of work.
        var item = Item(parsed, "Keep the error rate under 1% for 1 hour");
        Assert.Null(item.Estimate);
        Assert.DoesNotContain(parsed.Items, i => i.Title == "Keep the error rate under 1% for");
    }

    [Fact]
    public void Countdown_EveryBoxIsOneItem()
    {
        var parsed = Parse("real-gaps-countdown.md");

        Assert.Equal(10, parsed.Items.Count);
        Assert.All(parsed.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
    }

    // ---- A countdown range and a monitoring window ----

    [Fact]
    public void CountdownRange_T5ToT1Days_IsOnePhaseFromDayMinusFiveToDayMinusOne()
    {
        var parsed = Parse("real-gaps-countdown-range.md");

        var phase = PhaseOf(parsed, "Rotate the production secrets");
        Assert.NotNull(phase);
        Assert.Equal((-5, -1), (phase.StartDay, phase.EndDay));
    }

    [Fact]
    public void CountdownRange_AWindowOfSixHours_IsNoStatedTotalOfWork()
    {
        var parsed = Parse("real-gaps-countdown-range.md");

        // "### First 6 Hours (12:00-18:00)" says how long to watch, not how many hours the checks take.
        var window = PhaseOf(parsed, "Error rate below 0.1%");
        Assert.NotNull(window);
        Assert.Null(window.StatedHours);
    }

    // ---- The first week after launch, written inside the Launch Day section ----

    [Fact]
    public void LaunchWeek_PostLaunchFirstWeek_IsNotAPhaseInsideLaunchDay()
    {
        var parsed = Parse("real-gaps-launch-week.md");

        // A week cannot sit inside a day: the first week after the launch follows launch day.
        var week = PhaseOf(parsed, "Answer every store review within a day");
        var launchDay = PhaseOf(parsed, "Publish the release in both app stores");
        Assert.NotNull(week);
        Assert.NotNull(launchDay);
        Assert.Null(week.ParentIndex);
        Assert.True(week.StartDay >= 1);
        Assert.True(week.Order > launchDay.Order);
        Assert.Equal(week, PhaseOf(parsed, "Ship the first patch release"));
    }

    [Fact]
    public void LaunchWeek_WeekHeadingsOverSuccessCriteria_CreateNoPhases()
    {
        var parsed = Parse("real-gaps-launch-week.md");

        // "### Week 1" and "### Month 1" under "## Success criteria" hold targets, not work.
        Assert.Equal(4, parsed.Items.Count);
        Assert.Equal(2, parsed.Phases.Count);
        Assert.All(parsed.Phases, p => Assert.Contains(parsed.Items, i => i.PhaseIndex == p.Index));
        Assert.DoesNotContain(parsed.Phases, p => p.Name.Contains("Month", StringComparison.Ordinal));
    }

    // ---- Notes and tips with bold leads ----

    [Fact]
    public void Notes_BoldLeadBulletsUnderANotesHeading_AreNoItems()
    {
        var parsed = Parse("real-gaps-notes.md");

        Assert.DoesNotContain(parsed.Items, i => i.Title is "Staging" or "Credentials" or "Time zone");
        Assert.DoesNotContain(parsed.Items, i => i.Line >= 13);
    }

    [Fact]
    public void Notes_OnlyTheBoxesAreItems()
    {
        var parsed = Parse("real-gaps-notes.md");

        Assert.Equal(
        [
            "Run the schema migration on a copy of production",
            "Build the container image from the release tag",
            "Drain the old workers",
            "Start the new workers",
        ],
        parsed.Items.Select(i => i.Title));
    }

    // ---- Boxes with plain sub-steps inside a phase ----

    [Fact]
    public void SubSteps_PlainBulletsUnderABox_AreItsDetails_NotItems()
    {
        var parsed = Parse("real-gaps-substeps.md");

        // One item per box, as the block reading itself says ("a task list: one item per box").
        Assert.Equal(
        [
            "TLS certificates",
            "Database",
            "Load testing",
            "Watch server performance",
            "Check the payment success rate",
        ],
        parsed.Items.Select(i => i.Title));
        Assert.Contains("Redirect plain HTTP to HTTPS", Item(parsed, "TLS certificates").Details ?? "", StringComparison.Ordinal);
        Assert.Contains("Turn on nightly backups", Item(parsed, "Database").Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void SubSteps_ASubStepOfAPlannedBox_DoesNotPullALaterTaskIntoItsPhase()
    {
        var parsed = Parse("real-gaps-substeps.md");

        // "Watch server performance under load" is a step of load testing on days 3-5; the box after
        // go-live with similar words is another task, with no phase and not under "Must have".
        var afterGoLive = Item(parsed, "Watch server performance");
        Assert.Null(afterGoLive.PhaseIndex);
        Assert.Null(afterGoLive.Priority);
        Assert.Equal(22, afterGoLive.Line);
    }

    [Fact]
    public void SubSteps_TheBoxesOfEachDayRange_HaveThatPhaseAndTheMustPriority()
    {
        var parsed = Parse("real-gaps-substeps.md");

        Assert.Equal("Day 1-2", PhaseOf(parsed, "TLS certificates")?.Name);
        Assert.Equal("Day 1-2", PhaseOf(parsed, "Database")?.Name);
        Assert.Equal("Day 3-5", PhaseOf(parsed, "Load testing")?.Name);
        Assert.All(new[] { "TLS certificates", "Database", "Load testing" }, t => Assert.Equal("Must", Item(parsed, t).Priority));
    }

    // ---- An audit whose summary restates its findings as boxes ----

    [Fact]
    public void AuditRestated_EachFindingIsOneItem_AndTheSummaryAddsOnlyWhatIsNew()
    {
        var parsed = Parse("real-gaps-audit-restated.md");

        // The summary's first four boxes restate findings 1-4 in other words; the fifth is new.
        Assert.Equal(
        [
            ("Session tokens never expire", "Critical"),
            ("Admin export skips the tenant check", "Critical"),
            ("No rate limit on the login endpoint", "High"),
            ("Error responses include stack traces", "High"),
            ("Turn on audit logging for admin actions", "High"),
        ],
        parsed.Items.Select(i => (i.Title, i.Priority)));
    }

    [Fact]
    public void AuditRestated_ARestatedBox_JoinsItsFinding_WithTheBoxLineAmongItsLines()
    {
        var parsed = Parse("real-gaps-audit-restated.md");

        Assert.DoesNotContain(parsed.Items, i => i.Title == "Expire session tokens and issue refresh tokens");
        Assert.Contains(45, Item(parsed, "Session tokens never expire").Lines);
        Assert.Contains(46, Item(parsed, "Admin export skips the tenant check").Lines);
    }

    // ---- A reviewer's workflow with STOP markers and MUST / MUST NOT rules ----

    [Fact]
    public void WorkflowRules_AStopMarkerAmongPlainSteps_IsNoItemCalledStop()
    {
        var parsed = Parse("real-gaps-workflow-rules.md");

        Assert.DoesNotContain(parsed.Items, i => i.Title.Equals("STOP", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void WorkflowRules_AMustNotList_RanksNothingAsMust()
    {
        var parsed = Parse("real-gaps-workflow-rules.md");

        // "**MUST NOT**:" lists prohibitions: no item gets Must from it, and no warning says it tried.
        Assert.DoesNotContain(parsed.Warnings, w => w.Line is 24 or 25);
        Assert.DoesNotContain(parsed.Items, i => i.Line is 24 or 25);
    }
}
