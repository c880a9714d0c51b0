using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// Makes one item of every task, however many places mention it: a numbered heading, a row of the
/// priority matrix, a task box, a line of the plan. Facts are merged; where the places disagree on
/// the status, the most explicit one wins and a warning names the others. Then the priority lists
/// set the priority of the items they name.
/// </summary>
internal sealed class ItemAssembler(DocumentScan scan, ImportLimits limits)
{
    private readonly WordVocabulary _vocabulary = new();

    private sealed class Task(Mention primary, int[] words)
    {
        // Nearly every task is mentioned once, and there are thousands: the first mention and its words are fields,
        // read as spans of one, and arrays of the exact length are made only for a second mention.
        private readonly Mention _primary = primary;
        private readonly int[] _words = words;
        private Mention[]? _mentions;
        private int[][]? _titles;

        public Mention Primary => _primary;
        public ReadOnlySpan<Mention> Mentions => _mentions ?? new ReadOnlySpan<Mention>(in _primary);
        public ReadOnlySpan<int[]> Titles => _titles ?? new ReadOnlySpan<int[]>(in _words);
        /// <summary>The words of the primary's details; read only when a name is scored against this task, which most tasks never are.</summary>
        public int[]? Details { get; set; }
        /// <summary>The task's place in the <see cref="TaskIndex"/>; -1 until it is indexed.</summary>
        public int Id { get; set; } = -1;
        public int ShortestTitle { get; private set; } = words.Length;
        public string? Priority { get; set; }
        public int PriorityLine { get; set; }

        public void Add(Mention mention, int[] words)
        {
            _mentions = [.. Mentions, mention];
            _titles = [.. Titles, words];
            ShortestTitle = Math.Min(ShortestTitle, words.Length);
        }

        public bool HasMentionOf(MentionKind kind)
        {
            foreach (var mention in Mentions)
            {
                if (mention.Kind == kind)
                {
                    return true;
                }
            }

            return false;
        }
    }

    private int[] WordsOf(Mention mention) => mention.Words ??= _vocabulary.WordsOf(mention.Title);

    private int[] DetailsOf(Task task) => task.Details ??= task.Primary.Details is null ? [] : _vocabulary.WordsOf(task.Primary.Details);

    private Task NewTask(Mention mention) => new(mention, WordsOf(mention));

    public (List<ParsedItem> Items, List<ImportWarning> Warnings) Assemble(ParseResultSections sections)
    {
        var warnings = new List<ImportWarning>();
        var tasks = new List<Task>(scan.Mentions.Count);

        // The fullest descriptions first, then the places that refer to them.
        var index = new TaskIndex(scan.Mentions.Count);
        foreach (var mention in scan.Mentions.Where(m => m.Kind is MentionKind.Heading or MentionKind.HeadingCheck))
        {
            index.Add(NewTask(mention), WordsOf(mention));
        }

        MergeOrAdd(index, MentionKind.MatrixRow, t => t.Primary.Kind is MentionKind.Heading or MentionKind.HeadingCheck);
        MergeOrAdd(index, MentionKind.TableRow, t => t.Primary.Kind is MentionKind.Heading or MentionKind.HeadingCheck);
        MergeOrAdd(index, MentionKind.Task, t => t.Primary.Kind != MentionKind.Task);
        MergeOrAdd(index, MentionKind.PlanLine, _ => true);
        MergeOrAdd(index, MentionKind.ActionLine, _ => true);
        tasks.AddRange(index.Tasks);

        // Bold-lead bullets are tasks in sections without task lists, unless the document names its
        // tasks as numbered headings or matrix rows: there bold leads are prose ("❌ **Backups** - at risk").
        var structured = scan.Mentions.Any(m => m.Kind is MentionKind.Heading or MentionKind.MatrixRow);
        foreach (var bullet in scan.Mentions.Where(m => m.Kind == MentionKind.BoldBullet))
        {
            if (!structured && (bullet.Section is not { } section || !scan.SectionsWithTasks.Contains(section)))
            {
                tasks.Add(NewTask(bullet));
            }
        }

        tasks.Sort((a, b) => a.Primary.Line.CompareTo(b.Primary.Line));
        if (tasks.Count > limits.MaxItems)
        {
            throw new ImportException($"the document has more than {limits.MaxItems} items.", tasks[limits.MaxItems].Primary.Line);
        }

        ApplyPriorityLists(tasks, warnings);

        var keys = new ItemKeys(tasks.Count);
        var items = new List<ParsedItem>(tasks.Count);
        foreach (var task in tasks)
        {
            var status = ResolveStatus(task, warnings);
            items.Add(Item(task, status, keys.Next(sections.PathOf(task.Primary.Section), task.Primary.Title)));
        }

        return (items, warnings);
    }

