using System.Text.Json;
using System.Text.Json.Serialization;

namespace ReadinessBoard.Features.Import;

/// <summary>The shape of a block a person can read differently: a list, a table, or a run of headings.</summary>
public enum BlockShape
{
    List,
    Table,
    Headings,

    /// <summary>A code block with lines that look like task boxes: example text, never items, and no choice to make.</summary>
    Code,
}

/// <summary>
/// The columns a person named for a table read as items, as indexes into its header row. The title is
/// required; a column left null is found from its header as usual.
/// </summary>
public sealed record ChosenColumns(int Title, int? Status = null, int? Priority = null, int? Owner = null, int? Due = null);

/// <summary>
/// How a person chose to read one block, against the importer's own reading: as items (a table with
/// <see cref="Columns"/>), or as no items (a table is then kept as it is). The block is named by its
/// <see cref="BlockReading.Anchor"/>, which survives edits elsewhere in the document, so that the choice
/// holds for a newer version too.
/// </summary>
public sealed record ReadingChoice(string Anchor, bool AsItems, ChosenColumns? Columns = null);

/// <summary>The choices made for one document: kept with its board and used again for each newer version.</summary>
public sealed class ReadingChoices
{
    private static readonly JsonSerializerOptions s_json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    private readonly Dictionary<string, ReadingChoice> _byAnchor;

    public ReadingChoices(IEnumerable<ReadingChoice> choices)
    {
        ArgumentNullException.ThrowIfNull(choices);
        _byAnchor = new Dictionary<string, ReadingChoice>(StringComparer.Ordinal);
        foreach (var choice in choices)
        {
            _byAnchor[choice.Anchor] = choice;
        }
    }

    public static ReadingChoices None { get; } = new([]);

    public IReadOnlyCollection<ReadingChoice> All => _byAnchor.Values;

    public int Count => _byAnchor.Count;

    public ReadingChoice? For(string anchor) => _byAnchor.GetValueOrDefault(anchor);

    /// <summary>These choices with the one for <paramref name="choice"/>'s block replaced, or removed when <paramref name="choice"/> is null.</summary>
    public ReadingChoices With(string anchor, ReadingChoice? choice)
    {
        var copy = new Dictionary<string, ReadingChoice>(_byAnchor, StringComparer.Ordinal);
        copy.Remove(anchor);
        if (choice is not null)
        {
            copy[anchor] = choice;
        }

        return new ReadingChoices(copy.Values);
    }

    /// <summary>The choices as stored with a board; null when there are none.</summary>
    public string? ToJson() => Count == 0 ? null : JsonSerializer.Serialize(_byAnchor.Values.OrderBy(c => c.Anchor, StringComparer.Ordinal), s_json);

    /// <summary>The choices stored with a board; none for null or text that is not a list of choices (a board from before choices).</summary>
    public static ReadingChoices FromJson(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return None;
        }

        try
        {
            return new ReadingChoices(JsonSerializer.Deserialize<List<ReadingChoice>>(json, s_json)?.Where(c => c?.Anchor is not null) ?? []);
        }
        catch (JsonException)
        {
            return None;
        }
    }
}
