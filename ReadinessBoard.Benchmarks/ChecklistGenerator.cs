using System.Globalization;
using System.Text;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Benchmarks;

/// <summary>A generated checklist and what it holds, so that a benchmark can check the importer read all of it.</summary>
public sealed record GeneratedChecklist(
    string Markdown, int Items, int NumberedTasks, int TaskListItems, int MatrixRows, int PlanLines, int Metrics, int CostLines)
{
    public int Bytes => Encoding.UTF8.GetByteCount(Markdown);

    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Items:N0} items ({NumberedTasks:N0} numbered-heading tasks, {TaskListItems:N0} task list items), {MatrixRows} matrix rows, " +
        $"{PlanLines} plan lines, {Metrics} KPIs, {CostLines} cost lines; {Bytes:N0} bytes ({Bytes / 1024.0:0} KB)");

    /// <summary>
    /// Fails unless the importer found every item, KPI and cost line, and merged every matrix row and
    /// plan line into its numbered task: a benchmark of a misread document would measure something else.
    /// </summary>
    public void EnsureReadWhole(ParseResult parsed)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var mentionedTwice = parsed.Items.Count(i => i.Lines.Count > 1);
        if (parsed.Items.Count != Items || parsed.Metrics.Count != Metrics || parsed.Costs.Count != CostLines
            || parsed.Items.Sum(i => i.Lines.Count) != Items + MatrixRows + PlanLines)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                $"The importer read {parsed.Items.Count} items ({mentionedTwice} mentioned more than once), {parsed.Metrics.Count} KPIs and " +
                $"{parsed.Costs.Count} cost lines from a checklist of {Describe()}."));
        }
    }
}

/// <summary>
/// Writes a production-readiness checklist of any size in the shapes the importer reads, the way
/// teams write them: categories and sub-headings with task lists (some nested, some ticked), numbered
/// headings that are tasks with their Impact/Effort/Risk line, a priority matrix, KPI and cost tables,
/// and a week-by-week plan. The matrix and the plan name numbered tasks again (as real documents do),
/// so the importer's matching of mentions is exercised too; every mention names exactly one task, so
/// the importer must find exactly <see cref="GeneratedChecklist.Items"/> items.
/// Seeded, so every run measures the same text.
/// </summary>
public sealed class ChecklistGenerator
{
    public const int DefaultItems = 5_000;
    public const int DefaultSeed = 20260113;

    // Numbered tasks are "{action} for {system}"; task list items use other words entirely, so that
    // a task list item is never taken for a mention of a numbered task. A short name (used by the
    // matrix and the plan) keeps only words of the full one: it then fits its own task best, where a
    // short name with a word of its own ("drill") could tie with another task named so elsewhere.
    private static readonly (string Full, string Short)[] s_actions =
    [
        ("Rotate the signing keys", "Signing keys"),
        ("Enable TLS on internal traffic", "TLS on internal traffic"),
        ("Add audit logging", "Audit logging"),
        ("Write the restore runbook", "Restore runbook"),
        ("Configure connection pooling", "Connection pooling"),
        ("Set up read replicas", "Read replicas"),
        ("Tune autoscaling thresholds", "Autoscaling thresholds"),
        ("Introduce circuit breakers", "Circuit breakers"),
        ("Encrypt backups at rest", "Backups at rest"),
        ("Add rate limiting", "Rate limiting"),
        ("Define SLOs and error budgets", "SLOs and error budgets"),
        ("Harden container images", "Container images"),
        ("Pin base image digests", "Base image digests"),
        ("Roll out canary deployments", "Canary deployments"),
        ("Add synthetic probes", "Synthetic probes"),
        ("Automate certificate renewal", "Certificate renewal"),
        ("Move secrets into the vault", "Secrets in the vault"),
        ("Add distributed tracing", "Distributed tracing"),
        ("Set retention policies", "Retention policies"),
        ("Shard the job queue", "Job queue"),
        ("Add dead-letter handling", "Dead-letter handling"),
        ("Load test peak traffic", "Peak traffic load test"),
        ("Script the failover", "Failover script"),
        ("Gate schema migrations", "Schema migrations"),
        ("Restrict egress traffic", "Egress traffic"),
        ("Enforce least-privilege roles", "Least-privilege roles"),
        ("Scan dependencies for CVEs", "Dependency CVE scan"),
        ("Cap memory and CPU limits", "Memory and CPU caps"),
        ("Drain workers on shutdown", "Drain on shutdown"),
        ("Add idempotency keys", "Idempotency keys"),
        ("Expose readiness probes", "Readiness probes"),
        ("Adopt structured logs", "Structured logs"),
        ("Bound query timeouts", "Query timeouts"),
        ("Warm the cache on deploy", "Warm cache"),
        ("Put risky paths behind feature flags", "Feature flags"),
        ("Rehearse disaster recovery", "Disaster recovery"),
        ("Prove backups restore nightly", "Nightly backup restore"),
        ("Route alerts to on-call", "On-call alerts"),
        ("Limit upload sizes", "Upload size limits"),
        ("Replicate the database offsite", "Offsite database"),
    ];

