using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// The small rules the readers share: which headings rank what is under them, which words name a
/// phase of a countdown or an hour slot, which names a priority list gives by reference, and how each
/// block of a document is said to be read.
/// </summary>
public class ReadingRulesTests
{
    [Theory]
    [InlineData("Critical Issues", "Critical")]
    [InlineData("🔴 CRITICAL (Fix This Week)", "Critical")]
    [InlineData("High priority", "High")]
    [InlineData("High-priority items", "High")]
    [InlineData("Medium Priority (1-3 Months)", "Medium")]
    [InlineData("P0 — must fix before launch", "P0")]
    [InlineData("Should Have (Week 2)", "Should")]
    [InlineData("Nice to have", "Nice")]
    [InlineData("Prioridad alta", "High")]
    [InlineData("Severity: Low", "Low")]
    [InlineData("Tier 1: Critical", "Critical")]
    [InlineData("Tier 3: Nice to Have", "Nice")]
    [InlineData("Task 1: Migrate the database (30 min) 🔴 CRITICAL", "Critical")]
    [InlineData("Rotate the keys (HIGH PRIORITY)", "High")]
    [InlineData("Keep latency low", null)]
    [InlineData("High Availability", null)]
    [InlineData("Low latency reads", null)]
    [InlineData("High-level design", null)]
    [InlineData("Low-hanging fruit", null)]
    [InlineData("Critical Infrastructure Gaps", null)]
    [InlineData("Critical Path (Required Before Launch)", null)]
    public void APriorityHeading_RanksWhatIsUnderIt_ATopicDoesNot(string heading, string? priority) =>
        Assert.Equal(priority, PriorityHeading.Find(heading));

    [Theory]
    [InlineData("T-7 days", "T-7 days", -7)]
    [InlineData("Pre-launch (T-1 day)", "T-1 day", -1)]
    [InlineData("T-2 weeks: freeze", "T-2 weeks", -14)]
    [InlineData("T-48h", "T-48 hours", -2)]
    [InlineData("T+1", "T+1", 1)]
    [InlineData("Launch Day (T-0)", "Launch day (T-0)", 0)]
    [InlineData("Go-live day", "Go-live day", 0)]
    [InlineData("T-Zero: the switch", "T-0", 0)]
    [InlineData("Days 2-7", "Day 2-7", 2)]
    [InlineData("Weeks 2-3", "Week 2-3", 8)]
    [InlineData("Post-launch (first week)", "Week 1", 1)]
    [InlineData("Month two", "Month 2", 31)]
    public void ACountdownOrACalendarStep_IsAPhase_OnTheDaysOfTheLaunch(string text, string name, int startDay)
    {
        var label = PhaseLabel.Find(text);

        Assert.NotNull(label);
        Assert.Equal((name, startDay), (label.Name, label.StartDay));
        Assert.False(label.IsSlot);
    }

    [Theory]
    [InlineData("10:00 AM", "10:00 AM", 600)]
    [InlineData("12:30 PM - smoke tests", "12:30 PM", 750)]
    [InlineData("12:15 AM", "12:15 AM", 15)]
    [InlineData("2pm", "2:00 PM", 840)]
    [InlineData("14:30 cut over", "14:30", 870)]
    [InlineData("6 Hours Before", "6 hours before", -360)]
    [InlineData("5.2 First 6 Hours (12:00-18:00)", "12:00-18:00", 720)]
    [InlineData("T-30 minutes", "T-30 minutes", -30)]
    [InlineData("T-Minus 1 Hour (10:30 PM)", "T-1 hour", -60)]
    public void AnHourSlot_IsOrderedByTheClock(string text, string name, int minute)
    {
        var label = PhaseLabel.Find(text);

        Assert.NotNull(label);
        Assert.Equal((name, minute), (label.Name, label.Minute));
    }

