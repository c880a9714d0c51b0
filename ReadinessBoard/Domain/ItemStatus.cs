namespace ReadinessBoard.Domain;

public enum ItemStatus
{
    Open,
    InProgress,
    Done,
    NotApplicable,
    Blocked,
}

public static class ItemStatusExtensions
{
    /// <summary>Not applicable and blocked need a reason: a reader must know why.</summary>
    public static bool RequiresReason(this ItemStatus status) =>
        status is ItemStatus.NotApplicable or ItemStatus.Blocked;

    /// <summary>Not applicable items are left out of progress: they are neither done nor to do.</summary>
    public static bool CountsTowardProgress(this ItemStatus status) => status != ItemStatus.NotApplicable;

    public static string DisplayName(this ItemStatus status) => status switch
    {
        ItemStatus.Open => "Open",
        ItemStatus.InProgress => "In progress",
        ItemStatus.Done => "Done",
        ItemStatus.NotApplicable => "Not applicable",
        ItemStatus.Blocked => "Blocked",
        _ => status.ToString(),
    };

    /// <summary>The kebab-case word used in JSON and URLs.</summary>
    public static string Slug(this ItemStatus status) => status switch
    {
        ItemStatus.Open => "open",
        ItemStatus.InProgress => "in-progress",
        ItemStatus.Done => "done",
        ItemStatus.NotApplicable => "not-applicable",
        ItemStatus.Blocked => "blocked",
        _ => status.ToString().ToLowerInvariant(),
    };
}
