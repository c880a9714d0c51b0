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
    public HourRange? Estimate { get; set; }
    public string? Impact { get; set; }
    public string? Effort { get; set; }
    public string? Risk { get; set; }
    public string? Priority { get; set; }
    /// <summary>The priority of the heading the mention stands under ("### Critical Issues"): it yields to one written for the item.</summary>
    public string? ScopePriority { get; set; }
    public int? Phase { get; init; }
    public string? Details { get; set; }
    /// <summary>Impact, effort or risk written in words rather than on a scale ("Impact: Cross-tenant data leak"), for the details.</summary>
    public string? FreeFacts { get; set; }
    public DateOnly? CompletedOn { get; set; }
    public string? Owner { get; set; }
    public DateOnly? Due { get; set; }
    /// <summary>The document's own reference for the task (<c>AUTH-010</c>, <c>C1</c>).</summary>
    public string? Ref { get; set; }

    /// <summary>The words of the title in the document's <see cref="WordVocabulary"/>, once they are asked for.</summary>
    public int[]? Words { get; set; }

    public static class Authorities
    {
        public const int PlanMark = 1;
        public const int Implied = 2;
        public const int Explicit = 3;
    }
}
