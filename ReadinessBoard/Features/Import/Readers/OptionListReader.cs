using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// Boxes that are the options of one field of a template, to tick one of: <c>- [ ] High</c>, <c>- [ ] Medium</c>,
/// <c>- [ ] Low</c> under "Priority"; <c>- [ ] Small (under a day)</c>; <c>- [ ] **GO** / **NO-GO** / **GO WITH
/// CONDITIONS**</c>. One choice, not tasks: never items, not even their boxes.
/// </summary>
internal sealed partial class OptionListReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan)
    {
        if (!list.Boxes || list.Count < 2 || list.Count > 6)
        {
            return null;
        }

        var options = new List<string>(list.Count);
        for (var i = 0; i < list.Count; i++)
        {
            if (Option(list.Leads[i], list.Texts[i]) is not { } option || options.Contains(option, StringComparer.OrdinalIgnoreCase))
            {
                return null;
            }

            options.Add(option);
        }

        return new ListKind(ListRole.NotItems, $"the options of one field ({string.Join(" / ", options)})", EvenBoxes: true);
    }

    /// <summary>
    /// The option a box offers: the whole line ("High"), the words before a parenthesis ("Small (under a day)"), or a bold
    /// option before a dash ("**GO** - ready for production"); null for a line that says more ("P0: Fix data loss").
    /// </summary>
    private static string? Option(Markdig.Syntax.ParagraphBlock? lead, string text)
    {
        var words = TitleText.StripSymbols(text);
        var paren = words.IndexOf('(', StringComparison.Ordinal);
        var option = (paren > 0 ? words[..paren] : words).Trim();
        if (OptionWord().IsMatch(option))
        {
            return option;
        }

        var bold = lead is null ? null : LineShapes.BoldLead(lead)?.Trim();
        return bold is not null && OptionWord().IsMatch(bold) && words.StartsWith(bold, StringComparison.Ordinal)
            && words[bold.Length..].TrimStart() is var rest && (rest.Length == 0 || rest[0] is '-' or '–' or '—')
            ? bold : null;
    }

    [GeneratedRegex(@"^(?:critical|high|medium|low|p[0-4]|must|should|could|won't|x{0,2}s|m|x{0,3}l|small|large|extra[ -]large|yes|no|n/a|go|no[ -]go|go with conditions|conditional go|approved|rejected|approved with conditions|pass|fail|alta|media|baja)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionWord();
}
