using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Checklist;

/// <summary>
/// What the checklist shows. It lives in the URL's query string (<see cref="QueryNames"/>), so a
/// filtered view can be shared and the priority matrix can link to one of its cells.
/// </summary>
public sealed record ChecklistFilter(
    IReadOnlyList<ItemStatus> Statuses,
    string? Owner = null,
    string? Priority = null,
    int? PhaseId = null,
    string? Text = null,
    string? Impact = null,
    string? Effort = null)
{
    /// <summary>The owner value that asks for items nobody owns yet.</summary>
    public const string Unassigned = "-";

    public static ChecklistFilter None { get; } = new([]);

    /// <summary>Two filters are equal when they choose the same items: the statuses compare by their values.</summary>
    public bool Equals(ChecklistFilter? other) =>
        other is not null && Statuses.SequenceEqual(other.Statuses) && Owner == other.Owner && Priority == other.Priority
        && PhaseId == other.PhaseId && Text == other.Text && Impact == other.Impact && Effort == other.Effort;

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var status in Statuses)
        {
            hash.Add(status);
        }

        hash.Add(Owner);
        hash.Add(Priority);
        hash.Add(PhaseId);
        hash.Add(Text);
        hash.Add(Impact);
        hash.Add(Effort);
        return hash.ToHashCode();
    }

    public bool IsEmpty => Statuses.Count == 0 && Owner is null && Priority is null && PhaseId is null
        && Text is null && Impact is null && Effort is null;

    /// <summary>Reads the filter from query-string values; unknown statuses and blank values are ignored.</summary>
    public static ChecklistFilter FromQuery(
        string[]? status, string? owner, string? priority, string? phase, string? text, string? impact, string? effort) =>
        new(
            (status ?? []).Select(StatusOfSlug).OfType<ItemStatus>().Distinct().Order().ToList(),
            Clean(owner),
            Clean(priority),
            int.TryParse(phase, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id) ? id : null,
            Clean(text),
            Clean(impact),
            Clean(effort));

    public static ItemStatus? StatusOfSlug(string? slug) =>
        Enum.GetValues<ItemStatus>().Cast<ItemStatus?>().FirstOrDefault(s => s!.Value.Slug() == slug?.Trim().ToLowerInvariant());

    private static string? Clean(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Trim().Shorten(200);

    /// <summary>The filter as query-string values, for <c>NavigationManager.GetUriWithQueryParameters</c>; null removes a value.</summary>
    public IReadOnlyDictionary<string, object?> ToQuery() => new Dictionary<string, object?>
    {
        [QueryNames.Status] = Statuses.Count == 0 ? null : Statuses.Select(s => s.Slug()).ToArray(),
        [QueryNames.Owner] = Owner,
        [QueryNames.Priority] = Priority,
        [QueryNames.Phase] = PhaseId,
        [QueryNames.Text] = Text,
        [QueryNames.Impact] = Impact,
        [QueryNames.Effort] = Effort,
    };
}

public static class QueryNames
{
    public const string Status = "status";
    public const string Owner = "owner";
    public const string Priority = "priority";
    public const string Phase = "phase";
    public const string Text = "q";
    public const string Impact = "impact";
    public const string Effort = "effort";
    public const string Page = "page";
    public const string Item = "item";
}
