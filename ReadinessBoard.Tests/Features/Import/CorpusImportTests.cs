using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>The two real checklists beside the repository, with counts and statuses checked by hand.</summary>
public class CorpusImportTests
{
    private static ParseResult Import(string name)
    {
        var decoded = DocumentDecoder.Decode(File.ReadAllBytes(Path.Combine(TestFiles.CorpusDirectory, name)), ImportLimits.Default);
        return new MarkdownImporter().Parse(decoded.Text, name);
    }

    private static readonly string[] s_matrixTasks =
    [
        "Webhook Signature Strict Validation", "Graceful Error Messages", "Request Validation Middleware",
        "Document Runbook for Common Issues", "Enable TLS for NATS", "Implement Audit Logging", "Add ClickHouse Backup Script",
        "Implement Cold Storage Archive", "Set Up Sealed Secrets", "Add NetworkPolicy & RBAC", "Document RTO/RPO & DR Plan",
        "Implement Monitoring Stack", "Encryption at Rest", "Load Testing & Benchmarking", "Feature Flags System",
        "API Gateway / Rate Limiting", "Multi-Region Deployment",
    ];

    [Fact]
    public void Checklist004_TheMatrixSeventeenTasksAreSeventeenItems_WithImpactAndEffort()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        var matrixLines = Enumerable.Range(401, 19).ToHashSet();
        var fromMatrix = result.Items.Where(i => i.Lines.Any(matrixLines.Contains)).ToList();
        Assert.Equal(17, fromMatrix.Count);
        Assert.Equal(s_matrixTasks.Order(), fromMatrix.Select(i => i.Title).Order());
        Assert.All(fromMatrix, i => Assert.NotNull(i.Impact));
        Assert.All(fromMatrix, i => Assert.NotNull(i.Effort));
        Assert.All(fromMatrix, i => Assert.Matches(@"^[1-5]/5$", i.Priority));
    }

    [Fact]
    public void Checklist004_NoTaskAppearsTwice_AndOnlyTheStruckThroughThreeAreDone()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        Assert.Equal(result.Items.Count, result.Items.Select(i => i.Title).Distinct().Count());
        Assert.Equal(
            ["Graceful Error Messages", "Request Validation Middleware", "Webhook Signature Strict Validation"],
            result.Items.Where(i => i.Status == ItemStatus.Done).Select(i => i.Title).Order());
        Assert.All(result.Items.Where(i => i.Status != ItemStatus.Done), i => Assert.Equal(ItemStatus.Open, i.Status));
        // The plan also names three tasks the matrix does not have; they are items of Month 3.
        Assert.Equal(
            ["Automated failover testing", "Compliance audit (SOC2/GDPR prep)", "Database replication"],
            result.Items.Where(i => !s_matrixTasks.Contains(i.Title)).Select(i => i.Title).Order());
    }

    [Fact]
    public void Checklist004_MergesEveryMentionOfATask_AndWarnsWhereThePlanDisagrees()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        var webhook = result.Items.Single(i => i.Title == "Webhook Signature Strict Validation");
        Assert.Equal([23, 401, 429, 547], webhook.Lines);
        Assert.Equal(new HourRange(1, 1), webhook.Estimate);
        Assert.Equal(new DateOnly(2026, 1, 13), webhook.CompletedOn);
        var coldStorage = result.Items.Single(i => i.Title == "Implement Cold Storage Archive");
        Assert.Equal(("Critical", "Medium", "Medium"), (coldStorage.Impact, coldStorage.Effort, result.Items.Single(i => i.Title == "Enable TLS for NATS").Risk));
        Assert.Equal(new HourRange(8, 16), coldStorage.Estimate);
        Assert.Contains(result.Warnings, w => w.Line == 448 && w.Message.Contains("Implement Cold Storage Archive", StringComparison.Ordinal));
        Assert.Equal(5, result.Warnings.Count(w => w.Message.Contains("done in the plan but open in the priority matrix", StringComparison.Ordinal)));
    }

    [Fact]
    public void Checklist004_TenSuccessMetrics_WithCurrentAndTarget()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        Assert.Equal(10, result.Metrics.Count);
        var backup = result.Metrics[0];
        Assert.Equal(("Backup Coverage", 30.0, 100.0, MetricStatus.OffTrack), (backup.Name, backup.Current.Value!.Value, backup.Target.Value!.Value, backup.Status));
        var rpo = result.Metrics.Single(m => m.Name == "RPO (data loss)");
        Assert.Equal(("Unknown", "<15min", MetricDirection.LowerIsBetter), (rpo.Current.Text, rpo.Target.Text, rpo.Direction));
        Assert.Equal(MetricStatus.AtRisk, result.Metrics.Single(m => m.Name == "Encryption (transit)").Status);
        Assert.All(result.Metrics, m => Assert.NotEmpty(m.Current.Text));
        Assert.All(result.Metrics, m => Assert.NotEmpty(m.Target.Text));
    }

    [Fact]
    public void Checklist004_CostTable_SixLinesAndATotal_Monthly55To155()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        Assert.Equal(7, result.Costs.Count);
        Assert.Equal(6, result.Costs.Count(c => !c.IsTotal));
        var total = Assert.Single(result.Costs, c => c.IsTotal);
        var monthly = result.Costs.Where(c => !c.IsTotal).SelectMany(c => c.Amounts).Where(a => a.Period == CostPeriod.Month).ToList();
        Assert.Equal((55.0, 155.0), (monthly.Sum(a => a.Min), monthly.Sum(a => a.Max)));
        var totalMonthly = Assert.Single(total.Amounts, a => a.Period == CostPeriod.Month);
        Assert.Equal((55.0, 155.0), (totalMonthly.Min, totalMonthly.Max));
        var oneTime = Assert.Single(total.Amounts, a => a.Period == CostPeriod.OneTime);
        Assert.Equal((0.0, 0.0), (oneTime.Min, oneTime.Max));
    }

    [Fact]
    public void Checklist004_WeeksAndMonthsArePhasesInOrder()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        Assert.Equal(
            ["Week 1", "Week 1 > Day 1-2", "Week 1 > Day 3-5", "Week 2-3", "Week 2-3 > Week 2", "Week 2-3 > Week 3", "Month 2", "Month 3"],
            result.Phases.OrderBy(p => p.Order).Select(p => p.Path));
        Assert.Equal("Fix glaring security issues, establish baseline protections", result.Phases.Single(p => p.Path == "Week 1").Goal);
        var monitoring = result.Items.Single(i => i.Title == "Implement Monitoring Stack");
        Assert.Equal("Week 2-3 > Week 3", result.Phases[monitoring.PhaseIndex!.Value].Path);
    }

    [Fact]
    public void Checklist004_NoMojibakeLeftInAnyName()
    {
        var result = Import("004_8b219cbebdcce178.txt");

        var names = result.Items.Select(i => i.Title).Concat(result.Sections.Select(s => s.Title)).Concat(result.Metrics.Select(m => m.Name))
            .Concat(result.Costs.Select(c => c.Name)).Append(result.Title);
        Assert.All(names, n =>
        {
            Assert.DoesNotContain("‚", n);
            Assert.DoesNotContain("√", n);
            Assert.DoesNotContain("üî", n);
        });
        Assert.Contains(result.Sections, s => s.Title == "Completed (2026-01-13)");
    }

    [Fact]
    public void Checklist003_EachBoldLeadBulletIsAnOpenItemInItsCategory()
    {
        var result = Import("003_47d9a064beaccfa0.txt");

        Assert.Equal(36, result.Items.Count);
        Assert.All(result.Items, i => Assert.Equal(ItemStatus.Open, i.Status));
        Assert.All(result.Items, i => Assert.StartsWith("Critical Infrastructure Gaps > ", result.SectionPath(i.SectionIndex), StringComparison.Ordinal));
        Assert.Equal(10, result.Items.Select(i => i.SectionIndex).Distinct().Count());
        var redis = result.Items.Single(i => i.Title == "Redis/caching layer");
        Assert.Equal("Critical Infrastructure Gaps > Caching & Session Management", result.SectionPath(redis.SectionIndex));
        Assert.StartsWith("Essential for session storage", redis.Details, StringComparison.Ordinal);
    }

    [Fact]
    public void Checklist003_ThePriorityAssessmentSetsThePriorityOfTheItemsItNames()
    {
        var result = Import("003_47d9a064beaccfa0.txt");

        var priorities = result.Items.Where(i => i.Priority is not null).ToDictionary(i => i.Title, i => i.Priority);
        Assert.Equal(new Dictionary<string, string?>
        {
            ["Redis/caching layer"] = "Critical",
            ["Database backups"] = "Critical",
            ["Environment management"] = "Critical",
            ["Secret management"] = "Critical",
            ["Health checks"] = "Critical",
            ["Centralized logging"] = "High",
            ["Rate limiting"] = "High",
            ["Connection pooling"] = "High",
            ["CORS configuration"] = "High",
            ["File storage strategy"] = "Medium",
            ["Container orchestration"] = "Medium",
            ["Performance monitoring"] = "Medium",
            ["Graceful shutdowns"] = "Medium",
            ["Blue-green deployments"] = "Low",
        }, priorities);
        Assert.Equal(
            ["Advanced observability", "Compliance tooling"],
            result.Warnings.Where(w => w.Message.Contains("matches no item", StringComparison.Ordinal))
                .Select(w => w.Message.Split('"')[1]));
    }
}
