using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Mistakes the importer made on real public checklists, each in a few lines of our own: what a person
/// counts, and that the board now shows the same.
/// </summary>
public class ReadingMistakesTests
{
    private static ParseResult Parse(string markdown) => new MarkdownImporter().Parse(markdown);

    [Fact]
    public void BoxesUnderANumberedTaskHeading_AreItsSubtasks_NoneMergedAway()
    {
        var parsed = Parse("# Launch\n\n#### 1. Icons ✅ DONE\n- [x] Icon 72\n- [x] Icon 96\n\n#### 2. Alt text ⚠️ PARTIAL\n- [ ] Audit the icons' alt text\n");

        Assert.Equal(
            [("Icons", ItemStatus.Done, 0), ("Icon 72", ItemStatus.Done, 1), ("Icon 96", ItemStatus.Done, 1), ("Alt text", ItemStatus.InProgress, 0), ("Audit the icons' alt text", ItemStatus.Open, 1)],
            parsed.Items.Select(i => (i.Title, i.Status, i.Depth)));
        var report = ImportReport.From(parsed);
        Assert.Equal([null, "icons", "icons", null, "alt-text"], report.Items.Select(i => i.Parent));
    }

    [Fact]
    public void ANumberedSectionHeadingWithATick_OverATableOfChecks_IsASection()
    {
        var parsed = Parse("# Release\n\n## 2. Quality gates ✅\n\n| Item | Status | Owner |\n|---|---|---|\n| Regression suite run | | QA |\n");

        var item = Assert.Single(parsed.Items);
        Assert.Equal(("Regression suite run", ItemStatus.Open, "2. Quality gates"), (item.Title, item.Status, parsed.SectionPath(item.SectionIndex)));
    }

    [Fact]
    public void FactBulletsUnderABullet_AreThatItemsFacts_NotItems()
    {
        var parsed = Parse("# Audit\n\n## Issues\n\n1. **Lint the frontend again**\n   - **Impact:** nothing is linted today\n   - **Effort:** 30 minutes\n   - **Fix:** restore the config\n2. **Document the environment**\n   - **Effort:** 2 hours\n");

        Assert.Equal(
            [("Lint the frontend again", 0.5, "Fix: restore the config\n\nImpact: nothing is linted today"), ("Document the environment", 2.0, (string?)null)],
            parsed.Items.Select(i => (i.Title, i.Estimate!.Max, i.Details)));
        Assert.All(parsed.Items, i => Assert.Null(i.Impact));
    }

    [Fact]
    public void ABoxThatSharesWordsWithANumberedTask_IsATaskOfItsOwn()
    {
        var parsed = Parse("# Launch\n\n#### 1. Firebase configuration ✅ DONE\n- [x] Project created\n\n## An hour before\n\n- [ ] Back up the Firebase configuration\n");

        Assert.Equal(
            [("Firebase configuration", ItemStatus.Done), ("Project created", ItemStatus.Done), ("Back up the Firebase configuration", ItemStatus.Open)],
            parsed.Items.Select(i => (i.Title, i.Status)));
    }

    [Fact]
    public void TheListsOfANextStepsSectionsParts_AreActions()
    {
        var parsed = Parse("# Audit\n\n## Next steps\n\n### Before the deployment\n\n1. ✅ Update the example settings\n2. Run the migration\n\n### After it\n\n- Watch the error rate\n");

        Assert.Equal(
            [("Update the example settings", ItemStatus.Done), ("Run the migration", ItemStatus.Open), ("Watch the error rate", ItemStatus.Open)],
            parsed.Items.Select(i => (i.Title, i.Status)));
    }

    [Fact]
    public void ATemplatesFieldsToFillIn_AreNoItems()
    {
        var parsed = Parse("# Release readiness\n\n## About the release\n\n- **Release name / version:** ‹name›\n- **Date:** ____\n- **Rollback owner:** TBD\n\n## Checks\n\n- **Load test passed** at twice the peak\n");

        Assert.Equal(["Load test passed"], parsed.Items.Select(i => i.Title));
    }

    [Fact]
    public void AStatusWordWithAnExclamation_LeavesNothingOfItInTheTitle()
    {
        var item = Assert.Single(Parse("# Launch\n\n### 1. Safety features - FIXED! ✅\n**Impact:** HIGH\n").Items);

        Assert.Equal(("Safety features", ItemStatus.Done), (item.Title, item.Status));
    }

    [Fact]
    public void ABoldLabelOverAListOfBoxes_LabelsThem_AndIsNoItem()
    {
        var parsed = Parse("# Launch\n\n## T-30 minutes\n\n1. **Quick smoke test:**\n   - [ ] Open the home page\n   - [x] Sign up a test user\n2. **Watch the dashboards:**\n   - [ ] Error rate under 1%\n");

        Assert.Equal(["Open the home page", "Sign up a test user", "Error rate under 1%"], parsed.Items.Select(i => i.Title));
        Assert.All(parsed.Items, i => Assert.Equal("T-30 minutes", i.PhaseIndex is { } at ? parsed.Phases[at].Name : null));
    }

    [Fact]
    public void FiguresInBoldLeads_AreNoItems()
    {
        var parsed = Parse("# Launch\n\n## What to expect\n\n- **Active users:** 10-25\n- **Error rate:** <1%\n\n## Expected metrics\n\n- **Sign-ups:** about forty\n\n## Tasks\n\n- **Warm the cache** before the doors open\n");

        Assert.Equal(["Warm the cache"], parsed.Items.Select(i => i.Title));
    }

