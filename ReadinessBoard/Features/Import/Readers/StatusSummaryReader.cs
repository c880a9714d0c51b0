using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>"Database: ✅ Running", "Cache: ⚠️ degraded": most lines a component and its state, a status summary.</summary>
internal sealed partial class StatusSummaryReader : IListKindReader
{
    public ListKind? Classify(ListInput list, DocumentScan scan) =>
        !list.Boxes && list.Count >= 2 && list.HalfTheTexts(t => StatusLine().IsMatch(t))
            ? new ListKind(ListRole.NotItems, "a status summary") : null;

    [GeneratedRegex(@"^[^:]{1,40}:\s*(?:✅|✔|❌|⚠|🟢|🟡|🔴|🟠|⛔|⏳|🔄)", RegexOptions.CultureInvariant)]
    private static partial Regex StatusLine();
}
