using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// An impact, effort or risk on a scale the priority matrix can place: a word (Critical, High, Medium,
/// Low, None, "very high"), a score of 1-5 (<c>4</c>, <c>4/5</c>), stars (<c>⭐⭐⭐</c>) or a T-shirt size
/// (S, M, L, XL). Anything else ("Cross-tenant data leak", "8 hours") is no level: it belongs in the
/// item's details, or is its estimate.
/// </summary>
public static partial class ScaleLevel
{
    public static string? Of(string? cell)
    {
        var text = cell?.Trim() ?? "";
        if (text.Length == 0)
        {
            return null;
        }

        var stars = text.Count(c => c is '\u2B50' or '\u2605');
        if (stars > 0)
        {
            return OfScore(Math.Min(stars, 5));
        }

        var words = TitleText.StripSymbols(text).Trim().ToLowerInvariant();
        if (Score().Match(words) is { Success: true } score)
        {
            var value = int.Parse(score.Groups["n"].Value, CultureInfo.InvariantCulture);
            var of = score.Groups["of"].Success ? int.Parse(score.Groups["of"].Value, CultureInfo.InvariantCulture) : 5;
            return of is 5 or 10 && value >= 0 && value <= of ? OfScore((int)Math.Ceiling(value * 5.0 / of)) : null;
        }

        // "High", "HIGH - data loss", "Very high": the scale's word leads, with at most a few words after it.
        var lead = Lead().Match(words);
        if (!lead.Success)
        {
            return null;
        }

        var rest = words[lead.Length..].TrimStart(' ', '-', '–', '—', ':', '(', ',');
        return rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4 ? Name(lead.Groups["word"].Value) : null;
    }

    private static string OfScore(int score) => score switch
    {
        <= 0 => "None",
        1 or 2 => "Low",
        3 => "Medium",
        4 => "High",
        _ => "Critical",
    };

    private static string? Name(string word) => word switch
    {
        "critical" or "very high" or "severe" or "xl" or "xxl" => "Critical",
        "high" or "major" or "large" or "l" or "big" => "High",
        "medium" or "med" or "moderate" or "m" or "mid" => "Medium",
        "low" or "minor" or "small" or "s" or "xs" or "very low" or "minimal" or "trivial" => "Low",
        "none" => "None",
        // Spanish
        "critico" or "critica" or "crítico" or "crítica" or "muy alto" or "muy alta" => "Critical",
        "alto" or "alta" => "High",
        "medio" or "media" => "Medium",
        "bajo" or "baja" => "Low",
        _ => null,
    };

    [GeneratedRegex(@"^(?<n>\d{1,2})(?:\s*/\s*(?<of>\d{1,2}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Score();

    [GeneratedRegex(@"^(?<word>very high|very low|critical|severe|high|major|large|big|medium|med|moderate|mid|low|minor|small|minimal|trivial|none|xxl|xl|xs|l|m|s|cr[ií]tic[oa]|muy alt[oa]|alt[oa]|medi[oa]|baj[oa])(?![\w/])", RegexOptions.CultureInvariant)]
    private static partial Regex Lead();
}