    private static readonly string[] s_systems =
    [
        "ledger", "billing", "gateway", "checkout", "search", "notifications", "inventory", "payouts", "identity", "reporting",
        "scheduler", "webhooks", "catalog", "analytics", "exports", "onboarding", "pricing", "shipping", "messaging", "storage",
        "sessions", "invoicing", "fraud", "media", "ingest",
    ];

    private static readonly string[] s_checks =
    [
        "Confirm", "Review", "Sign off on", "Walk through", "Double-check", "Inspect", "Record", "Publish", "Agree on",
        "Assign owners for", "Spot-check", "Brief support on", "Share",
    ];

    private static readonly string[] s_subjects =
    [
        "pager escalation chain", "status page wording", "incident severity ladder", "customer comms templates",
        "quarterly access review", "vendor contract clauses", "support handover notes", "release train calendar",
        "holiday freeze window", "postmortem template", "escalation contacts", "dashboard ownership", "change approval flow",
        "staging parity", "legal hold process", "privacy notice", "cookie banner", "accessibility statement", "uptime summaries",
        "capacity forecast", "cost owner", "tax settings", "locale fallbacks", "time zone display", "email bounces",
        "SMS sender registration", "DNS ownership", "domain expiry dates", "CDN purge procedure", "browser support matrix",
        "mobile app review notes", "API changelog", "deprecation notices", "SDK version support", "partner sandbox",
        "tenant isolation notes", "data residency map", "subprocessor list", "DPA signatures", "pentest findings",
        "bug bounty scope", "threat model", "cost allocation tags", "license list", "duty handbook", "support macros",
        "FAQ entries", "launch owners", "rollback owner", "war room channel", "stakeholder map", "go/no-go criteria",
        "training slots",
    ];

    private static readonly string[] s_qualifiers =
    [
        " before launch", " with product", " with legal", " for the launch", " in the wiki", " with support", " per region",
        " for enterprise", " after the freeze",
    ];

    private static readonly string[] s_categories =
    [
        "🔐 Security", "🛡️ Reliability", "📡 Observability", "💾 Data protection", "🚀 Deployment", "📈 Capacity", "⚖️ Compliance",
        "🚨 Incident response", "💸 Cost control", "🌐 Networking", "🧪 Quality", "🔑 Access control", "📦 Supply chain",
        "🗄️ Storage", "📨 Messaging", "🧭 Operations", "🧰 Tooling", "📚 Documentation", "🤝 Support readiness",
        "🏷️ Release management",
    ];

    private static readonly string[] s_subsections = ["Ownership", "Process", "Tooling", "Verification", "Communication", "Hand-over"];

    private static readonly (string Heading, string Cell)[] s_estimates =
    [
        ("1 hour", "1h"), ("2 hours", "2h"), ("2-4 hours", "2-4h"), ("4-6 hours", "4-6h"), ("1 day", "1d"), ("1-2 days", "1-2d"),
        ("3 days", "3d"), ("1 week", "1w"), ("1-2 weeks", "1-2w"),
    ];

    private static readonly string[] s_levels = ["LOW", "MEDIUM", "HIGH", "CRITICAL"];

    private static readonly string[] s_reasons =
    [
        "An outage in {0} goes unnoticed until customers report it.",
        "One mistake in {0} can expose customer data.",
        "The {0} service failed twice this quarter.",
        "Auditors asked for evidence on {0}.",
        "Recovering {0} depends on one person.",
        "Peak traffic on {0} reaches 80% of capacity.",
    ];

    private static readonly string[] s_themes =
    [
        "Quick wins blitz", "Critical infrastructure", "Security hardening", "Observability", "Resilience", "Compliance evidence",
        "Capacity", "Clean-up",
    ];