    [Theory]
    [InlineData("| # | Item | Check interval | Status |\n|---|---|---|---|\n| 1 | Error rate under 0.1% | Every 5 min | ⬜ |\n", "Error rate under 0.1%", null)]
    [InlineData("| ID | Category name | Status | Related finding(s) | Priority |\n|---|---|---|---|---|\n| A02 | Injection | N/A | N/A | N/A |\n", "Injection", "A02")]
    [InlineData("| Due | Task | Status | ID |\n|---|---|---|---|\n| Q1 | Rotate the keys | Open | SEC-016 |\n", "Rotate the keys", "SEC-016")]
    public void ATableIsTitledByTheColumnThatNamesTheTask_NotOneThatMerelyMentionsAWord(string table, string title, string? reference)
    {
        var item = Assert.Single(Parse("# Checks\n\n" + table).Items);

        Assert.Equal((title, reference), (item.Title, item.Ref));
        Assert.Null(item.Priority);
    }

    [Fact]
    public void ASignOffTable_IsOneItemPerRole_SignedOrNot_ByItsApprover()
    {
        var parsed = Parse("# Go-live\n\n## Sign-off\n\n| Approver | Role | Signature | Date |\n|---|---|---|---|\n| Dana | Engineering lead | ⬜ | |\n| Luis | Security | ✅ | 2026-12-01 |\n");

        Assert.Equal([("Engineering lead", ItemStatus.Open, "Dana"), ("Security", ItemStatus.Done, "Luis")], parsed.Items.Select(i => (i.Title, i.Status, i.Owner)));
    }

    [Fact]
    public void AHeadingWithAStatusLine_IsADoneOrOpenItem_ItsBulletsItsNotes()
    {
        var parsed = Parse("# Review\n\n### A01: Access control\n\n**Status:** ✅ ADDRESSED\n\n**Controls:**\n- **Admin sign-in** (implemented): hashed passwords\n\n### A07: Session handling\n\n**Status:** ❌ NOT ADDRESSED\n");

        Assert.Equal([("Access control", ItemStatus.Done, "A01"), ("Session handling", ItemStatus.Open, "A07")], parsed.Items.Select(i => (i.Title, i.Status, i.Ref)));
        Assert.Contains("Admin sign-in", parsed.Items[0].Details, StringComparison.Ordinal);
    }

    [Fact]
    public void AStatusLineWithItsColonOutsideTheBold_IsReadAlike()
    {
        var parsed = Parse("# Gaps\n\n### Tier 1: Critical\n\n#### 1. Rotate the deploy keys\n**Status**: IN PROGRESS\n\n#### 2. Turn on backups\n**Status**: Not started\n");

        Assert.Equal([("Rotate the deploy keys", ItemStatus.InProgress, "Critical"), ("Turn on backups", ItemStatus.Open, "Critical")], parsed.Items.Select(i => (i.Title, i.Status, i.Priority)));
    }

    [Fact]
    public void AHeadingWithAStatusLine_KeepsItsRecommendationsAsNotes()
    {
        var parsed = Parse("# Review\n\n### A07: Session handling\n\n**Status:** ❌ NOT ADDRESSED\n\n**Recommendations:**\n- Assess the risk of this category\n- Add a session timeout\n");

        var item = Assert.Single(parsed.Items);
        Assert.Equal(("Session handling", ItemStatus.Open, "A07"), (item.Title, item.Status, item.Ref));
        Assert.Contains("Add a session timeout", item.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void TMinusAndTPlus_ArePhasesAroundTheLaunch_ATaskIdIsNot()
    {
        var parsed = Parse("# Launch\n\n## T-Minus 24 Hours\n- [ ] Back up the database\n\n## T-Plus 1 Hour\n- [ ] Read the error logs\n\n## Next, once T-01 is closed\n- [ ] Adjust the data model\n");

        Assert.Equal(["T-24 hours", "T+1 hour"], parsed.Phases.OrderBy(p => p.Order).Select(p => p.Name));
        Assert.Null(parsed.Items[2].PhaseIndex);
    }

    [Theory]
    [InlineData("| Item | Done? |\n|---|---|\n| Owners named | :heavy_check_mark: |\n", ItemStatus.Done)]
    [InlineData("#### 1. Icons ❌ NOT DONE\n**Estimated Time:** 1-2 hours\n", ItemStatus.Open)]
    [InlineData("#### 1. Icons ⚠️ NOT DONE\n**Estimated Time:** 1-2 hours\n", ItemStatus.Open)]
    public void StatusMarks_ReadAsWritten(string markdown, ItemStatus status)
    {
        var item = Assert.Single(Parse("# Checks\n\n" + markdown).Items);

        Assert.Equal(status, item.Status);
        Assert.DoesNotContain("NOT", item.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void AnActionLine_KeepsItsEstimate_AndNamesNoBoxThatOnlySharesWords()
    {
        var parsed = Parse("# Audit\n\n## Next steps\n\n1. ✅ **Fix the lint config** (1 hour)\n2. Write the launch report\n\n## Day 1\n\n- [ ] Write the daily report\n");

        Assert.Equal(
            [("Fix the lint config", ItemStatus.Done, (double?)1), ("Write the launch report", ItemStatus.Open, null), ("Write the daily report", ItemStatus.Open, null)],
            parsed.Items.Select(i => (i.Title, i.Status, i.Estimate?.Max)));
    }

    [Fact]
    public void AnActionListWhoseLinesStartWithSymbols_IsNoLegend()
    {
        var parsed = Parse("# Audit\n\n## Next steps\n\n1. 🔐 Rotate the signing keys\n2. 🛡️ Enable MFA for admins\n\n## Key\n\n- ✅ Done\n- ⬜ Open\n");

        Assert.Equal(["Rotate the signing keys", "Enable MFA for admins"], parsed.Items.Select(i => i.Title));
    }
}
