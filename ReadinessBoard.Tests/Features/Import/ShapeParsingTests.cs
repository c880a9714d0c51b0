using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>The small readers the importer is built from: estimates, status marks, titles, KPI values, money.</summary>
public class ShapeParsingTests
{
    [Theory]
    [InlineData("(1 hour)", 1, 1)]
    [InlineData("2-3h", 2, 3)]
    [InlineData("(8h)", 8, 8)]
    [InlineData("1-2 days", 8, 16)]
    [InlineData("1 week", 40, 40)]
    [InlineData("2-4 weeks", 80, 160)]
    [InlineData("Cold Storage (1-2d)", 8, 16)]
    [InlineData("1.5 hours", 1.5, 1.5)]
    public void HourRange_ReadsEstimates(string text, double min, double max) =>
        Assert.Equal(new HourRange(min, max), HourRange.Find(text));

    [Theory]
    [InlineData("1.5–2.5 days", 12, 20)]
    [InlineData("4-2h", 2, 4)]
    [InlineData("Rotate keys 2 HOURS", 2, 2)]
    [InlineData("(~ 3 - 5 wks)", 120, 200)]
    [InlineData("first 1h, then 2-3h", 1, 1)]
    public void HourRange_ReadsRangesUnitsAndTheFirstEstimate(string text, double min, double max) =>
        Assert.Equal(new HourRange(min, max), HourRange.Find(text));

    [Fact]
    public void HourRange_ReadsAnEstimateInsideASpan_AsInTheWholeText()
    {
        var text = "Backups (1-2d) then restore drills";

        Assert.Equal(new HourRange(8, 16), HourRange.Find(text.AsSpan(8, 6)));
        Assert.Null(HourRange.Find(text.AsSpan(0, 10)));
    }

    [Theory]
    [InlineData("Use HTTP/2 everywhere")]
    [InlineData("SHA256 hashes")]
    [InlineData("Top 10 alerts")]
    public void HourRange_IgnoresNumbersThatAreNoEstimate(string text) => Assert.Null(HourRange.Find(text));

    [Theory]
    [InlineData("✅ DONE", ItemStatus.Done)]
    [InlineData("🔲 TODO", ItemStatus.Open)]
    [InlineData("⬜ ClickHouse Backup Script", ItemStatus.Open)]
    [InlineData("IMPLEMENTED", ItemStatus.Done)]
    [InlineData("❌ NOT APPLICABLE", ItemStatus.NotApplicable)]
    [InlineData("IN PROGRESS", ItemStatus.InProgress)]
    [InlineData("BLOCKED on vendor", ItemStatus.Blocked)]
    public void StatusMarks_ReadWordsAndSymbols(string text, ItemStatus expected) =>
        Assert.Equal(expected, StatusMarks.Find(text));

    [Theory]
    [InlineData("Open ports audit")]
    [InlineData("Document what is done")]
    public void StatusMarks_InRunningText_OnlyUpperCaseWordsCount(string text) => Assert.Null(StatusMarks.Find(text));

    [Theory]
    [InlineData("Done", ItemStatus.Done)]
    [InlineData("todo", ItemStatus.Open)]
    [InlineData("n/a", ItemStatus.NotApplicable)]
    public void StatusMarks_InACell_AnyCaseCounts(string text, ItemStatus expected) => Assert.Equal(expected, StatusMarks.FindInCell(text));

