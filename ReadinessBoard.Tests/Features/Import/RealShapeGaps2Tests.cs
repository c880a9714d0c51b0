using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Shapes found in a second round of public documents that are not launch plans: security verification
/// tables with L1/L2/L3 tick columns, review tables headed in shorthand or in Spanish (Prio, Qué,
/// Entregable), audit findings whose facts are bullets (<c>- **Severity:** High</c>), templates with
/// fill-in blanks and boxes that are the options of one field, best-practice guides whose headings are
/// the checks, KPI tables with an Actual column, sign-off tables, and boxes written
/// <c>[Role] [action]</c>. Each fixture is written anew in the shape of the public documents; each test
/// checks what a person reading it would count.
/// </summary>
public class RealShapeGaps2Tests
{
    private static ParseResult Parse(string file) => new MarkdownImporter().Parse(TestFiles.Read(file));

    private static ParsedItem Item(ParseResult parsed, string title) => Assert.Single(parsed.Items, i => i.Title == title);

    // ---- Verification tables: "| Req | L1 | L2 | L3 | Requirement |" with ticks, and the legend of the levels ----

    [Fact]
    public void LevelColumns_ATableWithL1L2L3TickColumns_IsOneItemPerRequirement()
    {
        var parsed = Parse("real-gaps2-level-columns.md");

        // "L1 | L2 | L3" are level columns like "Level C | Level B | Level A"; the Requirement column titles the rows.
        Assert.Equal(
            ["Issue session tokens on the server only", "Rotate the session token after every sign-in",
             "Expire idle sessions after fifteen minutes", "Let a user end all of their sessions at once"],
            parsed.Items.Where(i => i.Ref is ['S', '-', ..]).Select(i => i.Title));
    }

