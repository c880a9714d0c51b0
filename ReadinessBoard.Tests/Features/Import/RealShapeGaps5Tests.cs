using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Assessment tables whose answers are columns of their own ("Not satisfied | Partially satisfied | Totally satisfied",
/// "Yes | No | N/A"), a row marking one with an X, and whose Item column only repeats categories beside a description.
/// The fixture is written anew in the shape of public readiness assessments.
/// </summary>
public class RealShapeGaps5Tests
{
    private static ParseResult Parse() => new MarkdownImporter().Parse(TestFiles.Read("real-gaps5-answer-columns.md"));

    private static ParsedItem Item(ParseResult parsed, string title) => Assert.Single(parsed.Items, i => i.Title == title);

    [Fact]
    public void AnswerColumns_EveryRowIsAnItem_TitledByItsDescription()
    {
        var parsed = Parse();

        Assert.Equal(14, parsed.Items.Count);
        Assert.Contains(parsed.Items, i => i.Title == "A current diagram shows every dependency of the service");
        Assert.DoesNotContain(parsed.Items, i => i.Title == "Architecture");
    }

    [Fact]
    public void AnswerColumns_TheMarkedColumnIsTheStatus()
    {
        var parsed = Parse();

        Assert.Equal(ItemStatus.Done, Item(parsed, "A current diagram shows every dependency of the service").Status);
        Assert.Equal(ItemStatus.InProgress, Item(parsed, "Single points of failure are listed with their mitigation").Status);
        Assert.Equal(ItemStatus.Done, Item(parsed, "Dashboards show the four golden signals").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Alerts page the on-call rotation, not a mailbox").Status);
        Assert.Equal(ItemStatus.NotApplicable, Item(parsed, "Synthetic probes run from two regions").Status);
    }

    [Fact]
    public void AnswerColumns_ARowMarkingNothing_IsOpen()
    {
        var parsed = Parse();

        Assert.Equal(ItemStatus.Open, Item(parsed, "The service degrades gracefully when the cache is down").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Has security reviewed the public endpoints?").Status);
    }

    [Fact]
    public void AnswerColumns_ARowMarkingTwoAnswers_IsOpenAndWarned()
    {
        var parsed = Parse();

        var restores = Item(parsed, "Restores from backup were rehearsed this quarter");
        Assert.Equal(ItemStatus.Open, restores.Status);
        Assert.Contains(parsed.Warnings, w => w.Line == restores.Line && w.Message.Contains("\"Partially satisfied\" and \"Totally satisfied\"", StringComparison.Ordinal));
    }

    [Fact]
    public void AnswerColumns_TheCategoryIsKeptInTheDetails()
    {
        var parsed = Parse();

        Assert.Contains("Item: Monitoring", Item(parsed, "Dashboards show the four golden signals").Details, StringComparison.Ordinal);
    }

    [Fact]
    public void YesNoColumns_TickedYesIsDone_NoIsOpen_NaIsNotApplicable()
    {
        var parsed = Parse();

        Assert.Equal(ItemStatus.Done, Item(parsed, "Is the load test result signed off?").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Are feature flags documented?").Status);
        Assert.Equal(ItemStatus.NotApplicable, Item(parsed, "Is the data retention policy approved?").Status);
        Assert.Equal("Ran at 3x peak", Item(parsed, "Is the load test result signed off?").Details);
    }

    [Fact]
    public void AnswerColumns_TheReadingNamesThem()
    {
        var parsed = Parse();

        Assert.Contains(parsed.Blocks, b => b.Reason.Contains("the status is the column each row marks: Not satisfied, Partially satisfied, Totally satisfied, Not applicable", StringComparison.Ordinal));
    }

    [Fact]
    public void VerdictBoxes_UnderOverallStatus_AreTheOptionsOfOneField()
    {
        var parsed = Parse();

        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("HOLD", StringComparison.Ordinal) || i.Title.StartsWith("CLEARED", StringComparison.Ordinal));
        Assert.Contains(parsed.Blocks, b => b.Reason.Contains("the options of one field (CLEARED / REVIEW / HOLD)", StringComparison.Ordinal));
    }

    [Fact]
    public void VerdictBoxes_PriorityLeadsElsewhere_StayTasks_Control()
    {
        var parsed = Parse();

        Assert.Equal("Critical", Item(parsed, "Page the on-call rotation from the payment alerts").Priority);
        Assert.Equal("High", Item(parsed, "Rehearse a restore end to end").Priority);
    }

    [Theory]
    [InlineData("| Feature | Done | Verified |\n|---|---|---|\n| Backups | yes | yes |\n")]
    [InlineData("| Task | Status | Notes |\n|---|---|---|\n| Backups | Done | nightly |\n")]
    public void AnswerColumns_NeedTwoDifferentAnswers(string table)
    {
        var columns = TableColumns.Find(
            [.. table.Split('\n')[0].Trim('|').Split('|').Select(h => h.Trim())],
            [[.. table.Split('\n')[2].Trim('|').Split('|').Select(c => c.Trim())]]);

        Assert.NotNull(columns);
        Assert.Empty(columns.Answers);
    }
}