    [Theory]
    [InlineData("6. Webhook Signature Strict Validation (1 hour) 🔐", "Webhook Signature Strict Validation", 6, 1.0, 1.0)]
    [InlineData("✅ Webhook Strict Validation (1h) - DONE 2026-01-13", "Webhook Strict Validation", null, 1.0, 1.0)]
    [InlineData("⬜ ClickHouse Backup Script (4h) - TODO", "ClickHouse Backup Script", null, 4.0, 4.0)]
    [InlineData("13. Multi-Region Deployment (2-4 weeks)", "Multi-Region Deployment", 13, 80.0, 160.0)]
    [InlineData("Rotate the signing keys ✅ DONE", "Rotate the signing keys", null, null, null)]
    // Only what is read into a field leaves the title: a call's parentheses, a leading minus, and the
    // words that share the estimate's parentheses stay.
    [InlineData("Fix apiAuth() to return teamId", "Fix apiAuth() to return teamId", null, null, null)]
    [InlineData("-2+3", "-2+3", null, null, null)]
    [InlineData("-v flag prints the version", "-v flag prints the version", null, null, null)]
    [InlineData("- Trailing dash -", "Trailing dash", null, null, null)]
    [InlineData("Backfill tenant ids (8h migration)", "Backfill tenant ids (migration)", null, 8.0, 8.0)]
    [InlineData("Add tenantId to every table (24h for 23 tables)", "Add tenantId to every table (for 23 tables)", null, 24.0, 24.0)]
    [InlineData("Load test (1-2 days with the vendor)", "Load test (with the vendor)", null, 8.0, 16.0)]
    [InlineData("Use a 2d array (2d array)", "Use a 2d array (2d array)", null, null, null)]
    [InlineData("Cut over ( - DONE)", "Cut over", null, null, null)]
    public void TitleText_SeparatesNumberEstimateAndDecoration(string text, string title, int? number, double? min, double? max)
    {
        var parts = TitleText.Parse(text);

        Assert.Equal(title, parts.Title);
        Assert.Equal(number, parts.Number);
        Assert.Equal(min, parts.Estimate?.Min);
        Assert.Equal(max, parts.Estimate?.Max);
    }

    [Theory]
    [InlineData("Rate limiting implementation", "Rate limiting", true)]
    [InlineData("Runbook Documentation", "Document Runbook for Common Issues", true)]
    [InlineData("DR Plan Documentation", "Document RTO/RPO & DR Plan", true)]
    [InlineData("Audit Logging", "Implement Audit Logging", true)]
    [InlineData("Compliance tooling", "Compliance requirements", false)]
    [InlineData("Request Validation", "Implement Audit Logging", false)]
    public void TaskMatcher_MatchesByMeaning(string name, string title, bool matches)
    {
        var score = TaskMatcher.Score(TaskMatcher.Words(name), [TaskMatcher.Words(title)], []);

        Assert.Equal(matches, score > 0);
    }

    [Fact]
    public void TaskMatcher_Best_RefusesATie() =>
        Assert.Null(TaskMatcher.Best([3.5, 3.5, 1]));

    [Theory]
    [InlineData("30%", 30.0, "%", null)]
    [InlineData("<15min", 15.0, "min", '<')]
    [InlineData("99.9%", 99.9, "%", null)]
    [InlineData("3/10", 3.0, "/10", null)]
    [InlineData("<4h", 4.0, "h", '<')]
    [InlineData("Quarterly", null, null, null)]
    [InlineData("Never", null, null, null)]
    public void MetricValue_ReadsNumbersWhereThereAreAny(string text, double? value, string? unit, char? comparison)
    {
        var parsed = MetricValue.Parse(text);

        Assert.Equal((value, unit, comparison), (parsed.Value, parsed.Unit, parsed.Comparison));
    }

    [Theory]
    [InlineData("30%", "100%", MetricStatus.OffTrack)]
    [InlineData("95%", "100%", MetricStatus.OnTrack)]
    [InlineData("100%", "100%", MetricStatus.Met)]
    [InlineData("12min", "<15min", MetricStatus.Met)]
    [InlineData("Never", "Quarterly", MetricStatus.Unknown)]
    public void MetricValue_StatusAgainstTarget(string current, string target, MetricStatus expected)
    {
        var c = MetricValue.Parse(current);
        var t = MetricValue.Parse(target);

        Assert.Equal(expected, MetricValue.StatusOf(c, t, MetricValue.DirectionOf(c, t)));
    }

    [Theory]
    [InlineData("$5", 5, 5, null)]
    [InlineData("+$50-100", 50, 100, null)]
    [InlineData("**~$55-155**", 55, 155, null)]
    [InlineData("$0-50", 0, 50, null)]
    [InlineData("$26/mo", 26, 26, CostPeriod.Month)]
    [InlineData("$0.10", 0.10, 0.10, null)]
    [InlineData("$1,200/year", 100, 100, CostPeriod.Month)]
    public void MoneyRange_ReadsAmountsAndRanges(string cell, double min, double max, CostPeriod? period)
    {
        var amount = MoneyRange.Parse(cell.Trim('*'));

        Assert.NotNull(amount);
        Assert.Equal((min, max, period), (amount.Min, amount.Max, amount.Period));
    }

    [Theory]
    [InlineData("-")]
    [InlineData("")]
    [InlineData("free")]
    public void MoneyRange_NoAmountIsNotZero(string cell) => Assert.Null(MoneyRange.Parse(cell));
}