    private static readonly (string Name, string Current, string Target)[] s_metrics =
    [
        ("Backup coverage", "30%", "100%"), ("Encryption in transit", "50%", "100%"), ("Monitoring coverage", "20%", "90%"),
        ("Alert coverage", "10%", "100%"), ("p95 latency", "450ms", "<300ms"), ("Error rate", "1.2%", "<0.5%"),
        ("Uptime SLA", "99.5%", "99.9%"), ("MTTR (incidents)", "Unknown", "<4h"), ("RPO (data loss)", "Unknown", "<15min"),
        ("DR test frequency", "Never", "Quarterly"), ("Deploys per week", "2", "10"), ("Runbook coverage", "3/10", "10/10"),
    ];

    private static readonly string[] s_costItems =
    [
        "S3 cold storage (100GB)", "Monitoring stack (self-hosted)", "Multi-region (2nd region)", "API gateway", "Load testing (k6 Cloud)",
        "Penetration test", "Sealed secrets", "Log archive", "Status page", "Paging service", "Backup vault", "WAF rules", "CDN",
    ];

    private readonly Random _random;
    private readonly StringBuilder _out = new();
    private readonly List<NumberedTask> _tasks = [];
    private int _taskListItems;
    private int _matrixRows;
    private int _planLines;
    private int _metrics;
    private int _costLines;

    private ChecklistGenerator(int seed)
    {
        _random = new Random(seed);
    }

    private sealed record NumberedTask(int Number, string Title, string Short, string System, string Impact, string Effort, string Risk, int Estimate, bool Done);

    /// <summary>A checklist of <paramref name="items"/> items: a tenth of them numbered-heading tasks, the rest task list items.</summary>
    public static GeneratedChecklist Generate(int items = DefaultItems, int seed = DefaultSeed)
    {
        // The importer refuses more than 10,000 items; 40 actions by 25 systems give 1,000 distinct numbered tasks.
        ArgumentOutOfRangeException.ThrowIfLessThan(items, 10);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(items, 10_000);
        var generator = new ChecklistGenerator(seed);
        var markdown = generator.Write(items);
        return new GeneratedChecklist(markdown, generator._tasks.Count + generator._taskListItems, generator._tasks.Count,
            generator._taskListItems, generator._matrixRows, generator._planLines, generator._metrics, generator._costLines);
    }

    private string Write(int items)
    {
        var numbered = items / 10;
        var taskListItems = items - numbered;
        var categories = Math.Max(1, (items + 199) / 200);
        var titles = DistinctTitles(numbered);

        Line("# Orion platform: production readiness");
        Line();
        Line("**Created:** 2026-01-13");
        Line("**Status:** 📋 Under Review");
        Line("**Priority:** CRITICAL - Required before the public launch");
        Line();
        Line("---");
        Line();
        Line("## Executive Summary");
        Line();
        Line("The platform is **60% ready**. Core infrastructure is solid, but gaps remain in:");
        Line("- ❌ **Backups** - data loss risk");
        Line("- ❌ **Encryption** - compliance findings");
        Line("- ⚠️ **Monitoring** - limited visibility");
        Line();
        Line("This document orders the work by **Impact × Ease**, quick wins first.");
        Line();

        var nextTask = 0;
        var written = 0;
        for (var c = 0; c < categories; c++)
        {
            var round = c / s_categories.Length;
            var name = s_categories[c % s_categories.Length] + (round > 0 ? $" ({round + 1})" : "");
            Line($"## {name}");
            Line();
            Line($"What {name[(name.IndexOf(' ', StringComparison.Ordinal) + 1)..].ToLowerInvariant()} needs before launch, owner by owner.");
            Line();
            var tasksHere = ((c + 1) * numbered / categories) - (c * numbered / categories);
            var listItemsHere = ((c + 1) * taskListItems / categories) - (c * taskListItems / categories);
            for (var block = 0; block < 4; block++)
            {
                Line($"### {s_subsections[(c + block) % s_subsections.Length]}");
                Line();
                var listItems = ((block + 1) * listItemsHere / 4) - (block * listItemsHere / 4);
                TaskList(listItems);
                written += listItems;
                Line();
                var headings = ((block + 1) * tasksHere / 4) - (block * tasksHere / 4);
                for (var h = 0; h < headings; h++)
                {
                    NumberedHeading(titles[nextTask++]);
                }
            }
        }

        PriorityMatrix();
        Plan();
        Kpis(12 + (items / 500));
        Costs(8 + (items / 1000));
        Line("**Last Updated:** 2026-01-13");
        Line("**Next Review:** 2026-01-20");
        _taskListItems = written;
        return _out.ToString();
    }

