using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// Ordinary checklists that the rules for rarer shapes must leave alone: tasks that start with a priority
/// word, headings as checks under a checklist heading, a task column beside a role, money columns beside
/// a budget, a task that starts with "Stop", a countdown written inside a task's heading, a legend of
/// ballot boxes, steps under a label in a checklist.
/// </summary>
public class ReadingGuardsTests
{
    private static ParseResult Parse(string markdown) => new MarkdownImporter().Parse(markdown);

    [Fact]
    public void BoxesThatStartWithAPriority_AreTasks_NotTheOptionsOfAField()
    {
        var parsed = Parse("# Fixes\n\n- [ ] P0: Fix data loss in the export\n- [ ] P1: Add retries to the importer\n- [ ] Low - tidy the logs\n");

        Assert.Equal(3, parsed.Items.Count);
    }

    [Fact]
    public void HeadingsWithProse_UnderAChecklistHeading_AreItsChecks()
    {
        var parsed = Parse("# Search\n\n## Launch checklist\n\n### Enable TLS everywhere\n\nTerminate at the load balancer.\n\n### Page on 5xx spikes\n\nAlert above 1% for five minutes.\n");

        Assert.Equal(["Enable TLS everywhere", "Page on 5xx spikes"], parsed.Items.Select(i => i.Title));
    }

    [Fact]
    public void ATaskColumn_TitlesTheRows_EvenBesideARoleAndAName()
    {
        var parsed = Parse("# Release\n\n| # | Task | Role | Name | Status |\n|---|---|---|---|---|\n| 1 | Cut the release branch | Release manager | Ana | Done |\n");

        var item = Assert.Single(parsed.Items);
        Assert.Equal("Cut the release branch", item.Title);
    }

    [Fact]
    public void MoneyBesideABudget_IsACostTable_NotKpis()
    {
        var parsed = Parse("# Costs\n\n| Service | Current | Budget |\n|---|---|---|\n| Hosting | $1,200/mo | $1,000/mo |\n");

        Assert.Empty(parsed.Metrics);
        Assert.Single(parsed.Costs);
    }

    [Fact]
    public void ATaskThatStartsWithStop_IsATask_ACalloutIsNot()
    {
        var parsed = Parse("# Cutover\n\n## Week 1\n\n- **Stop** the cron jobs on the old cluster\n- **STOP**: check with the team before going on\n- Drain the old queue\n");

        Assert.Contains(parsed.Items, i => i.Title.StartsWith("Stop", StringComparison.Ordinal));
        Assert.DoesNotContain(parsed.Items, i => i.Title == "STOP");
    }

    [Fact]
    public void ACountdownInsideATasksHeading_IsNoPhase()
    {
        var parsed = Parse("# Certificates\n\n### Renew the TLS certificate 30 days before expiry\n\nThe renewal job runs monthly.\n\n### Pin the intermediate certificate\n\nIn the trust store.\n");

        Assert.Empty(parsed.Phases);
        Assert.Equal(2, parsed.Items.Count);
    }

    [Fact]
    public void ALegendOfBallotBoxes_IsNoChecks()
    {
        var parsed = Parse("# Review\n\n☐ = open\\\n☑ = done\n\n- [ ] Review the access logs\n");

        Assert.Equal(["Review the access logs"], parsed.Items.Select(i => i.Title));
    }

    [Fact]
    public void StepsUnderALabel_InAChecklist_AreItems()
    {
        var parsed = Parse("# Release\n\n## Release checklist\n\n1. **Before the freeze:**\n   - Refresh the changelog\n   - Regenerate the man pages\n");

        Assert.Equal(["Refresh the changelog", "Regenerate the man pages"], parsed.Items.Select(i => i.Title));
    }
}
