using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// The person importing reads a block another way: a table as items with the columns they name, a list
/// as items or as none, a run of headings as items or as sections. A choice names its block by an anchor
/// that survives a newer version of the document, and a choice for a block that is gone does nothing.
/// </summary>
public class ReadingChoicesTests
{
    private const string Document = """
        # Payments launch

        Who does what before the launch.

        ## Owners

        | Area | Person | Notes |
        |------|--------|-------|
        | Rotate the signing keys | Priya | staging first |
        | Load test at twice the peak | Sam | |

        ## Ideas

        - Add a canary stage
        - Move logs to the cheaper tier

        ## Checks

        - [ ] Alerts route to the on-call phone
        - [x] Dashboards are shared

        ## Guides

        ### Keep the runbook next to the alert

        Every page links to the step that fixes it.

        ### Rehearse the restore

        Restore last night's backup into staging each month.
        """;

    private static ParseResult Parse(string markdown, ReadingChoices? choices = null) =>
        new MarkdownImporter().Parse(markdown, null, choices ?? ReadingChoices.None);

    private static BlockReading Block(ParseResult parsed, int line) => Assert.Single(parsed.Blocks, b => b.Line == line);

    [Fact]
    public void WithoutChoices_TheTableIsKept_TheIdeasAreNoItems_AndTheGuideIsSections()
    {
        var parsed = Parse(Document);

        Assert.Equal(["Alerts route to the on-call phone", "Dashboards are shared"], parsed.Items.Select(i => i.Title));
        Assert.Equal((BlockKind.Table, BlockShape.Table), (Block(parsed, 7).Kind, Block(parsed, 7).Shape));
        Assert.Equal(["Area", "Person", "Notes"], Block(parsed, 7).Headers);
        Assert.Equal(BlockKind.NotItems, Block(parsed, 14).Kind);
        Assert.Equal((BlockKind.NotItems, BlockShape.Headings), (Block(parsed, 24).Kind, Block(parsed, 24).Shape));
        Assert.All(parsed.Blocks, b => Assert.False(b.Chosen));
    }

    [Fact]
    public void ATableReadAsItems_TakesItsTitleAndOwnerFromTheNamedColumns()
    {
        var table = Block(Parse(Document), 7);

        var parsed = Parse(Document, new([new ReadingChoice(table.Anchor, AsItems: true, new ChosenColumns(Title: 0, Owner: 1))]));

        Assert.Equal(
            [("Rotate the signing keys", "Priya"), ("Load test at twice the peak", "Sam")],
            parsed.Items.Where(i => i.Line is 9 or 10).Select(i => (i.Title, i.Owner)));
        var block = Block(parsed, 7);
        Assert.True(block.Chosen);
        Assert.Equal((BlockKind.Items, 2), (block.Kind, block.Items));
        Assert.Equal(new ChosenColumns(0, Owner: 1), block.Columns);
        Assert.StartsWith("read as items, as you chose", block.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ATableNamedAsItemsWithoutColumns_TakesItsTitleFromTheFirstColumn()
    {
        var table = Block(Parse(Document), 7);

        var parsed = Parse(Document, new([new ReadingChoice(table.Anchor, AsItems: true)]));

        Assert.Equal(["Rotate the signing keys", "Load test at twice the peak"], parsed.Items.Where(i => i.Line is 9 or 10).Select(i => i.Title));
    }

    [Fact]
    public void AListReadAsItems_GivesAnItemPerLine_AndATaskListReadAsNoItems_GivesNone()
    {
        var plain = Parse(Document);
        var choices = new ReadingChoices([new ReadingChoice(Block(plain, 14).Anchor, AsItems: true), new ReadingChoice(Block(plain, 19).Anchor, AsItems: false)]);

        var parsed = Parse(Document, choices);

        Assert.Equal(["Add a canary stage", "Move logs to the cheaper tier"], parsed.Items.Select(i => i.Title));
        Assert.All(parsed.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.Equal((BlockKind.NotItems, 0, "not items, as you chose"), (Block(parsed, 19).Kind, Block(parsed, 19).Items, Block(parsed, 19).Reason));
    }

    [Fact]
    public void ARunOfHeadingsReadAsItems_GivesAnItemPerHeading_WithItsProse()
    {
        var run = Block(Parse(Document), 24);

        var parsed = Parse(Document, new([new ReadingChoice(run.Anchor, AsItems: true)]));

        var guide = parsed.Items.Where(i => parsed.SectionPath(i.SectionIndex) == "Guides").ToList();
        Assert.Equal(["Keep the runbook next to the alert", "Rehearse the restore"], guide.Select(i => i.Title));
        Assert.Equal("Every page links to the step that fixes it.", guide[0].Details);
    }

    [Fact]
    public void AChoice_HoldsForANewerVersion_WhoseLinesMoved()
    {
        var table = Block(Parse(Document), 7);
        var newer = Document.Replace("Who does what before the launch.", "Who does what before the launch.\n\nRead this first.\n\nAnd this.", StringComparison.Ordinal)
            .Replace("| Load test at twice the peak | Sam | |", "| Load test at twice the peak | Sam | |\n| Freeze the schema | Lee | |", StringComparison.Ordinal);

        var parsed = Parse(newer, new([new ReadingChoice(table.Anchor, AsItems: true, new ChosenColumns(0, Owner: 1))]));

        Assert.Equal(["Priya", "Sam", "Lee"], parsed.Items.Where(i => i.Owner is not null).Select(i => i.Owner));
        Assert.True(Block(parsed, 11).Chosen);
    }

    [Fact]
    public void TwoBlocksThatStartAlike_HaveTheirOwnAnchors()
    {
        const string twice = "# T\n\n## A\n\n- one\n- two\n\nText.\n\n- one\n- three\n";

        var parsed = Parse(twice);

        Assert.Equal(2, parsed.Blocks.Select(b => b.Anchor).Distinct().Count());
    }

    [Fact]
    public void Choices_RoundTripAsStoredWithABoard_AndUnreadableTextIsNone()
    {
        var choices = new ReadingChoices([new ReadingChoice("table: Owners: area | person", true, new ChosenColumns(0, Owner: 1)), new ReadingChoice("list: Ideas: add", false)]);

        var again = ReadingChoices.FromJson(choices.ToJson());

        Assert.Equal(choices.All.OrderBy(c => c.Anchor), again.All.OrderBy(c => c.Anchor));
        Assert.Null(ReadingChoices.None.ToJson());
        Assert.Equal(0, ReadingChoices.FromJson("{not json").Count);
        Assert.Equal(0, ReadingChoices.FromJson(null).Count);
    }

    [Fact]
    public void PreparingWithChoices_KeepsOnlyTheChoicesThatNameABlockOfTheDocument()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(Document);
        var table = Block(Parse(Document), 7);

        var prepared = DocumentImport.Prepare(bytes, "launch.md", choices: new([new ReadingChoice(table.Anchor, true), new ReadingChoice("list: Gone: old", true)]));

        Assert.Equal([table.Anchor], prepared.Choices.All.Select(c => c.Anchor));
        Assert.Equal(4, prepared.Parsed.Items.Count);
        Assert.Equal(2, prepared.WithChoices(ReadingChoices.None).Parsed.Items.Count);
    }
}
