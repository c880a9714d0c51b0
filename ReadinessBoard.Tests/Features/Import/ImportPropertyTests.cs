using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Tests.Features.Import;

/// <summary>
/// A property of the importer over many random documents: every task line or task row the document
/// holds is exactly one item (on its line, with its title and status), and nothing else is. Each seed
/// writes a document that mixes every shape the importer reads (task lists nested three deep, checklist
/// tables with their columns in any order, numbered task headings, action lists) with the shapes that
/// only look like tasks (a table of contents, a legend, a status summary, consequences, references, task
/// lines in a code block, an HTML comment or indented code, a table's group rows, KPIs, costs). Titles never share two meaningful words, so the merging of
/// mentions of one task never applies: every task is mentioned once. Same seed, same document.
/// </summary>
public class ImportPropertyTests
{
    private const int SeedCount = 200;
    private static readonly MarkdownImporter s_importer = new();

    public static TheoryData<int> Seeds() => new(Enumerable.Range(0, SeedCount));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryGeneratedTaskLineOrRow_IsExactlyOneItem_WithItsTitleAndStatus_AndNothingElseIs(int seed)
    {
        var (document, expected) = new DocumentGenerator(seed).Write();
        var parsed = s_importer.Parse(document);

        var diff = Compare(expected, parsed.Items, parsed.Blocks);
        Assert.True(diff.Count == 0, $"seed {seed}:\n{Numbered(document)}\n{string.Join("\n", diff)}");
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void TheGeneratedTitles_ShareAtMostOneMeaningfulWord_SoThatNoTwoTasksMerge(int seed)
    {
        var (document, expected) = new DocumentGenerator(seed).Write();
        var words = expected.Select(e => TaskMatcher.Words(e.Title)).ToList();

        for (var a = 0; a < expected.Count; a++)
        {
            Assert.True(words[a].Count >= 2, $"seed {seed}: \"{expected[a].Title}\" has fewer than two meaningful words");
            for (var b = a + 1; b < expected.Count; b++)
            {
                var shared = words[a].Intersect(words[b]).ToList();
                Assert.True(shared.Count <= 1,
                    $"seed {seed}: \"{expected[a].Title}\" (line {expected[a].Line}) and \"{expected[b].Title}\" (line {expected[b].Line}) share {string.Join(", ", shared)}\n{document}");
            }
        }
    }

    [Fact]
    public void TheGeneratorsWords_AreDistinctMeaningfulWords_AndTheDetailsShareNoneWithTheTitles()
    {
        var titleWords = DocumentGenerator.Pool.Concat(DocumentGenerator.Counters).ToList();
        var stems = titleWords.Select(w => Assert.Single(TaskMatcher.Words(w))).ToList();
        Assert.Equal(stems.Count, stems.Distinct(StringComparer.Ordinal).Count());

        var detailWords = DocumentGenerator.Details.SelectMany(TaskMatcher.Words).ToHashSet(StringComparer.Ordinal);
        Assert.Empty(detailWords.Intersect(stems));
    }

    /// <summary>A task the generator wrote: where, what a person reads as its title and status, and the facts of its shape.</summary>
    internal sealed record ExpectedTask(int Line, string Shape, string Title, ItemStatus Status, int Depth = 0, string? Owner = null, string? Ref = null);

    private static List<string> Compare(List<ExpectedTask> expected, IReadOnlyList<ParsedItem> items, IReadOnlyList<BlockReading> blocks)
    {
        var diff = new List<string>();
        var wanted = expected.ToDictionary(e => e.Line);
        foreach (var group in items.GroupBy(i => i.Line).Where(g => g.Count() > 1))
        {
            diff.Add($"line {group.Key}: {group.Count()} items start here: {string.Join(", ", group.Select(i => $"\"{i.Title}\""))}");
        }

