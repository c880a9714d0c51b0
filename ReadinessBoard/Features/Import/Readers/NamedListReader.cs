using System.Buffers;
using Markdig.Syntax;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// What the lead-in above a list ("**Next steps:**", "Current system will:") or its section's name
/// (Next steps, Remediation, References, Success criteria) says it is: an action list, or never items. Also
/// decides for lists of task boxes, which only a name can make an action list.
/// </summary>
internal sealed class NamedListReader : IListKindReader
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> s_consequenceCues = new HashSet<string>(
        ["will", "would", "could", "might", "risk", "risks", "consequence", "consequences", "means", "leads", "results", "symptoms", "without", "otherwise", "happens", "fails"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly SearchValues<char> s_wordBreaks = SearchValues.Create(" ,()");

    public ListKind? Classify(ListInput list, DocumentScan scan)
    {
        if (list.Previous is ParagraphBlock paragraph && LeadIn(paragraph, scan) is { } label)
        {
            if (SectionWords.IsActions(label))
            {
                return new ListKind(ListRole.Actions, ActionsName: label, FromLeadIn: true);
            }

            if (SectionWords.NotItemsReason(label) is { } reason)
            {
                return new ListKind(ListRole.NotItems, reason);
            }

            if (IsConsequenceLeadIn(label))
            {
                return new ListKind(ListRole.NotItems, "a list of consequences");
            }
        }

        if (scan.CurrentSection is not { } s)
        {
            // "# Release Checklist" then "1. Update the README": the document's own name says what its lists are.
            return TitleSaysChecks(scan) ? new ListKind(ListRole.Actions, ActionsName: scan.Title) : null;
        }

        var section = scan.Sections[s];
        if (scan.RoleOf(s).NotItems is { } notItems)
        {
            return new ListKind(ListRole.NotItems, notItems);
        }

        if (section.ParentIndex is { } parent && scan.RoleOf(parent).NotItems is { } parentReason)
        {
            return new ListKind(ListRole.NotItems, parentReason);
        }

        // "## How to use this checklist", "## Overview": the document's front matter; its boxes are still items.
        if (SectionWords.IsIntroduction(section.Title))
        {
            return new ListKind(ListRole.NotItems, "the document's front matter (an introduction, how to use it)");
        }

        if (scan.RoleOf(s).Actions)
        {
            return new ListKind(ListRole.Actions, ActionsName: section.Title);
        }

        // "## Next steps" then "### Before deployment": the lists of its parts are actions too.
        if (section.ParentIndex is { } outer && scan.RoleOf(outer).Actions)
        {
            return new ListKind(ListRole.Actions, ActionsName: scan.Sections[outer].Title);
        }

        // "# Definition of Done" then "### A story has to:" and a numbered list: numbered lines of a part of a checklist document.
        if (section.ParentIndex is null && list.List.IsOrdered && !scan.IsFrontMatter(s) && TitleSaysChecks(scan))
        {
            return new ListKind(ListRole.Actions, ActionsName: scan.Title);
        }

        return null;
    }

    private static bool TitleSaysChecks(DocumentScan scan) => scan.Title is { } title && SectionWords.IsActions(title);

    /// <summary>The words a paragraph ends with when it leads into the list below it ("Current system will:", "**Next steps:**").</summary>
    private static string? LeadIn(ParagraphBlock paragraph, DocumentScan scan)
    {
        var text = scan.TextOf(paragraph).TrimEnd();
        if (!text.EndsWith(':'))
        {
            return null;
        }

        var start = Math.Max(text.LastIndexOf('\n'), Math.Max(text.LastIndexOf(". ", StringComparison.Ordinal), -1)) + 1;
        var lead = text[start..^1].Trim();
        return lead.Length is > 0 and <= 120 ? lead : null;
    }

    private static bool IsConsequenceLeadIn(string label)
    {
        // Read word by word in place: this runs for every list that follows a label.
        foreach (var range in label.AsSpan().SplitAny(s_wordBreaks))
        {
            if (s_consequenceCues.Contains(label.AsSpan()[range]))
            {
                return true;
            }
        }

        return false;
    }
}