    /// <summary>The facts of a task's mentions: for each, the first place that states it, in the order the task was found.</summary>
    private static ParsedItem Item(Task task, ItemStatus status, string key)
    {
        // One pass over the mentions, not a query per fact: this runs for every item.
        var primary = task.Primary;
        string? details = null, freeFacts = null, priority = null, scopePriority = null, impact = null, effort = null, risk = null, owner = null, reference = null;
        DateOnly? due = null;
        HourRange? estimate = null;
        int? phase = null;
        DateOnly? completedOn = null;
        var lines = new int[task.Mentions.Length];
        for (var i = 0; i < task.Mentions.Length; i++)
        {
            var mention = task.Mentions[i];
            details ??= mention.Details;
            freeFacts ??= mention.FreeFacts;
            priority ??= mention.Priority;
            scopePriority ??= mention.ScopePriority;
            impact ??= mention.Impact;
            effort ??= mention.Effort;
            risk ??= mention.Risk;
            estimate ??= mention.Estimate;
            phase ??= mention.Phase;
            completedOn ??= mention.CompletedOn;
            owner ??= mention.Owner;
            due ??= mention.Due;
            reference ??= mention.Ref;
            lines[i] = mention.Line;
        }

        Array.Sort(lines);
        return new ParsedItem(key, primary.Title, primary.Section, status, StatusReason: null, primary.Depth, primary.Line)
        {
            Details = freeFacts is null ? details : details is null ? freeFacts : $"{details}\n\n{freeFacts}",
            // Written for the item, then a priority list naming it, then the heading it stands under.
            Priority = priority ?? task.Priority ?? scopePriority,
            Impact = impact,
            Effort = effort,
            Risk = risk,
            Estimate = estimate,
            PhaseIndex = phase,
            CompletedOn = status == ItemStatus.Done ? completedOn : null,
            Owner = owner,
            Due = due,
            Ref = reference,
            MarkedDoneIn = MarkedDoneIn(task.Mentions),
            Lines = lines,
        };
    }

    /// <summary>
    /// Each mention of the kind joins the task it fits best among the eligible ones, or starts a task
    /// of its own. A task takes one mention of each kind, so two rows never collapse into one item.
    /// </summary>
    private void MergeOrAdd(TaskIndex index, MentionKind kind, Func<Task, bool> eligible)
    {
        // Most mentions of a kind start a task of their own: room for all of them, without growing.
        var added = new List<Task>(scan.Mentions.Count(m => m.Kind == kind));
        var open = new List<Task>();
        var scores = new List<double>();
        var sharing = new List<(Task Task, int Shared)>();
        foreach (var mention in scan.Mentions)
        {
            if (mention.Kind != kind)
            {
                continue;
            }

            open.Clear();
            scores.Clear();
            var words = WordsOf(mention);
            if (mention.UnderTaskHeading)
            {
                added.Add(new Task(mention, words));
                continue;
            }

            index.Sharing(words, sharing);
            foreach (var (task, shared) in sharing)
            {
                // One shared word fits only a one-word title or name, or with a word of the details.
                var mayFit = shared >= 2 || words.Length == 1 || task.ShortestTitle == 1 || TaskMatcher.Overlaps(words, DetailsOf(task));
                if (mayFit && SaysEnoughOf(kind, task, words, shared) && eligible(task) && !task.HasMentionOf(kind))
                {
                    open.Add(task);
                    scores.Add(TaskMatcher.Score(words, task.Titles, DetailsOf(task), mention.Number, task.Primary.Number));
                }
            }

            if (TaskMatcher.Best(scores) is { } best)
            {
                open[best].Add(mention, words);
                index.Add(open[best], words);
            }
            else
            {
                added.Add(new Task(mention, words));
            }
        }

        // New tasks join the index only after the kind is done: two rows of one matrix never merge.
        foreach (var task in added)
        {
            index.Add(task, task.Titles[0]);
        }
    }

    /// <summary>
    /// Whether a mention shares enough words with a task to name it. Places that describe a task in full
    /// name one only with nearly its words: a task box restating a table's row or a heading's check, an
    /// action line ("Generate launch report" is not "Generate daily report"), and a box restating a numbered
    /// task heading, which must use the heading's words ("Back up the Firebase configuration" is a task of
    /// its own beside "Firebase configuration"), though the words may come from the fix written under it. Plan lines and
    /// priority lists name tasks more loosely.
    /// </summary>
    private bool SaysEnoughOf(MentionKind kind, Task task, int[] words, int shared) => (kind, task.Primary.Kind) switch
    {
        (MentionKind.Task, MentionKind.TableRow or MentionKind.HeadingCheck) or (MentionKind.ActionLine, _) =>
            shared * 4 >= Math.Max(words.Length, task.Titles[0].Length) * 3,
        // A summary's "Expire session tokens and issue refresh tokens" restates "Session tokens never expire" and the fix under it.
        (MentionKind.Task, MentionKind.Heading) => shared * 4 >= words.Length * 3
            || (shared >= 2 && TaskMatcher.CountIn(words, task.Titles[0], DetailsOf(task)) * 4 >= words.Length * 3),
        _ => true,
    };

