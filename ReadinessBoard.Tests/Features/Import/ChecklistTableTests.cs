using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Checklists written as tables, one task per row, counted as a person counts them: each row one item,
/// its title from the task column (never the ID), the other columns filling it. Tables that list no
/// tasks (a legend, contacts, document control) stay tables.
/// </summary>
public class ChecklistTableTests
{
    private static ParseResult Parse(string file) => new MarkdownImporter().Parse(TestFiles.Read(file));

    [Fact]
    public void EveryRowOfAChecklistTable_IsAnItem_WithItsColumns()
    {
        var parsed = Parse("checklist-tables.md");

        Assert.Equal(
        [
            ("Rotate the signing keys", ItemStatus.Done, "P0", "Priya", new DateOnly(2026, 12, 18), "AUTH-010", "Rotated on staging first"),
            ("Enforce MFA for admin accounts", ItemStatus.InProgress, "High", "@dmitri", new DateOnly(2026, 12, 20), "AUTH-011", null),
            ("Fix apiAuth() to return the tenant id", ItemStatus.Open, "Must", null, null, "AUTH-012", null),
            ("Close the debug port on the load balancer", ItemStatus.Blocked, "High", "Sam", null, "NET-001", "Waiting for the network team"),
            ("IPv6 on the public endpoint", ItemStatus.NotApplicable, "Low", null, null, "NET-002", "Not offered in this release"),
        ],
        parsed.Items.Where(i => i.Ref is not null).Select(i => (i.Title, i.Status, i.Priority, i.Owner, i.Due, i.Ref, i.Details)));
        Assert.All(parsed.Items.Where(i => i.Ref is not null), i => Assert.Equal("Security gate", parsed.SectionPath(i.SectionIndex)?.Split(" > ")[^1]));
    }

    [Fact]
    public void ColumnsDifferFromTableToTable_InOneDocument()
    {
        var parsed = Parse("checklist-tables.md");

        var release = parsed.Items.Where(i => parsed.SectionPath(i.SectionIndex)!.EndsWith("Release checks", StringComparison.Ordinal)).ToList();

        Assert.Equal(
            [("Run the load test at twice the peak", ItemStatus.Done, 4.0), ("Write the rollback runbook", ItemStatus.Open, 16.0), ("Dry-run the database migration", ItemStatus.Open, 8.0)],
            release.Select(i => (i.Title, i.Status, i.Estimate!.Max)));
        Assert.All(release, i => Assert.Null(i.Ref));
        Assert.Equal(8, parsed.Items.Count);
    }

    [Fact]
    public void TablesThatListNoTasks_StayTables()
    {
        var parsed = Parse("checklist-tables.md");

        // Document control, the legend and the contacts.
        Assert.Equal(3, parsed.KeptTables);
        Assert.DoesNotContain(parsed.Items, i => i.Title is "Priya" or "Sam" or "Done" or "Open" or "Version");
    }

    [Fact]
    public void ASpanishTable_ReadsItsStatusAndPriorityWords()
    {
        var parsed = Parse("controles-seguridad.md");

        Assert.Equal(
        [
            ("Rotar las claves de firma", ItemStatus.Done, "High"),
            ("MFA para cuentas de administración", ItemStatus.InProgress, "High"),
            ("Bloqueo tras cinco intentos fallidos", ItemStatus.Open, "Medium"),
            ("Autenticación por certificado de cliente", ItemStatus.NotApplicable, "Low"),
            ("Registro de accesos de administración", ItemStatus.Open, "Medium"),
        ],
        parsed.Items.Select(i => (i.Title, i.Status, i.Priority)));
        Assert.Equal(["SEC-01", "SEC-02", "SEC-03", "SEC-04", "SEC-05"], parsed.Items.Select(i => i.Ref));
    }