    [Theory]
    [InlineData("Step 3")]
    [InlineData("Upgrade to 3.10")]
    [InlineData("T-shirt sizes")]
    [InlineData("AT-7 relay")]
    [InlineData("Ratio 16:9")]
    public void WordsThatOnlyLookLikeTime_AreNoPhase(string text) => Assert.Null(PhaseLabel.Find(text));

    [Theory]
    [InlineData("MON-001 to MON-004", new[] { "MON-001", "MON-002", "MON-003", "MON-004" })]
    [InlineData("MON-005 a MON-008", new[] { "MON-005", "MON-006", "MON-007", "MON-008" })]
    [InlineData("DEPLOY-01..03", new[] { "DEPLOY-01", "DEPLOY-02", "DEPLOY-03" })]
    [InlineData("SEC-003", new[] { "SEC-003" })]
    [InlineData("Rate limiting implementation", null)]
    [InlineData("MON-001 to SEC-004", null)]
    public void APriorityList_MayNameItemsByReference_RangesIncluded(string text, string[]? references) =>
        Assert.Equal(references, References.Expand(text));

    [Theory]
    [InlineData("Further reading", "further reading")]
    [InlineData("📚 Additional resources", "resources")]
    [InlineData("Resources", "resources")]
    [InlineData("Resources utilisation", null)]
    [InlineData("Tagging resources", null)]
    [InlineData("Success criteria (launch week)", "success targets")]
    [InlineData("Legend", "a legend")]
    [InlineData("Key management", null)]
    [InlineData("Table of contents", "a table of contents")]
    public void ASectionThatNeverListsTasks_IsKnownByItsName_ATopicIsNot(string name, string? reason) =>
        Assert.Equal(reason, SectionWords.NotItemsReason(name));

    [Theory]
    [InlineData("Next steps", true)]
    [InlineData("Recommended next steps", true)]
    [InlineData("🛠️ Remediation plan", true)]
    [InlineData("Action items (week 1)", true)]
    [InlineData("Próximos pasos", true)]
    [InlineData("Actions taken by the attacker", false)]
    [InlineData("Recommendations for the API gateway design", false)]
    public void AnActionList_IsKnownByItsName(string name, bool actions) => Assert.Equal(actions, SectionWords.IsActions(name));

    [Fact]
    public void EveryBlock_SaysHowItWasRead()
    {
        var parsed = new MarkdownImporter().Parse(TestFiles.Read("audit-action-lists.md"));

        Assert.Equal(parsed.Blocks.Select(b => b.Line).Order(), parsed.Blocks.Select(b => b.Line));
        Assert.Equal(
            [
                ("not-items", 0, "a legend: never items"), ("not-items", 0, "a status summary: never items"),
                ("not-items", 0, "a code block: its 3 lines with boxes are example text, never items"), ("not-items", 0, "success targets: never items"),
            ],
            parsed.Blocks.Where(b => b.Kind == BlockKind.NotItems).Take(4).Select(b => (b.KindName, b.Items, b.Reason)));
        Assert.Equal([4, 3, 3], parsed.Blocks.Where(b => b.Reason.StartsWith("an action list", StringComparison.Ordinal)).Select(b => b.Items));
        Assert.Equal(parsed.Items.Count, parsed.Blocks.Where(b => b.Kind == BlockKind.Items).Sum(b => b.Items));
    }

    [Fact]
    public void ARunOfHeadings_IsOneBlock_WithItsItems()
    {
        var parsed = new MarkdownImporter().Parse(TestFiles.Read("headings-as-checks.md"));

        var runs = parsed.Blocks.Where(b => b.Reason.StartsWith("headings with prose", StringComparison.Ordinal)).ToList();
        Assert.Equal([3, 3, 2], runs.Select(r => r.Items));
        Assert.All(runs, r => Assert.Equal(BlockKind.Items, r.Kind));
        Assert.Contains(parsed.Blocks, b => b.Reason == "a table of contents: never items");
    }
}