    [Fact]
    public void LevelColumns_ATickUnderAShortLevelHeader_SaysWhereTheRequirementAppliesNotThatItIsDone()
    {
        var parsed = Parse("real-gaps2-level-columns.md");

        var expiry = Item(parsed, "Expire idle sessions after fifteen minutes");
        Assert.Equal(ItemStatus.Open, expiry.Status);
        Assert.Equal("S-3", expiry.Ref);
        Assert.Contains("L2", expiry.Details ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain("L1", expiry.Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void LevelLegend_ATableThatDefinesTheAssuranceLevels_IsNoItems()
    {
        var parsed = Parse("real-gaps2-level-columns.md");

        // "| Level | Name | Meant for |" explains the levels; its rows are no tasks.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Baseline" or "Standard" or "High");
    }

    // ---- Review tables headed in shorthand or in Spanish ----

    [Fact]
    public void ReviewTables_APrioColumnBesideTheTasks_MakesTheTableAChecklist()
    {
        var parsed = Parse("real-gaps2-review-tables.md");

        // "| ID | Prio | Task | Fix |": Prio is short for priority; each row is a follow-up to do.
        Assert.Equal("B1", Item(parsed, "Separate the server start-up from the app module").Ref);
        Assert.Contains(parsed.Items, i => i.Title == "Drop the validators copied into every feature");
        Assert.Contains(parsed.Items, i => i.Title == "Remove the unused counter column");
    }

    [Fact]
    public void ReviewTables_ColouredCirclesUnderPrio_AreTheRowsPriorities()
    {
        var parsed = Parse("real-gaps2-review-tables.md");

        Assert.Equal("High", Item(parsed, "Separate the server start-up from the app module").Priority);
        Assert.Equal("Medium", Item(parsed, "Drop the validators copied into every feature").Priority);
    }

    [Fact]
    public void ReviewTables_ASpanishQueColumn_TitlesTheRows()
    {
        var parsed = Parse("real-gaps2-review-tables.md");

        // "| # | Prioridad | Qué | Cómo |": Qué (what) is the task, Cómo (how) its details.
        var landing = Item(parsed, "La portada muestra pedidos inventados");
        Assert.Equal("High", landing.Priority);
        Assert.Equal("F1", landing.Ref);
        Assert.Equal("Medium", Item(parsed, "Faltan modelos para categorías e imágenes").Priority);
    }

    [Fact]
    public void ReviewTables_ASpanishEntregableColumn_TitlesTheRows()
    {
        var parsed = Parse("real-gaps2-review-tables.md");

        // Entregable is Spanish for deliverable, which already titles rows in English.
        Assert.Equal(ItemStatus.Done, Item(parsed, "Evidencia de los tests").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Video de la demo").Status);
        Assert.Contains(parsed.Items, i => i.Title == "Manual de instalación en el README");
    }

    [Fact]
    public void ReviewTables_AColumnSayingWhatIsMissing_IsKeptInTheItemsDetails()
    {
        var parsed = Parse("real-gaps2-review-tables.md");

        // Nothing is lost: a column the importer has no name for ("What is missing") is still the row's notes.
        Assert.Contains("before the database is reachable", Item(parsed, "Readiness endpoint").Details ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public void ReviewTables_ARequirementAndStatusTable_AlreadyReadsItsRows()
    {
        var parsed = Parse("real-gaps2-review-tables.md");

        Assert.Equal(ItemStatus.Done, Item(parsed, "Restore drill").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Readiness endpoint").Status);
    }

    // ---- Audit findings whose facts are bullets ----

    [Fact]
    public void Findings_AHeadingWithItsReferenceInBrackets_IsAFindingOfItsSeverity()
    {
        var parsed = Parse("real-gaps2-findings.md");

        // "#### [AUD-101] Session tokens replay across tenants" under "### Critical".
        var replay = Item(parsed, "Session tokens replay across tenants");
        Assert.Equal("Critical", replay.Priority);
        Assert.Equal("AUD-101", replay.Ref);
    }

    [Fact]
    public void Findings_AFindingWhoseFactsAreBoldLeadBullets_IsItselfTheItem()
    {
        var parsed = Parse("real-gaps2-findings.md");

        var export = Item(parsed, "Export skips the tenant filter");
        Assert.Equal("High", export.Priority);
        Assert.Equal("AUD-102", export.Ref);
        Assert.Equal("Low", Item(parsed, "Stack traces shown on error pages").Priority);
    }

    [Fact]
    public void Findings_FactBulletsUnderAFinding_AreNoItems()
    {
        var parsed = Parse("real-gaps2-findings.md");

        // "- **Remediation Phase:** Backlog", "- **CVSS Score**: 9.1": facts of the finding above them.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Remediation" or "Remediation Phase" or "CVSS Score" or "Location" or "Severity");
    }

    [Fact]
    public void Findings_AStatusBulletUnderAFinding_SetsItsStatus()
    {
        var parsed = Parse("real-gaps2-findings.md");

        Assert.Equal(ItemStatus.Done, Item(parsed, "Export skips the tenant filter").Status);
        Assert.Equal(ItemStatus.Open, Item(parsed, "Stack traces shown on error pages").Status);
    }

    [Fact]
    public void FindingsCoverage_AColumnCountingTheFindings_IsNotTheTitle()
    {
        var parsed = Parse("real-gaps2-findings.md");

        // "| Category | Status | Findings |" with "2 issues": the category names the row, the count is no title.
        Assert.DoesNotContain(parsed.Items, i => i.Title.EndsWith("issues", StringComparison.Ordinal) || i.Title.EndsWith("issue", StringComparison.Ordinal));
    }

    // ---- Templates: blanks with a unit, a placeholder after a bold lead, boxes that are the options of one field ----

    [Fact]
    public void TemplateFields_ABlankFollowedByAUnit_IsAFieldToFillInNotAnItem()
    {
        var parsed = Parse("real-gaps2-template-fields.md");

        // "- **Years on the team:** ________ years", "________%", "________ minutes" are blanks like "____".
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Years on the team" or "Target uptime" or "Time to acknowledge a page");
    }

    [Fact]
    public void TemplateFields_ABracketedPlaceholderAfterABoldLead_IsNotPartOfTheTitle()
    {
        var parsed = Parse("real-gaps2-template-fields.md");

        // "- [ ] **Checkout latency SLI**: [Definition, e.g. …]": the lead names the check, the brackets are to fill in.
        Assert.Contains(parsed.Items, i => i.Title == "Checkout latency SLI");
    }

    [Fact]
    public void TemplateChoices_BoxesThatArePriorityWords_AreTheOptionsOfOneFieldNotItems()
    {
        var parsed = Parse("real-gaps2-template-fields.md");

        // "## Priority" then "- [ ] High", "- [ ] Medium", "- [ ] Low": tick one, nothing to do.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "High" or "Medium" or "Low");
    }

    [Fact]
    public void TemplateChoices_BoxesThatAreSizes_AreTheOptionsOfOneFieldNotItems()
    {
        var parsed = Parse("real-gaps2-template-fields.md");

        Assert.DoesNotContain(parsed.Items, i => i.Title.StartsWith("Small", StringComparison.Ordinal) || i.Title.StartsWith("Large", StringComparison.Ordinal));
    }

    [Fact]
    public void TemplateChoices_AGoNoGoDecision_IsNotThreeTasks()
    {
        var parsed = Parse("real-gaps2-template-fields.md");

        // GO, NO-GO and GO WITH CONDITIONS exclude each other: at most one decision to take, never three tasks.
        Assert.InRange(parsed.Items.Count(i => i.Title.StartsWith("GO", StringComparison.Ordinal) || i.Title.StartsWith("NO-GO", StringComparison.Ordinal)), 0, 1);
    }

    [Fact]
    public void TemplateFields_TheRealBoxesOfTheTemplate_AreItems()
    {
        var parsed = Parse("real-gaps2-template-fields.md");

        // Control: boxes with blank sub-fields and plain boxes are the template's checks.
        Assert.Contains(parsed.Items, i => i.Title == "Badge readers");
        Assert.Contains(parsed.Items, i => i.Title == "Visitor log");
        Assert.Contains(parsed.Items, i => i.Title == "The findings are filed as tickets");
        Assert.Contains(parsed.Items, i => i.Title == "The service owner has read the report");
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Name" or "Reviewer" or "Location" or "Kept by");
    }

    // ---- Best-practice guides: headings that are the checks, with or without prose ----

    [Fact]
    public void HeadingsOnly_ImperativeHeadingsWithLittleOrNoProse_AreTheGuidesChecks()
    {
        var parsed = Parse("real-gaps2-headings-only.md");

        // Nine practices under Constraints, Indexes and Connections; most have no prose, some a line.
        Assert.Equal(9, parsed.Items.Count);
        Assert.Contains(parsed.Items, i => i.Title == "Make columns non-nullable by default");
        Assert.Contains(parsed.Items, i => i.Title == "Set a statement timeout");
    }

    [Fact]
    public void GuideWithChecklists_OnlyTheBoxesUnderEachTopic_AreItems()
    {
        var parsed = Parse("real-gaps2-guide-with-checklists.md");

        // Control: topic headings with prose, a reading list and a "### Checklist" of boxes each.
        Assert.Equal(4, parsed.Items.Count);
        Assert.Equal(ItemStatus.Done, Item(parsed, "No probe shells out to a command").Status);
    }

    // ---- KPI tables with an Actual column; a cost table with hours and a rate ----

    [Fact]
    public void Kpis_AnActualColumnBesideTheTarget_IsTheCurrentValue()
    {
        var parsed = Parse("real-gaps2-kpi-actual.md");

        var onTime = Assert.Single(parsed.Metrics, m => m.Name == "Releases shipped on time");
        Assert.Equal("92%", onTime.Current.Text);
        Assert.Equal("95%", onTime.Target.Text);
    }

    [Fact]
    public void Kpis_AQuarterActualColumn_IsTheCurrentValue()
    {
        var parsed = Parse("real-gaps2-kpi-actual.md");

        // "| Metric | Target | Q3 Actual | Q2 Actual |": the latest actual is the current value.
        var adoption = Assert.Single(parsed.Metrics, m => m.Name == "Adoption after 30 days");
        Assert.Equal("78%", adoption.Current.Text);
    }

    [Fact]
    public void Costs_AComponentTableWithHoursARateAndATotal_AlreadyReadsItsLines()
    {
        var parsed = Parse("real-gaps2-kpi-actual.md");

        // Control.
        Assert.Equal(2, parsed.Costs.Count(c => !c.IsTotal));
        Assert.Equal(131.40, Assert.Single(parsed.Costs, c => c.IsTotal).Amounts.Single(a => a.Column == "Monthly Cost").Min, 2);
    }

    // ---- Sign-off tables, requirement tables titled by Description, boxes written "[Role] [action]" ----

    [Fact]
    public void RequirementsTable_ADescriptionBesideTheRequirementId_TitlesTheRows()
    {
        var parsed = Parse("real-gaps2-signoff-and-moscow.md");

        // "| Requirement ID | Description | MoSCoW | Effort |": the ID column is the reference, the description the task.
        var sso = Item(parsed, "Single sign-on for staff accounts");
        Assert.Equal("Must", sso.Priority);
        Assert.Equal("REQ-001", sso.Ref);
        Assert.Equal("Should", Item(parsed, "Scheduled usage reports").Priority);
    }

    [Fact]
    public void SignOff_ARoleNameDecisionTable_IsTitledByTheRoleNotThePerson()
    {
        var parsed = Parse("real-gaps2-signoff-and-moscow.md");

        // "| Role | Name | Decision | Date |": one sign-off per role; the name is who signs.
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Priya Raman" or "Tom Berg");
        Assert.Contains(parsed.Items, i => i.Title.Contains("QA Lead", StringComparison.Ordinal) && i.Owner == "Priya Raman");
    }

    [Fact]
    public void RoleBoxes_ABracketedRoleThenABracketedAction_IsTheActionOwnedByTheRole()
    {
        var parsed = Parse("real-gaps2-signoff-and-moscow.md");

        // "* [ ] [Release Lead] [Freeze the release branch]".
        var freeze = Item(parsed, "Freeze the release branch");
        Assert.Equal("Release Lead", freeze.Owner);
        Assert.Equal("Support", Item(parsed, "Brief the help desk on the new screens").Owner);
    }
}