    private List<(string Title, string Short, string System)> DistinctTitles(int count)
    {
        var pairs = new List<(int Action, int System)>();
        for (var a = 0; a < s_actions.Length; a++)
        {
            for (var s = 0; s < s_systems.Length; s++)
            {
                pairs.Add((a, s));
            }
        }

        var shuffled = pairs.ToArray();
        _random.Shuffle(shuffled);
        return shuffled.Take(count)
            .Select(p => ($"{s_actions[p.Action].Full} for {s_systems[p.System]}", $"{s_actions[p.Action].Short} for {s_systems[p.System]}", s_systems[p.System]))
            .ToList();
    }

    /// <summary>Exactly <paramref name="count"/> task list items, about one in six with nested ones below it.</summary>
    private void TaskList(int count)
    {
        var left = count;
        while (left > 0)
        {
            TaskListItem(depth: 0);
            left--;
            if (left > 0 && _random.Next(6) == 0)
            {
                var children = 1 + _random.Next(3);
                for (var i = 0; i < children && left > 0; i++)
                {
                    TaskListItem(depth: 1);
                    left--;
                    if (left > 0 && _random.Next(8) == 0)
                    {
                        TaskListItem(depth: 2);
                        left--;
                    }
                }
            }
        }
    }

    private void TaskListItem(int depth)
    {
        var box = _random.Next(100) < 35 ? "[x]" : "[ ]";
        var check = Pick(s_checks);
        var subject = Pick(s_subjects);
        subject = _random.Next(12) switch
        {
            0 => $"**{subject}**",
            1 => $"`{subject}`",
            _ => subject,
        };
        var the = _random.Next(3) == 0 ? "the " : "";
        var estimate = _random.Next(10) == 0 ? $" ({Pick(s_estimates).Cell})" : "";
        var qualifier = _random.Next(4) == 0 ? Pick(s_qualifiers) : "";
        Line($"{new string(' ', depth * 2)}- {box} {check} {the}{subject}{qualifier}{estimate}");
    }

    private void NumberedHeading((string Title, string Short, string System) title)
    {
        var impact = _random.Next(1, 4);
        var effort = _random.Next(0, 3);
        var task = new NumberedTask(_tasks.Count + 1, title.Title, title.Short, title.System, s_levels[impact], s_levels[effort],
            Capitalized(s_levels[_random.Next(0, 3)]), _random.Next(s_estimates.Length), Done: _random.Next(4) == 0);
        _tasks.Add(task);

        var symbol = _random.Next(5) == 0 ? " 🔐" : "";
        Line($"### {task.Number}. {task.Title} ({s_estimates[task.Estimate].Heading}){symbol}");
        Line($"**Impact:** {task.Impact} | **Effort:** {task.Effort} | **Risk:** {task.Risk}");
        if (task.Done)
        {
            Line($"**Completed:** 2026-01-{1 + _random.Next(13):00}");
        }

        Line();
        Line($"**Why:** {string.Format(CultureInfo.InvariantCulture, Pick(s_reasons), task.System)}");
        Line();
        if (_random.Next(5) == 0)
        {
            Line("**Files to modify:**");
            Line($"- `k8s/{task.System}/deployment.yaml`");
            Line($"- `apps/{task.System}/src/config.ts`");
            Line();
        }

        Line("---");
        Line();
    }

    /// <summary>Every fourth numbered task again, as a row: done ones struck through.</summary>
    private void PriorityMatrix()
    {
        var rows = _tasks.Where((_, i) => i % 4 == 0).ToList();
        Line("## 📊 Priority Matrix");
        Line();
        Line("| Task | Impact | Effort | Priority Score | Status | Time |");
        Line("|------|--------|--------|----------------|--------|------|");
        string[] groups = ["**Quick Wins**", "**Critical Path**", "**Medium Priority**"];
        for (var i = 0; i < rows.Count; i++)
        {
            var group = i * groups.Length / rows.Count;
            if (i == 0 || group != (i - 1) * groups.Length / rows.Count)
            {
                Line($"| {groups[group]} |");
            }

            var task = rows[i];
            var name = $"{task.Number}. {(i % 2 == 0 ? task.Short : task.Title)}";
            var stars = new string('⭐', Math.Clamp(Array.IndexOf(s_levels, task.Impact) - Array.IndexOf(s_levels, task.Effort) + 3, 1, 5));
            var status = task.Done ? "✅ DONE" : _random.Next(8) == 0 ? "🚧 IN PROGRESS" : "🔲 TODO";
            Line($"| {(task.Done ? $"~~{name}~~" : name)} | {Capitalized(task.Impact)} | {Capitalized(task.Effort)} | {stars} | {status} | {s_estimates[task.Estimate].Cell} |");
            _matrixRows++;
        }

        Line();
        Line("---");
        Line();
    }

