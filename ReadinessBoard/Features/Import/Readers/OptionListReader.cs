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

        var options = new List<string>(list.Leads.Count);
        foreach (var text in list.Texts)
        {
            // "[ ] Small (under a day)", "[ ] **GO** - ready for production": the option is the first words.
            var words = TitleText.StripSymbols(text.StartsWith('[') && text.Length > 3 ? text[3..] : text);
            var cut = words.IndexOfAny(['(', ':', '—', '–']);
            var dash = words.IndexOf(" - ", StringComparison.Ordinal);
            var option = words[..(cut < 0 ? dash < 0 ? words.Length : dash : dash < 0 ? cut : Math.Min(cut, dash))].Trim();
            if (!OptionWord().IsMatch(option))
            {
                return null;
            }

            options.Add(option);
        }

        return new ListKind(ListRole.NotItems, $"the options of one field ({string.Join(" / ", options)})", EvenBoxes: true);
    }

    [GeneratedRegex(@"^(?:critical|high|medium|low|p[0-4]|must|should|could|won't|x{0,2}s|m|x{0,3}l|small|large|extra[ -]large|yes|no|n/a|go|no[ -]go|go with conditions|conditional go|approved|rejected|approved with conditions|pass|fail|alta|media|baja)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionWord();
}
