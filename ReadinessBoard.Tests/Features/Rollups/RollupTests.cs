using ReadinessBoard.Domain;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Tests.Features.Rollups;

public class RollupTests
{
    private static ItemFacts Item(int id, ItemStatus status, string? impact = null, string? effort = null, int? phase = null,
        DateOnly? due = null, double? min = null, double? max = null, string? priority = null) =>
        new(id, status, PhaseId: phase, Impact: impact, Effort: effort, DueDate: due, EstimateMinHours: min, EstimateMaxHours: max, Priority: priority);

    [Fact]
    public void Progress_LeavesNotApplicableOut()
    {
        var progress = Progress.Of([ItemStatus.Done, ItemStatus.Open, ItemStatus.InProgress, ItemStatus.NotApplicable, ItemStatus.Blocked]);

        Assert.Equal(new Progress(Done: 1, InProgress: 1, Total: 4), progress);
        Assert.Equal(25, progress.Percent);
        Assert.Equal(3, progress.Remaining);
    }

    [Fact]
    public void Progress_NeverRoundsUpTo100WhileAnItemIsOpen()
    {
        var progress = Progress.Of(Enumerable.Repeat(ItemStatus.Done, 199).Append(ItemStatus.Open));

        Assert.Equal(99, progress.Percent);
        Assert.Equal(0, Progress.Empty.Percent);
    }

    [Fact]
    public void QuickWins_AreOpenHighImpactLowEffort_HighestImpactFirst()
    {
        var wins = ItemRollup.QuickWins([
            Item(1, ItemStatus.Open, "High", "Low", max: 4),
            Item(2, ItemStatus.Done, "High", "Low"),
            Item(3, ItemStatus.Open, "Medium", "Low"),
            Item(4, ItemStatus.Open, "Critical", "Low", max: 8),
            Item(5, ItemStatus.Open, "High", "Medium"),
            Item(6, ItemStatus.InProgress, "HIGH", "low", max: 2),
            Item(7, ItemStatus.NotApplicable, "High", "Low"),
        ]);

        Assert.Equal([4, 6, 1], wins.Select(w => w.Id));
    }

    [Fact]
    public void Overdue_IsOpenAndDueBeforeToday_LongestOverdueFirst()
    {
        var today = new DateOnly(2026, 3, 10);
        var overdue = ItemRollup.Overdue([
            Item(1, ItemStatus.Open, due: today.AddDays(-1)),
            Item(2, ItemStatus.Open, due: today),
            Item(3, ItemStatus.Done, due: today.AddDays(-5)),
            Item(4, ItemStatus.Blocked, due: today.AddDays(-3)),
            Item(5, ItemStatus.Open),
        ], today);

        Assert.Equal([4, 1], overdue.Select(i => i.Id));
    }

    [Fact]
    public void ByPriority_OrdersMostUrgentFirst_AndNamesTheUnprioritized()
    {
        var groups = ItemRollup.ByPriority([
            Item(1, ItemStatus.Open, priority: "Low"),
            Item(2, ItemStatus.Done, priority: "Critical"),
            Item(3, ItemStatus.Open),
            Item(4, ItemStatus.Open, priority: "High"),
            Item(5, ItemStatus.Open, priority: "critical"),
        ]);

        Assert.Equal(["Critical", "High", "Low", "No priority"], groups.Select(g => g.Label));
        Assert.Equal(new Progress(1, 0, 2), groups[0].Progress);
    }

    [Fact]
    public void Levels_RankScoresAndMoscow()
    {
        Assert.True(Levels.PriorityRank("5/5") < Levels.PriorityRank("3/5"));
        Assert.True(Levels.PriorityRank("Must") < Levels.PriorityRank("Could"));
        Assert.True(Levels.PriorityRank("Low") < Levels.PriorityRank("Whenever"));
        Assert.Equal(int.MaxValue, Levels.PriorityRank(null));
    }

    [Fact]
    public void Matrix_PlacesItemsByImpactAndEffort_InOrder()
    {
        var items = new[]
        {
            Item(1, ItemStatus.Open, "Medium", "High"),
            Item(2, ItemStatus.Open, "Critical", "Low"),
            Item(3, ItemStatus.Done, "Critical", "Low"),
            Item(4, ItemStatus.Open, "High", "Medium"),
            Item(5, ItemStatus.Open, null, "Low"),
        };

        var matrix = MatrixRollup.Build(items, i => i.Impact, i => i.Effort);

        Assert.Equal(["Critical", "High", "Medium"], matrix.Impacts);
        Assert.Equal(["Low", "Medium", "High"], matrix.Efforts);
        Assert.Equal([2, 3], matrix.At("Critical", "Low").Select(i => i.Id));
        Assert.Empty(matrix.At("High", "Low"));
        Assert.Equal(4, matrix.Placed);
        Assert.Equal(1, matrix.Unplaced);
    }

