using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import.Readers;

/// <summary>
/// The facts a line may state about a task ("**Impact:** High", "**Effort:** 2 hours", "**Status:** ✅ Done",
/// "**Owner:** Priya"), wherever the readers find them: under a task heading, a check heading or a bullet.
/// </summary>
internal static class Facts
{
    /// <summary>The keys of the fact lines under a numbered task heading ("**Impact:** High").</summary>
    public static readonly string[] TaskHeadingKeys =
        ["impact", "effort", "risk", "priority", "status", "completed", "estimate", "time", "owner", "estimated time", "estimated effort", "time estimate"];

    /// <summary>The keys of the fact lines under a heading read as a check: a status, priority or owner line makes it one.</summary>
    public static readonly string[] CheckKeys = [.. TaskHeadingKeys, "severity", "due", "assignee"];

    /// <summary>Sets the field of <paramref name="item"/> that <paramref name="key"/> (lower case) names; false for a key that names none.</summary>
    public static bool Apply(Mention item, string key, string value)
    {
        switch (key)
        {
            case "impact":
                item.Impact ??= CellWords.Level(value);
                item.FreeFacts = CellWords.Join(item.FreeFacts, CellWords.FreeFacts(("Impact", value)));
                return true;
            case "effort":
                item.Effort ??= CellWords.Level(value);
                item.Estimate ??= HourRange.Find(value);
                item.FreeFacts = CellWords.Join(item.FreeFacts, HourRange.Find(value) is null ? CellWords.FreeFacts(("Effort", value)) : null);
                return true;
            case "risk":
                item.Risk ??= CellWords.Level(value);
                item.FreeFacts = CellWords.Join(item.FreeFacts, CellWords.FreeFacts(("Risk", value)));
                return true;
            case "priority" or "severity":
                item.Priority ??= Vocabulary.PriorityOfCell(value) ?? CellWords.PriorityOfCell(value);
                return true;
            case "estimate" or "time" or "estimated time" or "estimated effort" or "time estimate":
                item.Estimate ??= HourRange.Find(value);
                return true;
            case "status":
                if (StatusMarks.FindInCell(value) is { } status)
                {
                    item.Status = status;
                    item.Authority = Mention.Authorities.Explicit;
                }

                return true;
            case "completed":
                item.Status = ItemStatus.Done;
                item.Authority = Mention.Authorities.Explicit;
                item.CompletedOn = CellWords.FirstIsoDate(value);
                return true;
            case "owner" or "assignee":
                item.Owner ??= CellWords.Person(value);
                return true;
            case "due":
                item.Due ??= CellWords.DueDate(value);
                return true;
            default:
                return false;
        }
    }
}