    /// <summary>
    /// Tasks by the words of their titles, to find the few that share a word with a name instead of
    /// scoring every task: thousands of task boxes stay near linear instead of quadratic.
    /// </summary>
    private sealed class TaskIndex(int capacity)
    {
        // By word number, the tasks whose titles hold the word, as chains of entries rather than a list per word:
        // _first[word] is the newest entry of the word's chain (0 when none; entries count from 1), and each entry
        // holds its task and the entry before it. Thousands of small lists were the largest source of garbage after
        // the items themselves. The entries are kept in blocks below the size of a large object, which only a full
        // collection would take back.
        private const int BlockBits = 12;
        private const int BlockSize = 1 << BlockBits;
        private int[] _first = new int[256];
        private readonly List<(int Task, int Previous)[]> _blocks = [];
        private int _entries;
        private readonly List<Task> _tasks = new(capacity);
        private int[] _hits = new int[64];
        private readonly List<int> _touched = [];

        public IReadOnlyList<Task> Tasks => _tasks;

        public void Add(Task task, int[] words)
        {
            var id = task.Id >= 0 ? task.Id : (task.Id = _tasks.Count);
            if (id == _tasks.Count)
            {
                _tasks.Add(task);
            }

            foreach (var word in words)
            {
                if (word >= _first.Length)
                {
                    Array.Resize(ref _first, Math.Max(word + 1, _first.Length * 2));
                }

                // A task's words are added together, so a word it already holds is the newest of the word's chain.
                var newest = _first[word];
                if (newest != 0 && Entry(newest).Task == id)
                {
                    continue;
                }

                var entry = ++_entries;
                if (entry >> BlockBits == _blocks.Count)
                {
                    _blocks.Add(new (int, int)[BlockSize]);
                }

                Entry(entry) = (id, newest);
                _first[word] = entry;
            }
        }

        private ref (int Task, int Previous) Entry(int entry) => ref _blocks[entry >> BlockBits][entry & (BlockSize - 1)];

        /// <summary>Each task that shares a title word with <paramref name="words"/>, with how many words it shares, into <paramref name="result"/>.</summary>
        public void Sharing(int[] words, List<(Task Task, int Shared)> result)
        {
            result.Clear();
            if (_hits.Length < _tasks.Count)
            {
                Array.Resize(ref _hits, Math.Max(_tasks.Count, _hits.Length * 2));
            }

            _touched.Clear();
            foreach (var word in words)
            {
                for (var entry = word < _first.Length ? _first[word] : 0; entry != 0;)
                {
                    var (id, previous) = Entry(entry);
                    if (_hits[id]++ == 0)
                    {
                        _touched.Add(id);
                    }

                    entry = previous;
                }
            }

            foreach (var id in _touched)
            {
                result.Add((_tasks[id], _hits[id]));
                _hits[id] = 0;
            }
        }
    }

    private static string? MarkedDoneIn(ReadOnlySpan<Mention> mentions)
    {
        foreach (var mention in mentions)
        {
            if (mention.Status == ItemStatus.Done)
            {
                return mention.StatusWhere;
            }
        }

        return null;
    }

    private static ItemStatus ResolveStatus(Task task, List<ImportWarning> warnings)
    {
        // Most tasks are mentioned once: no lists, no LINQ on this path.
        Mention? decidedBy = null;
        var agree = true;
        foreach (var mention in task.Mentions)
        {
            if (mention.Status is null)
            {
                continue;
            }

            if (decidedBy is null || mention.Authority > decidedBy.Authority)
            {
                decidedBy = mention;
                agree = true;
            }
            else if (mention.Authority == decidedBy.Authority && mention.Status != decidedBy.Status)
            {
                // An unchecked box says "not done yet", which "in progress" says more precisely: no disagreement.
                if (decidedBy.Status == ItemStatus.Open && mention.Status == ItemStatus.InProgress)
                {
                    decidedBy = mention;
                }
                else if (!(mention.Status == ItemStatus.Open && decidedBy.Status == ItemStatus.InProgress))
                {
                    agree = false;
                }
            }
        }

        if (decidedBy is null)
        {
            return ItemStatus.Open;
        }

        // Where equally explicit places disagree, the item stays open: a readiness board must not claim done.
        var status = agree ? decidedBy.Status!.Value : ItemStatus.Open;
        if (!agree)
        {
            decidedBy = FirstOpen(task.Mentions, decidedBy.Authority) ?? decidedBy;
        }

        if (task.Mentions.Length == 1)
        {
            return status;
        }

        foreach (var mention in task.Mentions)
        {
            if (mention.Status is null || mention.Status == status || (mention.Status == ItemStatus.Open && status == ItemStatus.InProgress))
            {
                continue;
            }

            warnings.Add(new ImportWarning(mention.Line,
                $"\"{task.Primary.Title}\" is {Describe(mention.Status!.Value)} in {mention.StatusWhere} but {Describe(decidedBy.Status!.Value)} in {decidedBy.StatusWhere} (line {decidedBy.Line}); it is imported as {Describe(status)}."));
        }

        return status;
    }