    [Fact]
    public void TicksUnderLevelColumns_SayWhereATaskIsRequired_NotThatItIsDone()
    {
        var parsed = Parse("level-requirements.md");

        Assert.Equal(3, parsed.Items.Count);
        Assert.All(parsed.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.Equal("Required at Level B, Level A.", parsed.Items[0].Details);
        Assert.Equal("Linked from the alert\n\nRequired at Level C, Level B, Level A.", parsed.Items[1].Details);
    }

    [Fact]
    public void AFindingsTable_TakesItsTitlesFromTheFindingColumn_NotTheNumbers()
    {
        var parsed = Parse("findings-table.md");

        Assert.Equal(["Tenant id is not checked on the export endpoint", "Admin API lists every tenant's users"], parsed.Items.Select(i => i.Title));
        Assert.Equal(["High", "High"], parsed.Items.Select(i => i.Impact));
    }

    [Fact]
    public void ATemplatesRows_WithOnlyTheirTitlesFilledIn_AreItems_AndGroupRowsAreNot()
    {
        var parsed = Parse("launch-gate-template.md");

        Assert.Equal(
            ["Payments backend", "Web frontend", "Operations", "Release branch cut and frozen", "Smoke tests green for a week", "Rollback rehearsed on staging"],
            parsed.Items.Select(i => i.Title));
        Assert.Equal([ItemStatus.Open, ItemStatus.Open, ItemStatus.Open, ItemStatus.Open, ItemStatus.Open, ItemStatus.Done], parsed.Items.Select(i => i.Status));
        // The fields of the release, and the follow-ups still to be written, stay tables.
        Assert.Equal(2, parsed.KeptTables);
    }

    [Theory]
    [InlineData("Role", "Responsibility", null, null)]
    [InlineData("Service status", "Component", 1, 0)]
    [InlineData("Tasks", "Status", 0, 1)]
    [InlineData("Requirements", "Owners", 0, null)]
    // "Overdue" is no Due column, so the table says nothing of its tasks.
    [InlineData("Task", "Overdue", null, null)]
    public void Columns_AreFoundByTheirHeaderWords_InThePluralToo(string first, string second, int? title, int? status)
    {
        var columns = TableColumns.Find([first, second], [["Rotate the keys", "Done"]]);

        Assert.Equal(title, columns?.Title);
        Assert.Equal(status, columns?.Status);
    }

    [Theory]
    [InlineData("In progress - Sprint 29", ItemStatus.InProgress)]
    [InlineData("✅ Implementado", ItemStatus.Done)]
    [InlineData("⏳ Planificado", ItemStatus.Open)]
    [InlineData("❌ No aplica", ItemStatus.NotApplicable)]
    [InlineData("Not started", ItemStatus.Open)]
    [InlineData("PASS", ItemStatus.Done)]
    [InlineData("Fail", ItemStatus.Open)]
    [InlineData("🔄", ItemStatus.InProgress)]
    [InlineData("⏸️ On hold", ItemStatus.Blocked)]
    public void Vocabulary_ReadsStatusWordsInAnyCase_WordsBeforeSymbols(string cell, ItemStatus status) =>
        Assert.Equal(status, Vocabulary.StatusOfCell(cell));

    [Theory]
    [InlineData("P1", "P1")]
    [InlineData("Must-have", "Must")]
    [InlineData("Nice to have", "Nice")]
    [InlineData("SHOULD", "Should")]
    [InlineData("Crítica", "Critical")]
    [InlineData("🟡", "Medium")]
    public void Vocabulary_ReadsPriorityWords(string cell, string priority) =>
        Assert.Equal(priority, Vocabulary.PriorityOfCell(cell));

    [Fact]
    public void TheDryRun_ListsOwnerDueRefAndDetails()
    {
        var report = ImportReport.From(Parse("checklist-tables.md"));

        var first = report.Items[0];
        Assert.Equal(("Priya", "2026-12-18", "AUTH-010", "Rotated on staging first"), (first.Owner, first.Due, first.Ref, first.Details));
        Assert.Contains("\"ref\": \"AUTH-010\"", report.ToJson(), StringComparison.Ordinal);
    }
}
