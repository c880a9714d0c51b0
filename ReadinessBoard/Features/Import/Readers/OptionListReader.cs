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
        var verdict = scan.CurrentSection is { } section && VerdictSection().IsMatch(scan.Sections[section].Title);
        for (var i = 0; i < list.Count; i++)
        {
            if (Option(list.Leads[i], list.Texts[i], verdict) is not { } option || options.Contains(option, StringComparer.OrdinalIgnoreCase))
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
    /// Under a heading that asks for one verdict ("Overall status", "Decision"), a bold word in capitals before a colon
    /// is an option too ("**HOLD**: do not launch"), where elsewhere "**CRITICAL**: Fix the leak" is a task.
    /// </summary>
    private static string? Option(Markdig.Syntax.ParagraphBlock? lead, string text, bool verdict)
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
            ? bold
            : verdict && bold is { Length: >= 2 } word && word.TrimEnd(':').All(ch => char.IsUpper(ch) || ch is ' ' or '-')
                && words.StartsWith(word, StringComparison.Ordinal) && (word.EndsWith(':') || words[word.Length..].TrimStart().StartsWith(':'))
                ? word.TrimEnd(':') : null;
    }

    [GeneratedRegex(@"\b(?:overall status|verdict|decision|outcome|go\s*/\s*no[ -]go|recommendation|final status|launch status|readiness status)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VerdictSection();

    [GeneratedRegex(@"^(?:critical|high|medium|low|p[0-4]|must|should|could|won't|x{0,2}s|m|x{0,3}l|small|large|extra[ -]large|yes|no|n/a|go|no[ -]go|go with conditions|conditional go|approved|rejected|approved with conditions|pass|fail|alta|media|baja)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OptionWord();
}