    [Fact]
    public void Costs_SumRangesPerPeriod_NeverAddTheTotalRow_AndSplitCommitted()
    {
        var lines = new[]
        {
            new CostLineFacts(1, "S3 Cold Storage (100GB)", "Costs", false, [new("Monthly Cost", 5, 5, CostPeriod.Month)]),
            new CostLineFacts(2, "Multi-region (2nd region)", "Costs", false, [new("Monthly Cost", 50, 100, CostPeriod.Month), new("Recommended", 80, 80, CostPeriod.Month)]),
            new CostLineFacts(3, "Sealed Secrets", "Costs", false, [new("Monthly Cost", 0, 0, CostPeriod.Month), new("One-Time Cost", 200, 400, CostPeriod.OneTime)]),
            new CostLineFacts(4, "Total", "Costs", true, [new("Monthly Cost", 55, 105, CostPeriod.Month)]),
        };
        var items = new[]
        {
            new CostItem(10, "Implement Cold Storage Archive", ItemStatus.Done),
            new CostItem(11, "Set Up Sealed Secrets", ItemStatus.InProgress),
            new CostItem(12, "Multi-Region Deployment", ItemStatus.Open),
        };

        var costs = CostRollup.Summarize(lines, items);

        Assert.Equal(new CostRange(55, 105), costs.Monthly);
        Assert.Equal(new CostRange(200, 400), costs.OneTime);
        Assert.Equal(new CostRange(660, 1260), costs.Annualized);
        Assert.Equal(new CostRange(860, 1660), costs.FirstYear);
        Assert.Equal(new CostRange(55, 105), costs.StatedTotalCheck(CostPeriod.Month)?.Stated);
        Assert.Null(costs.StatedTotalCheck(CostPeriod.OneTime));
        Assert.Equal([10, 12, 11], costs.Lines.Select(l => l.Item!.Id));
        Assert.Equal(new CostRange(5, 5), costs.CommittedMonthly);
        Assert.Equal(new CostRange(50, 100), costs.RemainingMonthly);
        Assert.Equal(new CostRange(200, 400), costs.CommittedOneTime);
        Assert.Equal("$55 to $105", costs.Monthly.ToString());
    }

    [Fact]
    public void Plan_DatesPhasesFromTheStart_RollsUpNestedPhases_AndFlagsSlipping()
    {
        var phases = new[]
        {
            new PhaseFacts(1, null, "Week 1", "Week 1", 1, 1, 7, 20, null),
            new PhaseFacts(2, 1, "Day 1-2", "Week 1 > Day 1-2", 2, 1, 2, null, null),
            new PhaseFacts(3, null, "Week 2", "Week 2", 3, 8, 14, null, null),
        };
        var items = new[]
        {
            Item(1, ItemStatus.Done, phase: 2, min: 2, max: 4),
            Item(2, ItemStatus.Open, phase: 1, min: 4, max: 6),
            Item(3, ItemStatus.Done, phase: 3),
        };
        var start = new DateOnly(2026, 3, 2);

        var plan = PlanRollup.Build(phases, items, start, today: new DateOnly(2026, 3, 10));

        var week1 = plan[0];
        Assert.Equal(new Progress(1, 0, 2), week1.Progress);
        Assert.Equal(new DateOnly(2026, 3, 2), week1.Starts);
        Assert.Equal(new DateOnly(2026, 3, 8), week1.Ends);
        Assert.True(week1.Slipping);
        Assert.True(week1.HoursDiffer);
        Assert.Equal(new HoursRange(6, 10), week1.Estimate);
        Assert.Equal(1, plan[1].Depth);
        Assert.False(plan[1].Slipping);
        Assert.False(plan[2].Slipping);
        Assert.Equal(new DateOnly(2026, 3, 1), PlanRollup.DateOf(start, 0));
    }

    [Fact]
    public void Plan_WithoutAStartDate_HasNoDatesAndNothingSlips()
    {
        var plan = PlanRollup.Build([new PhaseFacts(1, null, "Week 1", "Week 1", 1, 1, 7, null, null)],
            [Item(1, ItemStatus.Open, phase: 1)], planStart: null, today: new DateOnly(2030, 1, 1));

        Assert.Null(plan[0].Starts);
        Assert.False(plan[0].Slipping);
    }

    [Theory]
    [InlineData(30, 100, MetricDirection.HigherIsBetter, 0.3)]
    [InlineData(120, 100, MetricDirection.HigherIsBetter, 1)]
    [InlineData(30, 15, MetricDirection.LowerIsBetter, 0.5)]
    [InlineData(10, 15, MetricDirection.LowerIsBetter, 1)]
    public void Kpi_Attainment_FollowsTheDirection(double current, double target, MetricDirection direction, double expected) =>
        Assert.Equal(expected, KpiRollup.Attainment(current, target, direction)!.Value, 3);

    [Fact]
    public void Kpi_MarkedMetButMissing_IsCaught()
    {
        Assert.True(KpiRollup.MarkedMetButMisses(new KpiFacts(1, "Coverage", "60%", "90%", 60, 90, MetricDirection.HigherIsBetter, MetricStatus.Met)));
        Assert.False(KpiRollup.MarkedMetButMisses(new KpiFacts(1, "Coverage", "95%", "90%", 95, 90, MetricDirection.HigherIsBetter, MetricStatus.Met)));
        Assert.False(KpiRollup.MarkedMetButMisses(new KpiFacts(1, "Drills", "Never", "Quarterly", null, null, MetricDirection.HigherIsBetter, MetricStatus.Met)));
        Assert.Null(KpiRollup.Attainment(null, 90, MetricDirection.HigherIsBetter));
    }

    [Fact]
    public void BurnUp_ReadsTheLogBackwardsFromTheCountDoneNow()
    {
        var day1 = new DateOnly(2026, 3, 1);
        var changes = new[]
        {
            new StatusChange(new DateTime(2026, 3, 2, 10, 0, 0), "Open", "Done"),
            new StatusChange(new DateTime(2026, 3, 2, 11, 0, 0), "Open", "Done"),
            new StatusChange(new DateTime(2026, 3, 3, 9, 0, 0), "Done", "Open"),
            new StatusChange(new DateTime(2026, 3, 3, 9, 5, 0), "Open", "InProgress"),
        };

        var points = BurnUp.Build(doneNow: 4, since: day1, today: day1.AddDays(3), changes);

        Assert.Equal([3, 5, 4, 4], points.Select(p => p.Done));
        Assert.Equal(day1, points[0].Day);
    }
}
