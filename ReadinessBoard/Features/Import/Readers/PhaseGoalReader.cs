using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>"**Goal:** every service behind the gateway", under a phase: that phase's goal.</summary>
internal sealed class PhaseGoalReader : IParagraphReader
{
    private static readonly string[] s_goalKey = ["goal"];

    public bool TryRead(ParagraphBlock paragraph, DocumentScan scan)
    {
        if (scan.CurrentPhase is not { } current || paragraph.Inline?.FirstChild is not EmphasisInline
            || scan.MetaPairs(paragraph, s_goalKey) is not [{ Value.Length: > 0 } goal, ..])
        {
            return false;
        }

        scan.Phases[current].Goal ??= goal.Value.Length > 2000 ? goal.Value[..2000] : goal.Value;
        return true;
    }
}
