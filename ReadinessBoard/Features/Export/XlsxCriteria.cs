namespace ReadinessBoard.Features.Export;

/// <summary>
/// One condition of a workbook count or sum: a range whose cells equal a cell's text, or a fixed word.
/// </summary>
/// <param name="Criterion">The condition as a <c>COUNTIFS</c>/<c>SUMIFS</c> criterion.</param>
/// <param name="Comparison">The same condition as an array comparison, for <c>SUMPRODUCT</c>.</param>
/// <param name="FitsACriterion">Whether the text is short enough to be a criterion at all.</param>
internal sealed record XlsxCondition(string Range, string Criterion, string Comparison, bool FitsACriterion)
{
    /// <summary>Excel answers <c>#VALUE!</c> for a criterion longer than this.</summary>
    public const int MaxCriterionLength = 255;

    /// <summary>
    /// Cells of <paramref name="range"/> that hold exactly the text of <paramref name="cell"/>
    /// (<paramref name="text"/>): its <c>* ? ~</c> are escaped, so they are no wildcards.
    /// </summary>
    public static XlsxCondition EqualsCell(string range, string cell, string text) => new(
        range,
        $"SUBSTITUTE(SUBSTITUTE(SUBSTITUTE({cell},\"~\",\"~~\"),\"*\",\"~*\"),\"?\",\"~?\")",
        $"{range}={cell}",
        text.Length + text.Count(c => c is '~' or '*' or '?') <= MaxCriterionLength);

    /// <summary>Cells of <paramref name="range"/> that hold exactly <paramref name="word"/>, a word the app writes (a status, a period).</summary>
    public static XlsxCondition EqualsWord(string range, string word) =>
        new(range, Literal(word), $"{range}={Literal(word)}", FitsACriterion: true);

    /// <summary>A string literal in a formula: quotes doubled. Formula text is never built from unescaped data.</summary>
    public static string Literal(string text) => "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}

/// <summary>
/// Counts and sums over the workbook's sheets as <c>COUNTIFS</c> and <c>SUMIFS</c>: what a reader of the
/// formula expects, quick to recalculate, and what every spreadsheet evaluates (ClosedXML, which the
/// tests open each workbook with, included). Only when a condition's text is too long to be a
/// criterion is it the equivalent <c>SUMPRODUCT</c> of comparisons.
/// </summary>
internal static class XlsxCriteria
{
    public static string CountIfs(params XlsxCondition[] conditions) =>
        conditions.All(c => c.FitsACriterion)
            ? $"COUNTIFS({Pairs(conditions)})"
            : $"SUMPRODUCT({string.Join(',', conditions.Select(c => $"--({c.Comparison})"))})";

    public static string SumIfs(string sumRange, params XlsxCondition[] conditions) =>
        conditions.All(c => c.FitsACriterion)
            ? $"SUMIFS({sumRange},{Pairs(conditions)})"
            : $"SUMPRODUCT({string.Join(',', conditions.Select(c => $"--({c.Comparison})"))},{sumRange})";

    private static string Pairs(IEnumerable<XlsxCondition> conditions) =>
        string.Join(',', conditions.Select(c => $"{c.Range},{c.Criterion}"));
}
