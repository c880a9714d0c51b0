using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Shapes found in a fourth round of public documents: database migration pre-flight and rollout checklists,
/// go-live checklists written in Japanese and Italian, mobile and desktop release checklists, and completion
/// reports that restate what is done with ✅ lines. Each fixture is written anew in the shape of the public
/// documents; each test checks what a person reading it would count.
/// </summary>
public class RealShapeGaps4Tests
{
    private static ParseResult Parse(string file) => new MarkdownImporter().Parse(TestFiles.Read(file));

    private static ParsedItem Item(ParseResult parsed, string title) => Assert.Single(parsed.Items, i => i.Title == title);

    // ---- Japanese and Italian ----

    [Fact]
    public void ForeignTables_AJapaneseCheckItemTable_IsOneItemPerRowWithItsOwner()
    {
        var parsed = Parse("real-gaps4-japanese-and-italian.md");

        // チェック項目 (check item), タイミング (when), 担当 (who is in charge), 記録 (record, still ✅/❌ to fill in).
        Assert.Equal("Dev", Item(parsed, "単体テストのCIが通る").Owner);
        Assert.Equal("QA", Item(parsed, "負荷試験の結果を共有").Owner);
        Assert.Equal("Sec", Item(parsed, "脆弱性レビュー完了").Owner);
    }

    [Fact]
    public void Titles_APlaceholderInAngleBracketsOutsideCode_StaysInTheTitle()
    {
        var parsed = Parse("real-gaps4-japanese-and-italian.md");

        // "kubectl logs <pod-name>" is a placeholder the reader fills in, not an HTML tag to drop.
        Assert.Contains(parsed.Items, i => i.Title == "新しいpodのログを kubectl logs <pod-name> で確認したか");
        Assert.Contains(parsed.Items, i => i.Title == "切り戻し用に <current-tag> を控えたか");
        Assert.DoesNotContain(parsed.Items, i => i.Title == "切り戻し用に を控えたか");
    }

    [Fact]
    public void Titles_AnItalianStatusAfterTheTask_IsDroppedFromTheTitle()
    {
        var parsed = Parse("real-gaps4-japanese-and-italian.md");

        // "- ✅ COMPLETATO" is "- ✅ COMPLETED", "- IN CORSO" is "- IN PROGRESS": status words, never the title.
        Assert.Equal(ItemStatus.Done, Item(parsed, "Configurare il bilanciatore di produzione").Status);
        Assert.Equal(ItemStatus.Done, Item(parsed, "Ruotare le chiavi di firma").Status);
        Assert.Contains(parsed.Items, i => i.Title == "Verificare i backup notturni");
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("COMPLETATO", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("IN CORSO", StringComparison.Ordinal));
    }

    [Fact]
    public void TaskList_JapaneseBoxes_AreOneItemPerBox_Control()
    {
        var parsed = Parse("real-gaps4-japanese-and-italian.md");

        Assert.Equal(ItemStatus.Open, Item(parsed, "Pod が全て Running になっているか").Status);
    }

    // ---- Lines that only look like tasks ----

    [Fact]
    public void Instructions_HowToUseTheChecklist_AreNoItems()
    {
        var parsed = Parse("real-gaps4-results-and-outcomes.md");

        // The numbered lines under "How to use this checklist" say how to tick the boxes; one bold line among them is no task.
        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("Do not begin the cutover", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("Work through the boxes", StringComparison.Ordinal));
    }

    [Fact]
    public void TaskList_BoxesBeforeTheOutcome_AreItems_Control()
    {
        var parsed = Parse("real-gaps4-results-and-outcomes.md");

        Assert.Equal(ItemStatus.Open, Item(parsed, "Snapshot of the ledger database taken").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Replica lag under five seconds").Status);
    }

    // ---- Subtitles and sign-offs ----

    [Fact]
    public void Subtitle_ASubtitleOverTheDocumentsDateAndStatus_IsNoItem()
    {
        var parsed = Parse("real-gaps4-subtitle-and-signoff.md");

        // "## Auto-update rollout validation" then "**Date:**" and "**Status:** Pre-Launch" describe the document, not a task.
        Assert.DoesNotContain(parsed.Items, i => i.Title == "Auto-update rollout validation");
    }

    [Fact]
    public void SignOff_ARoleTableWithASignOffColumnOfBallotBoxes_IsOneOpenItemPerRole()
    {
        var parsed = Parse("real-gaps4-subtitle-and-signoff.md");

        // | Role | Name | Date | Sign-Off | with ☐ in the last column: three sign-offs still to collect.
        var signOffs = parsed.Items.Where(i => i.Line >= 18).ToList();
        Assert.Equal(3, signOffs.Count);
        Assert.All(signOffs, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.Contains(signOffs, i => i.Title.Contains("QA", StringComparison.Ordinal));
        Assert.Contains(signOffs, i => i.Title.Contains("Product Owner", StringComparison.Ordinal));
    }

    [Fact]
    public void TaskList_BuildBoxes_AreItems_Control()
    {
        var parsed = Parse("real-gaps4-subtitle-and-signoff.md");

        Assert.Equal(ItemStatus.Open, Item(parsed, "Installer signed with the release certificate").Status);
    }
}