    /// <summary>
    /// Weeks of ten lines: "Day 1-2" as a list (it starts at 1, so it may follow its label), "Day 3-5" going
    /// on from 6 inside the label's paragraph, as CommonMark reads it. The last tenth waits for Month 4.
    /// </summary>
    private void Plan()
    {
        var named = _tasks.Where((_, i) => i % 4 == 2 || i % 16 == 0).ToList();
        var weekly = named.Count - (named.Count / 10);
        Line("## 🎯 Recommended Implementation Order");
        Line();
        for (var week = 0; week * 10 < weekly; week++)
        {
            var lines = named.Skip(week * 10).Take(Math.Min(10, weekly - (week * 10))).ToList();
            Line($"### Week {week + 1}: {s_themes[week % s_themes.Length]}");
            Line($"**Goal:** Close the {s_themes[week % s_themes.Length].ToLowerInvariant()} gaps of {lines[0].System} and {lines[^1].System}");
            Line();
            Line("**Day 1-2:**");
            for (var i = 0; i < Math.Min(5, lines.Count); i++)
            {
                PlanLine(i + 1, lines[i]);
            }

            if (lines.Count > 5)
            {
                Line();
                Line("**Day 3-5:**");
                for (var i = 5; i < lines.Count; i++)
                {
                    PlanLine(i + 1, lines[i]);
                }
            }

            var done = lines.Count(t => t.Done);
            Line();
            Line($"**Progress:** {done}/{lines.Count} completed ({100 * done / lines.Count}%)");
            Line();
            Line("---");
            Line();
        }

        Line("### Month 4: Hardening");
        var later = named.Skip(weekly).ToList();
        for (var i = 0; i < later.Count; i++)
        {
            Line($"{i + 1}. {later[i].Short}");
            _planLines++;
        }

        Line();
    }

    private void PlanLine(int number, NumberedTask task)
    {
        var name = number % 2 == 0 ? task.Short : task.Title;
        var hours = s_estimates[task.Estimate].Cell;
        Line(task.Done ? $"{number}. ✅ {name} ({hours}) - DONE 2026-01-13" : $"{number}. ⬜ {name} ({hours}) - TODO");
        _planLines++;
    }

    private void Kpis(int count)
    {
        string[] lights = ["🔴", "🟡", "🟢"];
        Line("## 📈 Success Metrics");
        Line();
        Line("| Metric | Current | Target | Status |");
        Line("|--------|---------|--------|--------|");
        for (var i = 0; i < count; i++)
        {
            var metric = s_metrics[i % s_metrics.Length];
            Line($"| {metric.Name} — {s_systems[i % s_systems.Length]} | {metric.Current} | {metric.Target} | {lights[_random.Next(2)]} |");
            _metrics++;
        }

        Line();
        Line("---");
        Line();
    }

    private void Costs(int count)
    {
        Line("## 💰 Cost Estimates");
        Line();
        Line("| Item | Monthly Cost | One-Time Cost |");
        Line("|------|--------------|---------------|");
        var (monthlyMin, monthlyMax, onceMin, onceMax) = (0, 0, 0, 0);
        for (var i = 0; i < count; i++)
        {
            var low = 5 * _random.Next(0, 20);
            var high = low + (5 * _random.Next(0, 20));
            var monthly = high == low ? $"${low}" : $"${low}-{high}";
            (monthlyMin, monthlyMax) = (monthlyMin + low, monthlyMax + high);
            var once = "-";
            if (_random.Next(3) == 0)
            {
                var oneTime = 500 * _random.Next(1, 10);
                once = string.Create(CultureInfo.InvariantCulture, $"${oneTime:N0}-{2 * oneTime:N0}");
                (onceMin, onceMax) = (onceMin + oneTime, onceMax + (2 * oneTime));
            }

            var item = s_costItems[i % s_costItems.Length] + (i >= s_costItems.Length ? $" ({s_systems[i % s_systems.Length]})" : "");
            Line($"| {item} | {monthly} | {once} |");
            _costLines++;
        }

        Line(string.Create(CultureInfo.InvariantCulture, $"| **Total** | **~${monthlyMin:N0}-{monthlyMax:N0}** | **${onceMin:N0}-{onceMax:N0}** |"));
        _costLines++;
        Line();
        Line("Most of it is **free** (open source tools). Main costs are infrastructure for redundancy.");
        Line();
    }

    private T Pick<T>(T[] options) => options[_random.Next(options.Length)];

    private static string Capitalized(string level) => level[0] + level[1..].ToLowerInvariant();

    private void Line(string text = "") => _out.Append(text).Append('\n');
}