        foreach (var item in items.OrderBy(i => i.Line))
        {
            if (!wanted.TryGetValue(item.Line, out var task))
            {
                diff.Add($"line {item.Line}: an item \"{item.Title}\" ({item.Status}) where the document has no task");
                continue;
            }

            var found = (item.Title, item.Status, item.Depth, item.Owner, item.Ref);
            var want = (task.Title, task.Status, task.Depth, task.Owner, task.Ref);
            if (found != want)
            {
                diff.Add($"line {item.Line} ({task.Shape}): expected (title, status, depth, owner, ref) {want}, got {found}");
            }

            if (!item.Lines.SequenceEqual([item.Line]))
            {
                diff.Add($"line {item.Line} ({task.Shape}): \"{item.Title}\" also takes lines {string.Join(", ", item.Lines.Where(l => l != item.Line))}");
            }
        }

        var starts = items.Select(i => i.Line).ToHashSet();
        foreach (var task in expected.Where(t => !starts.Contains(t.Line)))
        {
            // How the importer read the block the line is in (the last block that starts at or before it), to say why.
            var reading = blocks.LastOrDefault(b => b.Line <= task.Line);
            diff.Add($"line {task.Line} ({task.Shape}): no item for \"{task.Title}\" ({task.Status})"
                + (reading is null ? "" : $"; the block from line {reading.Line} was read as {reading.KindName}: {reading.Reason}"));
        }

