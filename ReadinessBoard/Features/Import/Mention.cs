using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>Where a document mentions a task. One task may be mentioned in several places.</summary>
internal enum MentionKind
{
    /// <summary>A numbered heading with its Impact/Effort lines: the fullest description.</summary>
    Heading,
    /// <summary>A row of a priority matrix.</summary>
    MatrixRow,
    /// <summary>A task list item, <c>- [ ]</c>.</summary>
    Task,
    /// <summary>A line of a week-by-week plan.</summary>
    PlanLine,
    /// <summary>A bullet whose bold lead names the task, in a document without task lists.</summary>
    BoldBullet,
    /// <summary>A row of a checklist table: one task per row (Task, Status, Priority, Owner, Due…).</summary>
    TableRow,
    /// <summary>A heading with prose under it, in a run of such headings, or a finding under a severity heading.</summary>
    HeadingCheck,
    /// <summary>A line of an action list: Next steps, Action items, Remediation, Recommendations, TODO.</summary>
    ActionLine,
}

internal sealed class Mention(MentionKind kind, string title, int line)
{
    public MentionKind Kind { get; } = kind;
    public string Title { get; } = title;
    public int Line { get; } = line;
    public int? Number { get; init; }
    public int? Section { get; init; }
    public int Depth { get; init; }
    /// <summary>A task box in the body of a numbered task heading: a subtask of it, never another mention of a task.</summary>
    public bool UnderTaskHeading { get; init; }
    /// <summary>Read as part of something else after all (a bold lead under a heading with a status line): no mention of a task.</summary>
    public bool Dropped { get; set; }
    public ItemStatus? Status { get; set; }
    /// <summary>How much the status is to be believed: a tick or a Completed line over a mark in a plan.</summary>
    public int Authority { get; set; }
    public string? StatusWhere { get; init; }
    public HourRange? Estimate { get => _facts?.Estimate; set => Set(value, static (f, v) => f.Estimate = v); }
    public string? Impact { get => _facts?.Impact; set => Set(value, static (f, v) => f.Impact = v); }
    public string? Effort { get => _facts?.Effort; set => Set(value, static (f, v) => f.Effort = v); }
    public string? Risk { get => _facts?.Risk; set => Set(value, static (f, v) => f.Risk = v); }
    public string? Priority { get; set; }
    /// <summary>The priority of the heading the mention stands under ("### Critical Issues"): it yields to one written for the item.</summary>
    public string? ScopePriority { get => _facts?.ScopePriority; set => Set(value, static (f, v) => f.ScopePriority = v); }
    public int? Phase { get; init; }
    public string? Details { get; set; }
    /// <summary>Impact, effort or risk written in words rather than on a scale ("Impact: Cross-tenant data leak"), for the details.</summary>
    public string? FreeFacts { get => _facts?.FreeFacts; set => Set(value, static (f, v) => f.FreeFacts = v); }
    public DateOnly? CompletedOn { get => _facts?.CompletedOn; set => Set(value, static (f, v) => f.CompletedOn = v); }
    public string? Owner { get => _facts?.Owner; set => Set(value, static (f, v) => f.Owner = v); }
    public DateOnly? Due { get => _facts?.Due; set => Set(value, static (f, v) => f.Due = v); }
    /// <summary>The document's own reference for the task (<c>AUTH-010</c>, <c>C1</c>).</summary>
    public string? Ref { get => _facts?.Ref; set => Set(value, static (f, v) => f.Ref = v); }

    // The facts most mentions never state, in an object of their own made for the first of them: a plain task box
    // is a third of the size, and a board's thousands of boxes are the importer's largest part after Markdig's tree.
    private Facts? _facts;

    private void Set<T>(T value, Action<Facts, T> set)
    {
        if (value is not null || _facts is not null)
        {
            set(_facts ??= new Facts(), value);
        }
    }

    private sealed class Facts
    {
        public HourRange? Estimate;
        public string? Impact;
        public string? Effort;
        public string? Risk;
        public string? ScopePriority;
        public string? FreeFacts;
        public DateOnly? CompletedOn;
        public string? Owner;
        public DateOnly? Due;
        public string? Ref;
    }

    /// <summary>The words of the title in the document's <see cref="WordVocabulary"/>, once they are asked for.</summary>
    public int[]? Words { get; set; }

    public static class Authorities
    {
        public const int PlanMark = 1;
        public const int Implied = 2;
        public const int Explicit = 3;
    }
}