    private static Mention? FirstOpen(ReadOnlySpan<Mention> mentions, int authority)
    {
        foreach (var mention in mentions)
        {
            if (mention.Status == ItemStatus.Open && mention.Authority == authority)
            {
                return mention;
            }
        }

        return null;
    }

    private void ApplyPriorityLists(List<Task> tasks, List<ImportWarning> warnings)
    {
        Dictionary<string, Task>? byRef = null;
        foreach (var named in scan.PriorityNames)
        {
            // "MON-001 to MON-004", "SEC-003": the items the document gives those references.
            if (References.Expand(named.Name) is { } references)
            {
                byRef ??= ByReference(tasks);
                var found = references.Select(r => byRef.GetValueOrDefault(r)).OfType<Task>().ToList();
                foreach (var task in found)
                {
                    SetListedPriority(task, named, warnings);
                }

                if (found.Count > 0)
                {
                    continue;
                }
            }

            var matched = false;
            foreach (var variant in Variants(named.Name))
            {
                var words = _vocabulary.WordsOf(variant);
                var scores = new List<double>(tasks.Count);
                foreach (var candidate in tasks)
                {
                    scores.Add(TaskMatcher.Score(words, candidate.Titles, DetailsOf(candidate)));
                }

                if (TaskMatcher.Best(scores) is not { } best)
                {
                    continue;
                }

                matched = true;
                SetListedPriority(tasks[best], named, warnings);
            }

            if (!matched)
            {
                warnings.Add(new ImportWarning(named.Line,
                    $"The priority list names \"{named.Name}\" ({named.Priority}), which matches no item clearly enough; no priority was set for it."));
            }
        }
    }

    private static void SetListedPriority(Task task, DocumentScan.PriorityName named, List<ImportWarning> warnings)
    {
        if (task.Priority is null)
        {
            task.Priority = named.Priority;
            task.PriorityLine = named.Line;
        }
        else if (task.Priority != named.Priority)
        {
            warnings.Add(new ImportWarning(named.Line,
                $"\"{named.Name}\" is listed as {named.Priority}, but \"{task.Primary.Title}\" is already {task.Priority} (line {task.PriorityLine}); it stays {task.Priority}."));
        }
    }

    /// <summary>The tasks by the reference the document gives them (<c>MON-003</c>), without case; the first task wins a shared one.</summary>
    private static Dictionary<string, Task> ByReference(List<Task> tasks)
    {
        var byRef = new Dictionary<string, Task>(StringComparer.OrdinalIgnoreCase);
        foreach (var task in tasks)
        {
            foreach (var mention in task.Mentions)
            {
                if (mention.Ref is { } reference)
                {
                    byRef.TryAdd(reference, task);
                }
            }
        }

        return byRef;
    }

    /// <summary>"Environment/secret management" names two tasks: "Environment management" and "secret management".</summary>
    private static IEnumerable<string> Variants(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var slashed = Array.FindIndex(words, w => w.Contains('/') && !w.Contains("//", StringComparison.Ordinal));
        if (slashed < 0)
        {
            yield return name;
            yield break;
        }

        foreach (var option in words[slashed].Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var copy = (string[])words.Clone();
            copy[slashed] = option;
            yield return string.Join(' ', copy);
        }
    }

    private static string Describe(ItemStatus status) => status.DisplayName().ToLowerInvariant();
}

/// <summary>The sections found so far, to name a section by its path.</summary>
internal sealed class ParseResultSections(IReadOnlyList<ParsedSection> sections)
{
    // Each section's path is made once, however many items it holds.
    private string?[]? _paths;

    public string? PathOf(int? index)
    {
        if (index is not { } at)
        {
            return null;
        }

        _paths ??= new string?[sections.Count];
        return _paths[at] ??= MakePath(at);
    }

    private string MakePath(int index)
    {
        var names = new List<string>();
        for (int? i = index; i is { } at; i = sections[at].ParentIndex)
        {
            names.Add(sections[at].Title);
        }

        names.Reverse();
        return string.Join(ParsedSection.PathSeparator, names);
    }
}