        return diff;
    }

    private static string Numbered(string document) =>
        string.Join("\n", document.Split(["\r\n", "\r", "\n"], StringSplitOptions.None).Select((line, i) => $"{i + 1,4}: {line}"));

    /// <summary>
    /// Writes one random document and records every task in it. Blocks follow one another under their
    /// own headings, with blank lines between them, so that no block runs into the next.
    /// </summary>
    internal sealed class DocumentGenerator(int seed)
    {
        /// <summary>Title words: distinct after stemming, none a stop word, a status, priority, phase, unit or cue word.</summary>
        public static readonly string[] Pool =
        [
            "rotate", "signing", "key", "ledger", "snapshot", "replica", "failover", "cache", "eviction", "queue",
            "consumer", "retry", "backoff", "webhook", "signature", "tenant", "export", "audit", "trail", "password",
            "vault", "token", "expiry", "cookie", "header", "proxy", "gateway", "router", "firewall", "port",
            "certificate", "renewal", "resolver", "bucket", "archive", "restore", "drill", "runbook", "alert", "pager",
            "dashboard", "histogram", "latency", "quota", "throttle", "limiter", "bulkhead", "breaker", "timeout", "pool",
            "schema", "index", "shard", "partition", "vacuum", "compaction", "journal", "checksum", "payload", "envelope",
            "rollout", "canary", "toggle", "kernel", "patch", "image", "registry", "scanner", "secret", "sidecar",
            "mesh", "ingress", "egress", "probe", "liveness", "heartbeat", "watchdog", "scheduler", "cron", "worker",
            "batch", "invoice", "payout", "refund", "session", "login", "lockout", "captcha", "upload", "thumbnail",
            "transcoder", "mailer", "bounce", "digest", "crawler", "sitemap", "locale", "currency", "replay", "dedupe",
            "idempotency", "outbox", "saga", "fanout", "binlog", "cipher", "sandbox", "staging", "mirror", "fallback",
            "circuit", "warmup", "prefetch", "spillover", "overflow", "backpressure", "shutdown", "drain", "rebalance", "leader",
            "election", "quorum", "lease", "fencing", "clock", "skew", "jitter", "checkpoint", "tombstone", "retention",
            "purge", "consent", "redaction", "masking", "vendor", "lockfile", "pinning", "rebuild", "artifact", "provenance",
            "keyring", "enclave", "backup", "cluster", "replication", "handshake", "nonce", "salt", "hashing", "pepper",
        ];

        // Before Counters, which is made from it: static fields are set in the order they are written.
        private static readonly string[] s_nato =
        [
            "alfa", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "india", "juliett", "kilo", "lima", "mike",
            "nadir", "oscar", "papa", "quebec", "romeo", "sierra", "tango", "uniform", "victor", "whiskey", "xray", "yankee", "zulu",
        ];

        /// <summary>One of them makes every title unique: "kilo", then "alfabravo" and so on.</summary>
        public static readonly string[] Counters =
        [
            .. s_nato,
            .. s_nato.SelectMany(a => s_nato.Select(b => a + b)),
        ];

        /// <summary>Prose for details and notes: none of its words is a title word, so details never make two tasks meet.</summary>
        public static readonly string[] Details =
        [
            "Agreed with the platform group during the walkthrough.",
            "Needs a second pair of eyes before we ship.",
            "Whoever is on call that evening takes it.",
            "Talk to the infrastructure folk first.",
            "Last looked at by Dana in the spring.",
            "This came up twice in the incident notes.",
            "Nothing else depends on it yet.",
            "Ask the supplier about their support contract first.",
        ];

        private static readonly string[] s_topics =
        [
            "Storage", "Networking", "Identity and access", "Deploy pipeline", "Observability", "Data handling", "Messaging",
            "Edge and CDN", "Secrets handling", "Tenancy", "Payments", "Search", "Runtime", "Compliance", "Platform",
            "Database", "Caching", "API surface", "🔐 Access", "🗄️ Persistence", "📡 Telemetry",
        ];

        private static readonly string[] s_actionHeadings =
        [
            "Next steps", "Action items", "Recommendations", "Remediation", "Follow-ups", "Open items", "To do",
            "Recommended next steps", "🚀 Next steps", "Immediate actions",
        ];

        /// <summary>A style every title of one block takes: lists are written alike from line to line.</summary>
        private static readonly string[] s_styles = ["minus", "emoji", "link", "code", "bold"];

        private static readonly string[] s_emoji = ["🔐", "🚀", "📦", "🧪", "🛡️", "⚙️"];

        private static readonly string[] s_owners = ["Priya", "@dmitri", "Sam", "-", "TBD", "Lee Chen"];

        private readonly Random _random = new(seed);
        private readonly List<string> _lines = [];
        private readonly List<ExpectedTask> _tasks = [];
        private readonly HashSet<(int, int)> _pairs = [];
        private readonly List<int> _unused = [];
        private int _counter;
        private int _taskBlocks;
        private string? _style;

        public (string Document, List<ExpectedTask> Tasks) Write()
        {
            Add($"# {Pick(s_topics)}: production readiness");
            Blank();
            if (Chance(2))
            {
                Add("Reviewed before every release by the team that runs it.");
                Blank();
            }

            var blocks = _random.Next(3, 10);
            for (var b = 0; b < blocks || _taskBlocks == 0; b++)
            {
                _style = Chance(4) ? Pick(s_styles) : null;
                switch (_random.Next(18))
                {
                    case < 3:
                        TaskList();
                        break;
                    case < 5:
                        ChecklistTable();
                        break;
                    case < 7:
                        NumberedHeadings();
                        break;
                    case < 9:
                        ActionList();
                        break;
                    case 9:
                        Contents();
                        break;
                    case 10:
                        Legend();
                        break;
                    case 11:
                        StatusSummary();
                        break;
                    case 12:
                        Consequences();
                        break;
                    case 13:
                        References();
                        break;
                    case 14:
                        CodeBlock();
                        break;
                    case 15:
                        HiddenTasks();
                        break;
                    case 16:
                        GroupedTable();
                        break;
                    default:
                        if (Chance(2))
                        {
                            Kpis();
                        }
                        else
                        {
                            Costs();
                        }

                        break;
                }
            }

            // Lines end at LF, CRLF or a lone CR, and the importer counts them all alike.
            var end = _random.Next(10) switch
            {
                < 6 => "\n",
                < 9 => "\r\n",
                _ => "\r",
            };
            return (string.Join(end, _lines) + end, _tasks);
        }

        // ---- Blocks that hold tasks ----

        private void TaskList()
        {
            _taskBlocks++;
            // Task boxes are items wherever they are, under an action heading too.
            Heading(Chance(5) ? s_actionHeadings : s_topics);
            var quote = Chance(8) ? "> " : "";
            Prose(runsIn: quote.Length == 0 || Chance(2));
            TaskItems(quote, "", depth: 0, loose: quote.Length == 0 && Chance(5));
            Blank();
        }

        /// <summary>A list of task boxes; one in four gets a nested list (three levels at most), one in eight a plain note.</summary>
        private void TaskItems(string quote, string indent, int depth, bool loose = false)
        {
            string[] markers = ["-", "*", "+", "1.", "1)"];
            var count = _random.Next(1, depth == 0 ? 7 : 4);
            var marker = Pick(markers);
            var number = 1;
            for (var i = 0; i < count; i++)
            {
                // Another bullet character starts another list: lists of both kinds, one after the other.
                if (i > 0 && Chance(7))
                {
                    marker = Pick(markers.Where(m => m != marker).ToArray());
                    number = 1;
                }

                if (i > 0 && loose)
                {
                    Blank();
                }

                var bullet = marker.StartsWith('1') ? $"{number++}{marker[^1]}" : marker;
                var (box, status) = _random.Next(10) switch
                {
                    < 4 => ("[ ]", ItemStatus.Open),
                    < 6 => ("[x]", ItemStatus.Done),
                    < 8 => ("[X]", ItemStatus.Done),
                    _ => ("[~]", ItemStatus.NotApplicable),
                };
                var (markdown, text) = Title();
                Task($"{quote}{indent}{bullet} {box} {markdown}", "task list", text, status, depth);
                var childIndent = indent + new string(' ', bullet.Length + 1);
                if (depth < 2 && Chance(4))
                {
                    TaskItems(quote, childIndent, depth + 1);
                }

                if (Chance(8))
                {
                    Add($"{quote}{childIndent}- {Pick(Details)}");
                }
            }
        }

        private void ChecklistTable()
        {
            _taskBlocks++;
            Heading(s_topics);
            Prose();
            var columns = new List<string> { "title", "status" };
            if (Chance(4, of: 5))
            {
                columns.Add("id");
            }

            if (Chance(3, of: 4))
            {
                columns.Add("owner");
            }

            if (Chance(4))
            {
                columns.Add("notes");
            }

            if (Chance(4))
            {
                columns.Add("priority");
            }

            if (Chance(4))
            {
                columns.Add("due");
            }

            columns = [.. columns.OrderBy(_ => _random.Next())];
            var names = columns.ConvertAll(c => c switch
            {
                "title" => Pick(["Task", "Task", "Requirement", "Check", "Item"]),
                "status" => Pick(["Status", "Status", "State"]),
                "id" => "ID",
                "owner" => Pick(["Owner", "Assignee"]),
                "priority" => "Priority",
                "due" => "Due",
                _ => "Notes",
            });
            // Outer pipes are optional. Without them no cell is empty (a row would start or end in a bare pipe) and none
            // is "-" (a row starting "- |" is a list item): such cells say "TBD", which says nothing either.
            var pipes = Chance(5, of: 6);
            string Row(IEnumerable<string> cells) => pipes ? $"| {string.Join(" | ", cells)} |" : string.Join(" | ", cells);
            Add(Row(names));
            Add(Row(columns.Select(_ => Pick(["---", "---", ":---", "---:", ":---:"]))));
            var prefix = Pick(["AB", "NET", "SEC", "OPS", "DATA"]);
            var first = _random.Next(1, 40);
            var rows = _random.Next(1, 7);
            for (var r = 0; r < rows; r++)
            {
                var (markdown, text) = Title();
                var (cell, status) = _random.Next(9) switch
                {
                    0 => ("Done", ItemStatus.Done),
                    1 => ("Open", ItemStatus.Open),
                    2 => ("In progress", ItemStatus.InProgress),
                    3 => ("Blocked", ItemStatus.Blocked),
                    4 => ("✅", ItemStatus.Done),
                    5 => ("⬜", ItemStatus.Open),
                    6 => ("N/A", ItemStatus.NotApplicable),
                    7 => ("", ItemStatus.Open),
                    _ => ("✅ Done", ItemStatus.Done),
                };
                var id = $"{prefix}-{first + r:000}";
                var owner = Pick(s_owners);
                var cells = columns.ConvertAll(c => c switch
                {
                    "title" => markdown,
                    "status" => cell,
                    "id" => id,
                    "owner" => owner,
                    "priority" => Pick(["P0", "P1", "P2", "High", "Low", "🔴", ""]),
                    "due" => Pick(["2026-12-18", "Dec 20, 2026", "Q1", ""]),
                    _ => Chance(2) ? Pick(Details) : "",
                }).ConvertAll(c => pipes || c is not ("" or "-") ? c : "TBD");
                Task(Row(cells), "checklist table", text, status,
                    owner: columns.Contains("owner") && owner is not ("-" or "TBD") ? owner : null,
                    reference: columns.Contains("id") ? id : null);
            }

            Blank();
        }

        private void NumberedHeadings()
        {
            _taskBlocks++;
            var level = Heading(s_topics);
            Prose();
            var number = _random.Next(1, 20);
            for (var count = _random.Next(1, 5); count > 0; count--)
            {
                var (markdown, text) = Title();
                var estimate = Pick(["", " (2 hours)", " (1 hour)", " (2-4 hours)", " (8h)", " (1 day)", " (1-2 days)"]);
                var (mark, statusLine, status) = _random.Next(12) switch
                {
                    < 5 => ("", null, ItemStatus.Open),
                    5 => (" ✅ DONE", null, ItemStatus.Done),
                    6 => ("", "**Completed:** 2026-01-13", ItemStatus.Done),
                    7 => ("", "**Status:** In progress", ItemStatus.InProgress),
                    8 => ("", "**Status:** Blocked", ItemStatus.Blocked),
                    9 => (" ❌ NOT APPLICABLE", null, ItemStatus.NotApplicable),
                    10 => (" IN PROGRESS", null, ItemStatus.InProgress),
                    _ => (" BLOCKED", null, ItemStatus.Blocked),
                };
                Task($"{new string('#', level + 1)} {number++}{Pick([".", ".", ")"])} {markdown}{estimate}{mark}", "numbered heading", text, status);
                Blank();
                Add($"**Impact:** {Pick(["HIGH", "Medium", "LOW", "Critical"])} | **Effort:** {Pick(["LOW", "Medium", "HIGH"])}"
                    + (Chance(3) ? " | **Risk:** Medium" : "") + (Chance(4) ? " | **Priority:** P1" : ""));
                Blank();
                if (statusLine is not null)
                {
                    Add(statusLine);
                    Blank();
                }

                if (Chance(2))
                {
                    Add(Pick(Details));
                    Blank();
                }

                if (Chance(3))
                {
                    for (var n = _random.Next(1, 4); n > 0; n--)
                    {
                        Add($"- {Pick(Details)}");
                    }

                    Blank();
                }
            }
        }

        private void ActionList()
        {
            _taskBlocks++;
            if (Chance(4))
            {
                // A bold lead-in under a topic heading names the list instead of its heading.
                Heading(s_topics);
                Prose();
                Add($"**{Pick(s_actionHeadings)}:**");
                if (Chance(2))
                {
                    Blank();
                }
            }
            else
            {
                Heading(s_actionHeadings, level: 2);
                Prose(runsIn: Chance(2));
            }

            var bullets = Chance(5) ? "-" : Pick(["1.", "1)"]);
            var loose = Chance(5);
            var count = _random.Next(1, 7);
            for (var i = 1; i <= count; i++)
            {
                if (i > 1 && loose)
                {
                    Blank();
                }

                var bullet = bullets == "-" ? "-" : $"{i}{bullets[^1]}";
                var (markdown, text) = Title();
                // A box among the lines of an action list is an item all the same, with the box's status.
                var (box, status) = _random.Next(8) switch
                {
                    0 => ("[ ] ", ItemStatus.Open),
                    1 => ("[x] ", ItemStatus.Done),
                    _ => ("", ItemStatus.Open),
                };
                Task($"{bullet} {box}{markdown}", box.Length > 0 ? "task box in an action list" : "action list", text, status);
                if (Chance(6))
                {
                    // A line nested under an action is part of it.
                    Add($"{new string(' ', bullet.Length + 1)}- {Pick(Details)}");
                }
            }

            Blank();
        }

        // ---- Blocks that only look like tasks ----

        private void Contents()
        {
            TrapHeading(["Table of contents", "Contents"]);
            foreach (var topic in PickSome(s_topics, 2, 6))
            {
                var name = TitleText.StripSymbols(topic);
                Add($"- [{name}](#{name.ToLowerInvariant().Replace(' ', '-')})");
            }

            Blank();
        }

        private void Legend()
        {
            // Not under an action heading: there "- ✅ Done" reads as an action line as much as "- 🔐 Rotate the keys" does.
            TrapHeading(["Legend", "Status key"], actions: false);
            foreach (var line in PickSome(["✅ Done", "⬜ Open", "🚧 In progress", "❌ Blocked", "✅ = done, or healthy", "⚠️ = needs attention", "➖ Not applicable"], 2, 5))
            {
                Add($"- {line}");
            }

            Blank();
        }

        private void StatusSummary()
        {
            TrapHeading(["Current status", "System status"]);
            foreach (var line in PickSome(["Database: ✅ Running", "Cache: ⚠️ Degraded", "Message queue: ✅ Running", "Backups: ❌ Not verified since January",
                "Search: 🟢 Healthy", "CDN: 🔴 Down in one region"], 2, 5))
            {
                Add($"- {line}");
            }

            Blank();
        }

        private void Consequences()
        {
            TrapHeading([]);
            Add(Pick(["Current system will:", "Without these changes the service would:", "If the cache fails, requests will:"]));
            Blank();
            foreach (var line in PickSome(["❌ crash on restart", "❌ lose queued messages", "❌ serve stale prices for an hour", "❌ page nobody",
                "❌ leak sessions across tenants"], 2, 4))
            {
                Add($"- {line}");
            }

            Blank();
        }

        private void References()
        {
            // Under a topic heading a list of links says what it is by itself; under an action heading it would not.
            Heading(Chance(4) ? s_topics : ["References", "Further reading", "Useful links", "Resources"], level: 2);
            var links = new[]
            {
                "[Kubernetes probes](https://kubernetes.io/docs/concepts/configuration/liveness-readiness-startup-probes/)",
                "[OWASP cheat sheets](https://cheatsheetseries.owasp.org/) - the reference",
                "[The SRE book](https://sre.google/sre-book/table-of-contents/)",
                "[Twelve-factor app](https://12factor.net/)",
                "<https://example.com/runbooks>",
            };
            foreach (var link in PickSome(links, 2, 5))
            {
                Add($"- {link}");
            }

            Blank();
        }

        private void CodeBlock()
        {
            TrapHeading([]);
            Prose();
            var fence = Pick(["```", "```text", "~~~", "```markdown"]);
            Add(fence);
            foreach (var line in PickSome(["- [ ] not a task", "- [x] not a task either", "1. [ ] still not a task", "* [X] nor this one", "- [~] not this",
                "### 3. Not a heading (2 hours)", "**Impact:** HIGH | **Effort:** LOW", "| ID | Task | Status |", "|---|---|---|", "| AB-001 | Not a row | Open |",
                "1. Not an action"], 1, 7))
            {
                Add(line);
            }

            Add(fence[..3]);
            Blank();
        }

        /// <summary>Task lines in an HTML comment, or in an indented code block: nobody sees them as tasks.</summary>
        private void HiddenTasks()
        {
            TrapHeading([]);
            if (Chance(2))
            {
                Add("<!--");
                Add("- [ ] commented out, not a task");
                Add("| AB-001 | Not a row | Open |");
                Add("-->");
            }
            else
            {
                Add(Pick(Details));
                Blank();
                Add("    - [ ] indented code, not a task");
                Add("    1. [x] nor this");
            }

            Blank();
        }

        /// <summary>A checklist table whose rows are grouped by rows of one bold cell: the group rows are no tasks.</summary>
        private void GroupedTable()
        {
            _taskBlocks++;
            Heading(s_topics);
            Add("| Task | Status | Owner |");
            Add("|---|---|---|");
            for (var groups = _random.Next(1, 4); groups > 0; groups--)
            {
                var group = TitleText.StripSymbols(Pick(s_topics));
                Add(Chance(2) ? $"| **{group}** | | |" : $"| **{group}** |");
                for (var rows = _random.Next(1, 4); rows > 0; rows--)
                {
                    var (markdown, text) = Title();
                    var (cell, status) = Chance(2) ? ("Done", ItemStatus.Done) : ("Open", ItemStatus.Open);
                    Task($"| {markdown} | {cell} | Sam |", "grouped checklist table", text, status, owner: "Sam");
                }
            }

            Blank();
        }

        private void Kpis()
        {
            TrapHeading(["Targets", "KPIs"]);
            var status = Chance(2);
            Add(status ? "| Metric | Current | Target | Status |" : "| Metric | Current | Target |");
            Add(status ? "|---|---|---|---|" : "|---|---|---|");
            foreach (var (metric, current, target) in PickSome(new[] { ("Error rate", "2.1%", "<1%"), ("p95 latency", "800ms", "<300ms"), ("Uptime", "99.5%", "99.9%"),
                ("Restore time", "3h", "<1h"), ("Backup coverage", "30%", "100%") }, 1, 5))
            {
                Add(status ? $"| {metric} | {current} | {target} | {Pick(["🔴", "🟡", "🟢"])} |" : $"| {metric} | {current} | {target} |");
            }

            Blank();
        }

        private void Costs()
        {
            TrapHeading(["Costs", "Cost estimates"]);
            Add("| Item | Monthly cost |");
            Add("|---|---|");
            foreach (var (item, cost) in PickSome(new[] { ("Log storage", "$20/mo"), ("Second replica", "$95/mo"), ("Cache node", "$45/mo"), ("Paging service", "$21/mo") }, 1, 4))
            {
                Add($"| {item} | {cost} |");
            }

            if (Chance(2))
            {
                Add("| Total | $181/mo |");
            }

            Blank();
        }

        // ---- Titles ----

        /// <summary>
        /// One to three title words no two titles share as a pair, and the next counter word; then maybe a
        /// code span, a call's parentheses, a link, words in parentheses and a leading minus. The markdown
        /// as written, and the text a person reads in it.
        /// </summary>
        private (string Markdown, string Text) Title()
        {
            var tokens = Words(_random.Next(1, 4)).Select(w => (Markdown: Pool[w], Text: Pool[w])).ToList();
            var counter = Counters[_counter++];
            tokens.Insert(_random.Next(1, tokens.Count + 1), (counter, counter));

            if (_style == "code" || Chance(5))
            {
                var at = _style == "code" ? 0 : _random.Next(tokens.Count);
                var code = tokens[at].Text + (Chance(2) ? "()" : "");
                tokens[at] = ($"`{code}`", code);
            }
            else if (Chance(6))
            {
                var at = _random.Next(tokens.Count);
                tokens[at] = (tokens[at].Markdown + "()", tokens[at].Text + "()");
            }

            if (_style == "bold" || Chance(8))
            {
                // Never the first word: an action line's bold lead is its title, and the words after it its details.
                var at = _random.Next(1, tokens.Count);
                if (tokens[at].Markdown == tokens[at].Text)
                {
                    tokens[at] = ($"**{tokens[at].Markdown}**", tokens[at].Text);
                }
            }

            if (_style == "link" || Chance(5))
            {
                var at = _style == "link" ? 0 : _random.Next(tokens.Count);
                var length = Math.Min(tokens.Count - at, _random.Next(1, 3));
                var span = tokens.GetRange(at, length);
                tokens.RemoveRange(at, length);
                tokens.Insert(at, ($"[{string.Join(" ", span.Select(t => t.Markdown))}](https://example.com/docs/{counter})", string.Join(" ", span.Select(t => t.Text))));
            }

            if (tokens.Count >= 2 && Chance(5))
            {
                var length = _random.Next(1, Math.Min(2, tokens.Count - 1) + 1);
                var span = tokens.GetRange(tokens.Count - length, length);
                tokens.RemoveRange(tokens.Count - length, length);
                tokens.Add(($"({string.Join(" ", span.Select(t => t.Markdown))})", $"({string.Join(" ", span.Select(t => t.Text))})"));
            }

            var plainFirst = tokens[0].Markdown == tokens[0].Text && char.IsAsciiLetterLower(tokens[0].Text[0]);
            if (_style == "minus" || Chance(10))
            {
                if (plainFirst && Chance(2))
                {
                    tokens[0] = ("-" + tokens[0].Markdown, "-" + tokens[0].Text);
                }
                else
                {
                    tokens.Insert(0, ("-2+3", "-2+3"));
                }
            }
            else if (plainFirst)
            {
                var word = char.ToUpperInvariant(tokens[0].Text[0]) + tokens[0].Text[1..];
                tokens[0] = (word, word);
            }

            var markdown = string.Join(" ", tokens.Select(t => t.Markdown));
            if (_style == "emoji" || Chance(12))
            {
                // A decorative symbol, before or after the words: dropped from the title.
                markdown = Chance(4) ? $"{markdown} {Pick(s_emoji)}" : $"{Pick(s_emoji)} {markdown}";
            }

            return (markdown, string.Join(" ", tokens.Select(t => t.Text)));
        }

        /// <summary>Pool words, unused ones first, such that no pair of them is in another title.</summary>
        private List<int> Words(int count)
        {
            for (var attempt = 0; ; attempt++)
            {
                var words = new List<int>();
                while (words.Count < count)
                {
                    if (_unused.Count == 0)
                    {
                        _unused.AddRange(Enumerable.Range(0, Pool.Length).OrderBy(_ => _random.Next()));
                    }

                    var word = _unused[^1];
                    _unused.RemoveAt(_unused.Count - 1);
                    if (!words.Contains(word))
                    {
                        words.Add(word);
                    }
                }

                var pairs = words.SelectMany(a => words.Where(b => a < b).Select(b => (a, b))).ToList();
                if (pairs.All(p => !_pairs.Contains(p)) || attempt > 50)
                {
                    _pairs.UnionWith(pairs);
                    return words;
                }
            }
        }

        // ---- Lines ----

        private void Task(string line, string shape, string title, ItemStatus status, int depth = 0, string? owner = null, string? reference = null)
        {
            Add(line);
            _tasks.Add(new ExpectedTask(_lines.Count, shape, title, status, depth, owner, reference));
        }

        private void Add(string line) => _lines.Add(line);

        private void Blank() => _lines.Add("");

        /// <summary>A heading of the block at level 2 or 3 (or the level given), then a blank line; its level.</summary>
        private int Heading(string[] names, int? level = null)
        {
            var at = level ?? _random.Next(2, 4);
            Add($"{new string('#', at)} {Pick(names)}");
            Blank();
            return at;
        }

        /// <summary>A trap's heading: one that names what it is, a topic, or one in five times an action heading (the content alone says what it is).</summary>
        private void TrapHeading(string[] own, bool actions = true)
        {
            var names = own.Length > 0 && Chance(2) ? own : actions && Chance(5) ? s_actionHeadings : s_topics;
            Heading(names);
        }

        /// <summary>Sometimes a sentence of prose; one that <paramref name="runsIn"/> may have the list right below it, without a blank line.</summary>
        private void Prose(bool runsIn = false)
        {
            if (Chance(3))
            {
                Add(Pick(Details));
                if (!runsIn || Chance(2))
                {
                    Blank();
                }
            }
        }

        /// <summary>One chance in <paramref name="one"/>; or, given <paramref name="of"/>, <paramref name="one"/> chances in <paramref name="of"/>.</summary>
        private bool Chance(int one, int of = 0) => of == 0 ? _random.Next(one) == 0 : _random.Next(of) < one;

        private T Pick<T>(T[] options) => options[_random.Next(options.Length)];

        private List<T> PickSome<T>(T[] options, int min, int max) =>
            [.. options.OrderBy(_ => _random.Next()).Take(Math.Min(options.Length, _random.Next(min, max + 1)))];
    }
}
