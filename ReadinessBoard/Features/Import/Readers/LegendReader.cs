using System.Globalization;
using System.Text;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>"✅ = done", "⬜ Not started", "🔴 Critical": every line a symbol and what it stands for, a legend.</summary>
internal sealed class LegendReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan) =>
        !list.Boxes && list.Count >= 2 && list.AllTexts(IsLegendLine)
            ? new ListKind(ListRole.NotItems, "a legend") : null;

    private static bool IsLegendLine(string text) => IsSymbolLegendLine(text) || IsLabelledLegendLine(text);

    /// <summary>"✅ Pass: the criterion is met", "N/A: the criterion does not apply": a status and what it means.</summary>
    private static bool IsLabelledLegendLine(string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon <= 0 || colon > 30 || colon == text.Length - 1)
        {
            return false;
        }

        var label = TitleText.StripSymbols(text[..colon]).Trim();
        return label.Length > 0 && label.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 3
            && (Vocabulary.StatusOfCell(label) is not null || Vocabulary.PriorityOfCell(label) is not null);
    }

    private static bool IsSymbolLegendLine(string text)
    {
        // A symbol first ("✅", "🔴"), then what it stands for: a status or priority word, or anything after "=" or ":".
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || !Rune.TryGetRuneAt(trimmed, 0, out var first) || Rune.GetUnicodeCategory(first) != UnicodeCategory.OtherSymbol)
        {
            return false;
        }

        var afterSymbols = TitleText.StripSymbols(trimmed);
        var meaning = afterSymbols.TrimStart('=', ':', '-', '–', '—', ' ');
        var separated = meaning.Length < afterSymbols.Length;
        return meaning.Length > 0 && meaning.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4
            && (separated || Vocabulary.StatusOfCell(meaning) is not null || Vocabulary.PriorityOfCell(meaning) is not null || ScaleLevel.Of(meaning) is not null);
    }
}
