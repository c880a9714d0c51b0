using System.Text;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>Inputs the fuzz test and the shape fixtures once broke; each must stay fixed.</summary>
public class ImporterRegressionTests
{
    private readonly MarkdownImporter _importer = new();

    [Theory]
    [InlineData(64, "- ")]
    [InlineData(130, "> ")]
    [InlineData(45, "> - ")]
    public void NestingPastTheParsersOwnLimit_IsRefusedWithItsLine(int repeat, string marker)
    {
        var error = Assert.Throws<ImportException>(() => _importer.Parse("# T\n\n" + string.Concat(Enumerable.Repeat(marker, repeat)) + "x\n"));

        Assert.Equal(3, error.Line);
        Assert.Contains("levels deep", error.Message);
    }

    [Theory]
    [InlineData("*a")]
    [InlineData("~a")]
    [InlineData("==a")]
    [InlineData("[")]
    public void ALineOfThousandsOfMarks_IsRefusedWithItsLine(string mark)
    {
        var error = Assert.Throws<ImportException>(() => _importer.Parse("intro\n" + string.Concat(Enumerable.Repeat(mark, 10_300)) + "\n"));

        Assert.Equal(2, error.Line);
    }

    [Theory]
    [InlineData("- [ ] (1 hour) 2h", "2h", 1)]
    [InlineData("### 5. Rotate keys (2-4 hours) 1h\n**Impact:** HIGH", "Rotate keys 1h", 2)]
    [InlineData("- [ ] Configure backups (2-4 hours)(4h)", "Configure backups (4h)", 2)]
    [InlineData("- [ ] Keep 7 days of audit logs (2h)", "Keep 7 days of audit logs", 2)]
    [InlineData("- [ ] (1h) Move 10h of jobs", "Move 10h of jobs", 1)]
    [InlineData("- [ ] Tune the audit logging 4-6h", "Tune the audit logging", 4)]
    public void TwoDurationsInATitle_TheEstimateIsTheOneInParentheses_AndTheWordsStay(string markdown, string title, double min)
    {
        var item = _importer.Parse(markdown + "\n").Items.Single();

        Assert.Equal(title, item.Title);
        Assert.Equal(min, item.Estimate!.Min);
    }

    [Theory]
    [InlineData("- [ ] Fix `apiAuth()` to return teamId", "Fix apiAuth() to return teamId", null)]
    [InlineData("- [ ] -2+3", "-2+3", null)]
    [InlineData("- [ ] Backfill the tenant ids (8h migration)", "Backfill the tenant ids (migration)", 8.0)]
    [InlineData("### 4. Add tenantId to every table (24h for 23 tables)", "Add tenantId to every table (for 23 tables)", 24.0)]
    public void ATitle_KeepsEveryCharacter_ButTheEstimateReadFromIt(string line, string title, double? hours)
    {
        var item = Assert.Single(_importer.Parse($"# Tenancy\n\n## Work\n\n{line}\n").Items);

        Assert.Equal(title, item.Title);
        Assert.Equal(hours, item.Estimate?.Min);
    }

    [Fact]
    public void BulletsUnderANumberedHeading_JoinItsDetailsOnce_AndALineOfFactsSetsThem()
    {
        var item = _importer.Parse(
            "## Gaps\n\n### 3. Rotate the signing keys\n\n**Impact:** HIGH | **Effort:** LOW\n\n- **Risk:** MEDIUM\n\n**Files to modify:**\n\n- `src/keys.cs`\n- `deploy/vault.yaml`\n").Items.Single();

        Assert.Equal(("High", "Low", "Medium"), (item.Impact, item.Effort, item.Risk));
        Assert.Equal("Files to modify:\nsrc/keys.cs\ndeploy/vault.yaml", item.Details);
    }

    [Fact]
    public void APriorityListInABullet_IsReadOnce()
    {
        var result = _importer.Parse("# T\n\n- [ ] Rate limiting on the API\n\n## Priorities\n\n- Critical: rate limiting, a name no item has\n");

        Assert.Single(result.Warnings, w => w.Message.Contains("a name no item has", StringComparison.Ordinal));
    }

    [Fact]
    public void ATitleShortenedBesideALetterOutsideTheBmp_KeepsTheLetterWhole()
    {
        var result = _importer.Parse("## " + new string('b', 999) + "𝕏\n\n- [ ] " + new string('a', 999) + "𝕏\n");

        var item = result.Items.Single();
        Assert.False(char.IsSurrogate(item.Title[^1]));
        Assert.False(char.IsSurrogate(result.Sections.Single().Title[^1]));
        Assert.Contains(result.Warnings, w => w.Line == 3 && w.Message.Contains("shortened", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("### 7. 🔐 (2 hours)\n**Impact:** HIGH\n")]
    [InlineData("### 3. ✅ DONE (1h)\n")]
    public void ANumberedHeadingWithoutWords_IsNoItem(string markdown) =>
        Assert.All(_importer.Parse(markdown).Items, i => Assert.NotEmpty(i.Title));

    [Fact]
    public void BoldLeadBullets_AreItemsInSectionsWithoutTaskLists_EvenWhenOtherSectionsHaveThem()
    {
        var result = _importer.Parse(TestFiles.Read("bold-bullets.md"));

        Assert.Equal(
            [
                ("Rate limiting", ItemStatus.Open, "Reliability", 5),
                ("Retries with backoff", ItemStatus.Open, "Reliability", 6),
                ("Dead-letter queue", ItemStatus.Open, "Reliability", 7),
                ("TLS everywhere", ItemStatus.Open, "Security", 11),
                ("Credential rotation", ItemStatus.Open, "Security", 12),
                ("Broker cluster sized for peak load", ItemStatus.Done, "Done so far", 16),
                ("Consumer lag alerts", ItemStatus.Open, "Done so far", 17),
            ],
            result.Items.Select(i => (i.Title, i.Status, result.SectionPath(i.SectionIndex)!, i.Line)));
    }

    [Fact]
    public void DayZero_ComesBeforeWeekOne()
    {
        var result = _importer.Parse(TestFiles.Read("plan.md"));

        Assert.Equal(
            ["Day 0", "Week 1", "Week 1 > Day 1-2", "Week 1 > Day 3-5", "Week 2", "Month 2"],
            result.Phases.OrderBy(p => p.Order).Select(p => p.Path));
    }

    [Fact]
    public void AShouldHaveHeading_GivesItsItemsThatPriority()
    {
        var result = _importer.Parse("# P\n\n## Should Have (Week 2)\n\n- [ ] Canary releases\n\n## Must have\n\n- [ ] Backups\n");

        Assert.Equal([("Canary releases", "Should"), ("Backups", "Must")], result.Items.Select(i => (i.Title, i.Priority)));
    }

    [Fact]
    public void ALoneCarriageReturnEndsALine_InEveryLineNumber()
    {
        var error = Assert.Throws<ImportException>(() => DocumentDecoder.Decode("line\r- [ ] x\u0001"u8, ImportLimits.Default));

        Assert.Equal(2, error.Line);
        Assert.Equal(3, _importer.Parse("line\r\r- [ ] x\r").Items.Single().Line);
    }

    [Fact]
    public void ABinaryFileWithCarriageReturns_CountsThemAsLineEnds()
    {
        var bytes = Encoding.ASCII.GetBytes("a\rb\r\nc\n").Concat(new byte[] { 0 }).ToArray();

        Assert.Equal(4, Assert.Throws<ImportException>(() => DocumentDecoder.Decode(bytes, ImportLimits.Default)).Line);
    }
}
