using Markdig;
using Markdig.Extensions.TaskLists;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

public class MarkdownImporterTests
{
    private readonly MarkdownImporter _importer = new();

    [Fact]
    public void Parse_TakesTheFirstLevelOneHeadingAsTitle()
    {
        var result = _importer.Parse(TestFiles.Read("nested-tasks.md"));

        Assert.Equal("Nested tasks", result.Title);
    }

    [Fact]
    public void Pipeline_ReadsTaskBoxes_WithoutAttachingHtmlClasses()
    {
        var document = Markdown.Parse("- [x] done\n- [ ] open\n", MarkdownImporter.Pipeline);

        var boxes = document.Descendants<TaskList>().Select(t => t.Checked).ToList();
        Assert.Equal([true, false], boxes);
        Assert.All(document.Descendants<Block>(), block => Assert.Null(block.TryGetAttributes()));
    }

    [Fact]
    public void Parse_ReadsImpactEffortAndRisk_OnTheirScale_AndFreeTextAsDetails()
    {
        var result = _importer.Parse(
            "# Levels\n\n### 1. Plain words\n**Impact:** HIGH | **Effort:** med | **Risk:** Moderate\n\n" +
            "### 2. Longer cells\n**Impact:** Very high ✅ | **Effort:** low-ish (2h) | **Risk:** -\n\n**Why:** Because.\n\n" +
            "### 3. Scores and words\n**Impact:** Cross-tenant data leak | **Effort:** 8 hours | **Risk:** 4/5\n");

        Assert.Equal(
            [
                ("Plain words", "High", "Medium", "Medium", (string?)null),
                ("Longer cells", "Critical", "Low", null, "Why: Because."),
                ("Scores and words", null, null, "High", "Impact: Cross-tenant data leak"),
            ],
            result.Items.Select(i => (i.Title, i.Impact, i.Effort, i.Risk, i.Details)).ToList());
        Assert.Equal([new HourRange(2, 2), new HourRange(8, 8)], result.Items.Skip(1).Select(i => i.Estimate));
    }

    [Theory]
    [InlineData("High", "High")]
    [InlineData("HIGH - data loss", "High")]
    [InlineData("⭐⭐⭐", "Medium")]
    [InlineData("2", "Low")]
    [InlineData("9/10", "Critical")]
    [InlineData("XL", "Critical")]
    [InlineData("Alta", "High")]
    [InlineData("Cross-tenant data leak", null)]
    [InlineData("8 hours", null)]
    [InlineData("Low latency for every tenant in the cluster", null)]
    public void AnImpactOrEffort_IsALevel_OnlyOnAScale(string cell, string? level) => Assert.Equal(level, ScaleLevel.Of(cell));

    [Fact]
    public void Parse_UsesTheFallbackTitle_WhenTheDocumentHasNoTitle()
    {
        Assert.Equal("fallback", _importer.Parse("- [ ] a", "fallback").Title);
        Assert.Equal("Untitled checklist", _importer.Parse("- [ ] a").Title);
    }

    [Fact]
    public void Parse_FindsTaskItemsAtAnyDepth_WithTheirStatusLineAndIndent()
    {
        var result = _importer.Parse(TestFiles.Read("nested-tasks.md"));

        var items = result.Items.Select(i => (i.Title, i.Status, i.Depth, i.Line)).ToList();
        Assert.Equal(
            [
                ("Top done", ItemStatus.Done, 0, 5),
                ("Child open", ItemStatus.Open, 1, 6),
                ("Grandchild done with capital X", ItemStatus.Done, 2, 7),
                ("Top open with code and bold and a link", ItemStatus.Open, 0, 8),
                ("But a task under a plain bullet is", ItemStatus.Open, 0, 10),
                ("Not applicable (GitLab style)", ItemStatus.NotApplicable, 0, 16),
                ("Same title", ItemStatus.Open, 0, 17),
                ("Same title", ItemStatus.Open, 0, 18),
                ("Ordered task", ItemStatus.Open, 0, 22),
                ("Ordered done", ItemStatus.Done, 0, 23),
                ("Task inside a quote", ItemStatus.Open, 0, 25),
            ],
            items);
    }

    [Fact]
    public void Parse_NestsSectionsAsTheHeadingsDo()
    {
        var result = _importer.Parse(TestFiles.Read("nested-tasks.md"));

        Assert.Equal(["Section A", "Sub A1", "Section B"], result.Sections.Select(s => s.Title));
        Assert.Null(result.Sections[0].ParentIndex);
        Assert.Equal(0, result.Sections[1].ParentIndex);
        Assert.Null(result.Sections[2].ParentIndex);
        var notApplicable = result.Items.Single(i => i.Status == ItemStatus.NotApplicable);
        Assert.Equal(1, notApplicable.SectionIndex);
    }

    [Fact]
    public void Parse_GivesEveryItemAUniqueStableKey()
    {
        var first = _importer.Parse(TestFiles.Read("nested-tasks.md"));
        var second = _importer.Parse(TestFiles.Read("nested-tasks.md"));

        Assert.Equal(first.Items.Count, first.Items.Select(i => i.Key).Distinct().Count());
        Assert.Equal(first.Items.Select(i => i.Key), second.Items.Select(i => i.Key));
        Assert.Contains("section-a-sub-a1-same-title", first.Items.Select(i => i.Key));
        Assert.Contains("section-a-sub-a1-same-title-2", first.Items.Select(i => i.Key));
    }

    [Fact]
    public void Parse_WarnsAboutAnEmptyTask_WithItsLine()
    {
        var result = _importer.Parse("# T\n\n- [ ] real\n- [ ]  \n");

        Assert.Single(result.Items);
        var warning = Assert.Single(result.Warnings);
        Assert.Equal(4, warning.Line);
    }

    [Fact]
    public void Parse_RefusesTooManyItems_NamingTheLine()
    {
        var importer = new MarkdownImporter(ImportLimits.Default with { MaxItems = 2 });

        var error = Assert.Throws<ImportException>(() => importer.Parse("- [ ] a\n- [ ] b\n- [ ] c\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("more than 2 items", error.Message);
    }

    [Fact]
    public void Parse_RefusesNestingDeeperThanTheLimit()
    {
        var importer = new MarkdownImporter(ImportLimits.Default with { MaxDepth = 3 });
        var deep = string.Concat(Enumerable.Range(0, 6).Select(i => new string(' ', i * 2) + "- [ ] level " + i + "\n"));

        var error = Assert.Throws<ImportException>(() => importer.Parse(deep));

        Assert.Contains("levels deep", error.Message);
        Assert.NotNull(error.Line);
    }

    [Fact]
    public void Parse_ShortensOverlongTitles_WithAWarning()
    {
        var result = _importer.Parse("- [ ] " + new string('a', 5000));

        Assert.Equal(ImportLimits.Default.MaxTitleLength, result.Items.Single().Title.Length);
        Assert.Contains(result.Warnings, w => w.Line == 1 && w.Message.Contains("shortened"));
    }

    [Fact]
    public void Parse_TheShippedSampleBoard_HasItemsInEverySection()
    {
        var result = _importer.Parse(SampleBoardSeeder.ReadSample());

        Assert.Equal("Payments API: production readiness", result.Title);
        Assert.Equal(25, result.Items.Count);
        Assert.Equal(5, result.Items.Count(i => i.Status == ItemStatus.Done));
        Assert.Equal(1, result.Items.Count(i => i.Status == ItemStatus.NotApplicable));
        Assert.Empty(result.Warnings);
    }
}
