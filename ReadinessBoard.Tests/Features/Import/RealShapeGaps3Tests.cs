using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Shapes found in a third round of public documents that are neither launch plans nor security audits:
/// production and operational readiness reviews, go-live handovers and compliance templates drawn with the
/// ballot-box character (☐ ☑), release checklists and definitions of done written as plain numbered lines,
/// disaster-recovery runbooks with <c>1)</c> steps and RTO/RPO figures, go-live tables headed in German,
/// Portuguese and French, a Spanish priority scale led by BLOQUEANTE, performance budgets, and review
/// tables ticked with <c>[x]</c> in a cell. Each fixture is written anew in the shape of the public documents;
/// each test checks what a person reading it would count.
/// </summary>
public class RealShapeGaps3Tests
{
    private static ParseResult Parse(string file) => new MarkdownImporter().Parse(TestFiles.Read(file));

    private static ParsedItem Item(ParseResult parsed, string title) => Assert.Single(parsed.Items, i => i.Title == title);

    // ---- Boxes drawn with the ballot-box character ----

    [Fact]
    public void BallotBoxes_BulletsThatStartWithAnEmptyBallotBox_AreOpenItems()
    {
        var parsed = Parse("real-gaps3-ballot-boxes.md");

        // "- ☐ Dashboards show …" is "- [ ] Dashboards show …" drawn with U+2610.
        foreach (var title in new[]
                 {
                     "Dashboards show latency, traffic, errors and saturation", "Pages reach the team that owns the service",
                     "Restore from last night's snapshot rehearsed",
                 })
        {
            Assert.Equal(ItemStatus.Open, Item(parsed, title).Status);
        }
    }

    [Fact]
    public void BallotBoxes_LinesOfAParagraphThatEachStartWithABallotBox_AreOneItemPerLine()
    {
        var parsed = Parse("real-gaps3-ballot-boxes.md");

        // A compliance template writes its checks as lines of one paragraph, each starting with ☐.
        Assert.Equal(ItemStatus.Open, Item(parsed, "Retention period written down for each data store").Status);
        Assert.Contains(parsed.Items, i => i.Title.StartsWith("Consent", StringComparison.Ordinal));
        Assert.Contains(parsed.Items, i => i.Title.StartsWith("Contract", StringComparison.Ordinal));
    }

