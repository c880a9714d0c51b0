using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// A line of an action list (Next steps, Action items, Remediation, TODO): one item, its owner and due date read
/// from "(owner: Sam)", "— @sam", "(due 2026-12-18)"; lines nested under it are its details.
/// </summary>
internal sealed partial class ActionLineReader : IListLineReader
{
    public bool TryRead(ListLine line, DocumentScan scan)
    {
        if (scan.CurrentList.Role != ListRole.Actions)
        {
            return false;
        }

        Read(line.BoldLead, line.Text, line.Line, scan);
        return true;
    }

    private static void Read(string? boldLead, string text, int line, DocumentScan scan)
    {
        if (scan.ListNesting > 1 && scan.ParentListItemMention is { } parent)
        {
            // A line nested under an action is part of it; under a label ("1. **Before the freeze:**") it is an action itself.
            if ((parent.Details?.Length ?? 0) < 2000)
            {
                parent.Details = parent.Details is null ? text : $"{parent.Details}\n{text}";
            }

            return;
        }

        string? owner = null;
        DateOnly? due = null;
        if (ActionOwner().Match(text) is { Success: true } who)
        {
            owner = who.Groups["owner"].Value.Trim();
            text = text.Remove(who.Index, who.Length);
        }

        if (ActionDue().Match(text) is { Success: true } when
            && DateOnly.TryParseExact(when.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            due = date;
            text = text.Remove(when.Index, when.Length);
        }

        string? details = null;
        HourRange? estimate = null;
        var title = text;
        PhaseLabel? timedPhase = null;
        if (LineShapes.WhenLead(boldLead, text) is { } timed)
        {
            // "**Today:** Rotate the leaked deploy key": the label says when, the words after it what.
            (title, timedPhase) = timed;
        }
        else if (boldLead is { } lead && text.IndexOf(lead, StringComparison.Ordinal) is var at and >= 0)
        {
            var rest = text[(at + lead.Length)..].TrimStart(' ', '-', '–', '—', ':').Trim();
            if (rest.Length > 0 && lead.Length >= 3)
            {
                // "✅ **Fix the ESLint config** (1 hour)": the estimate after the lead is the item's.
                var restParts = TitleText.Parse(rest);
                title = text[..(at + lead.Length)];
                estimate = restParts.Estimate;
                details = restParts.Title.Length == 0 ? null : estimate is null ? rest : restParts.Title;
            }
        }

        var parts = TitleText.Parse(title);
        if (parts.Title.Length == 0 || LineShapes.IsProgressSummary(text))
        {
            return;
        }

        var status = StatusMarks.Find(text);
        if (scan.CurrentList.FromLeadIn)
        {
            // "**Recommendations:**" above the list: under a heading with a status line, its lines are that check's notes.
            scan.SoftMentions++;
        }

        var mention = new Mention(MentionKind.ActionLine, scan.Truncate(parts.Title, line, "A task title"), line)
        {
            Section = scan.CurrentSection,
            Phase = timedPhase is not null ? scan.PhaseFor(timedPhase, line) : scan.CurrentPhase,
            Estimate = parts.Estimate ?? estimate,
            Status = status,
            Authority = status is null ? 0 : Mention.Authorities.PlanMark,
            StatusWhere = "the action list",
            Owner = owner is { Length: > 0 and <= 200 } ? owner : null,
            Due = due,
            Details = details,
        };
        scan.AddMention(mention);
    }

    [GeneratedRegex(@"\s*\(\s*(?i:owner|assignee|assigned to|who)\s*:\s*(?<owner>[^)]{1,100})\)|\s*\(\s*(?<owner>@[\w.-]{1,60})\s*\)|\s+[-–—]\s*(?<owner>@[\w.-]{1,60})\s*$|\s+[–—]\s*(?<owner>\p{Lu}[\w.'-]{1,30}(?: \p{Lu}[\w.'-]{1,30})?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ActionOwner();

    [GeneratedRegex(@"\s*\(?\s*\b(?:due|by)\s*:?\s*(?<date>\d{4}-\d{2}-\d{2})\s*\)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActionDue();
}