    [Fact]
    public void Placeholders_TemplateRowsOfDoubleBracePlaceholders_AreNoItems()
    {
        var parsed = Parse("real-gaps3-ballot-boxes.md");

        // "| {{ACTION_1}} | {{OWNER_1}} | {{DEADLINE_1}} | {{STATUS_1}} |" is a row still to be filled in, like "____".
        Assert.DoesNotContain(parsed.Items, i => i.Title.Contains("{{", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Items, i => (i.Owner ?? "").Contains("{{", StringComparison.Ordinal));
    }

    [Fact]
    public void BallotBoxes_ACheckedBallotBoxInADoneColumn_IsDone_Control()
    {
        var parsed = Parse("real-gaps3-ballot-boxes.md");

        var freeze = Item(parsed, "Freeze writes to the old ledger");
        Assert.Equal(ItemStatus.Done, freeze.Status);
        Assert.Equal("Dana", freeze.Owner);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Announce the maintenance window").Status);
    }

    // ---- Checklists written as plain numbered lines ----

    [Fact]
    public void NumberedChecklist_NumberedLinesUnderAChecklistHeading_AreOneItemPerLine()
    {
        var parsed = Parse("real-gaps3-numbered-checklists.md");

        // "## Release checklist" then "1. Refresh the changelog": the heading says the lines are checks, boxes or not.
        foreach (var title in new[]
                 {
                     "Refresh the changelog", "Regenerate the manual pages", "Run the fuzzer overnight and file every crash",
                     "Bump the version and commit", "Upload the signed tarball",
                 })
        {
            Assert.Equal(ItemStatus.Open, Item(parsed, title).Status);
        }
    }

    [Fact]
    public void NumberedChecklist_BulletsNestedUnderANumberedCheck_AreItsDetailsNotItems()
    {
        var parsed = Parse("real-gaps3-numbered-checklists.md");

        var fuzz = Item(parsed, "Run the fuzzer overnight and file every crash");
        Assert.Contains("debug build", fuzz.Details ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(parsed.Items, i => i.Title is "debug build" or "optimised build");
    }

    [Fact]
    public void NumberedChecklist_TheCriteriaOfADefinitionOfDone_AreItems()
    {
        var parsed = Parse("real-gaps3-numbered-checklists.md");

        Assert.Contains(parsed.Items, i => i.Title == "Every acceptance criterion is demonstrated");
        Assert.Contains(parsed.Items, i => i.Title == "A second engineer approved the pull request");
        Assert.Contains(parsed.Items, i => i.Title == "The change reached staging without manual steps");
    }

    [Fact]
    public void NumberedChecklist_StepsNumberedWithAParenthesisUnderAFailoverChecklist_AreItems()
    {
        var parsed = Parse("real-gaps3-numbered-checklists.md");

        // "1) Confirm …" is an ordered list like "1. Confirm …", under "### Failover checklist".
        Assert.Contains(parsed.Items, i => i.Title == "Confirm the primary region is really unreachable");
        Assert.Contains(parsed.Items, i => i.Title == "Promote the replica in the standby region");
        Assert.Contains(parsed.Items, i => i.Title == "Point DNS at the standby endpoints");
    }

    [Fact]
    public void Figures_BoldLeadsWithTheColonAfterTheBold_AreRecoveryTargetsNotItems()
    {
        var parsed = Parse("real-gaps3-numbered-checklists.md");

        // "- **Recovery time objective (RTO)**: two hours at most" is a figure like "- **Error rate:** <1%".
        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("Recovery time objective", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("Recovery point objective", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("Yearly availability", StringComparison.Ordinal));
    }

    // ---- Go-live tables in other languages ----

    [Theory]
    // Aufgabe (task), Verantwortlich (responsible), Fällig (due); erledigt is done, offen open.
    [InlineData("Lasttest mit doppelter Spitzenlast fahren", "Jonas", "Rücksicherung der Datenbank proben", ItemStatus.Open)]
    // Tarefa (task), Responsável, Prazo (deadline), Situação (status): Concluído is done, Pendente open.
    [InlineData("Revisar os alertas de pagamento", "Ana", "Testar a restauração do backup", ItemStatus.Open)]
    // Tâche (task), Responsable, Échéance (deadline), Statut: Terminé is done, En cours in progress.
    [InlineData("Vérifier la rotation des journaux", "Luc", "Répéter la bascule vers le site de secours", ItemStatus.InProgress)]
    public void ForeignTables_AGermanPortugueseOrFrenchTaskTable_IsOneItemPerRowWithOwnerDueAndStatus(
        string done, string owner, string other, ItemStatus otherStatus)
    {
        var parsed = Parse("real-gaps3-foreign-tables.md");

        var first = Item(parsed, done);
        Assert.Equal(ItemStatus.Done, first.Status);
        Assert.Equal(owner, first.Owner);
        Assert.Equal(new DateOnly(2026, 3, 2), first.Due);
        Assert.Equal(otherStatus, Item(parsed, other).Status);
    }

    [Fact]
    public void ForeignTables_AFrenchIntituleColumn_TitlesTheRowsAndTheTaskNumberIsTheReference()
    {
        var parsed = Parse("real-gaps3-foreign-tables.md");

        // "| Task N° | Intitulé | Affectation | Status |": Intitulé (title) is the task, "#T1" only its number.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "#T1" or "#T2");
        Assert.Equal(ItemStatus.Done, Item(parsed, "Poser le squelette de l'application").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Créer le schéma de la base").Status);
    }

    [Fact]
    public void ForeignTables_ASpanishBloqueantePriority_IsCriticalNotBelowCritico()
    {
        var parsed = Parse("real-gaps3-foreign-tables.md");

        // "🔴 BLOQUEANTE" (blocker: do not deploy) ranks above "🟠 CRÍTICO"; English "Blocker" is already Critical.
        Assert.Equal("Critical", Item(parsed, "El código está fusionado en la rama principal").Priority);
    }

    [Fact]
    public void ForeignTables_ASpanishCriticoPriority_IsCritical_Control()
    {
        var parsed = Parse("real-gaps3-foreign-tables.md");

        var tags = Item(parsed, "Las etiquetas de versión están creadas");
        Assert.Equal("Critical", tags.Priority);
        Assert.Equal("1.2", tags.Ref);
        Assert.Equal(ItemStatus.Open, tags.Status);
    }

    [Fact]
    public void ForeignTables_AColumnOfBlockerAndHighUnderAnotherHeader_IsTheRowsPriority()
    {
        var parsed = Parse("real-gaps3-foreign-tables.md");

        // "| # | Item | Tipo | Status | Owner |" with "🔴 Blocker" and "🟠 High" under Tipo (type): every cell is a priority.
        Assert.Equal("Critical", Item(parsed, "Página inicial restaurada").Priority);
        Assert.Equal("High", Item(parsed, "Menu de prévia só com a flag ligada").Priority);
    }

    // ---- Readiness reviews and budgets ----

    [Fact]
    public void ReviewTable_AnXInBracketsUnderStatus_IsDone()
    {
        var parsed = Parse("real-gaps3-reviews-and-budgets.md");

        // A template's Status cells hold "[ ]"; a reviewer ticks one as "[x]", as in a task list.
        Assert.Equal(ItemStatus.Done, Item(parsed, "Data retention rules agreed with legal").Status);
    }

    [Fact]
    public void ReviewTable_EmptyBracketsUnderStatus_AreOpenItemsWithTheirNumber_Control()
    {
        var parsed = Parse("real-gaps3-reviews-and-budgets.md");

        var contracts = Item(parsed, "Interface contracts signed off by both teams");
        Assert.Equal(ItemStatus.Open, contracts.Status);
        Assert.Equal("1.1", contracts.Ref);
    }

    [Fact]
    public void ReviewTable_AnActionItemsTableWithOnlyRowNumbers_IsNoItems_Control()
    {
        var parsed = Parse("real-gaps3-reviews-and-budgets.md");

        // "| 1 | | | | |" rows wait to be filled in; the GO / NO-GO boxes are one choice.
        Assert.Equal(2, parsed.Items.Count);
    }

    [Fact]
    public void PerformanceBudget_AMetricBudgetAndCurrentTable_IsKpisWithTheBudgetAsTarget()
    {
        var parsed = Parse("real-gaps3-reviews-and-budgets.md");

        // "| Metric | Budget | Current | Status |": a budget is the target a metric must stay within.
        Assert.Equal(3, parsed.Metrics.Count);
        var api = Assert.Single(parsed.Metrics, m => m.Name == "Checkout API p95");
        Assert.Equal("250ms", api.Target.Text);
        Assert.Equal("310ms", api.Current.Text);
    }

    // ---- Release steps as numbered headings ----

    [Fact]
    public void ReleaseSteps_AStepHeadingWithNothingUnderIt_IsAsMuchAStepAsItsSiblings()
    {
        var parsed = Parse("real-gaps3-release-steps.md");

        // "#### 1. Verify that every issue …" is followed at once by "#### 2. …", whose code block is its only content.
        Assert.Contains(parsed.Items, i => i.Title == "Verify that every issue in the milestone is closed");
        Assert.Equal(4, parsed.Items.Count);
    }

    [Fact]
    public void ReleaseSteps_NumberedStepHeadingsWithCommandsUnderThem_AreItems_Control()
    {
        var parsed = Parse("real-gaps3-release-steps.md");

        Assert.Contains(parsed.Items, i => i.Title == "Verify that the continuous integration runs are green");
        Assert.Contains(parsed.Items, i => i.Title == "Tag the release with a signed tag");
        Assert.Contains(parsed.Items, i => i.Title == "Upload the tarball and its checksum to the release page");
    }

    // ---- A legend written as bold leads ----

    [Fact]
    public void Legend_BoldLeadsOfAMarkAndItsMeaning_AreNoItems()
    {
        var parsed = Parse("real-gaps3-legend.md");

        // "- **✅ Pass:** the criterion is met", "- **N/A:** …": how to record a result, not things to do.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Pass" or "Fail" or "N/A");
        Assert.Equal(3, parsed.Items.Count);
    }

    [Fact]
    public void Legend_TheBoxesOfTheAudit_AreStillItems_Control()
    {
        var parsed = Parse("real-gaps3-legend.md");

        Assert.Equal(ItemStatus.Done, Assert.Single(parsed.Items, i => i.Title.Contains("4.5:1 contrast", StringComparison.Ordinal)).Status);
        Assert.Contains(parsed.Items, i => i.Title.Contains("Every product photo has a text alternative", StringComparison.Ordinal));
    }
}
