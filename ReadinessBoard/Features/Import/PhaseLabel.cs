using System.Globalization;
using System.Text.RegularExpressions;

namespace ReadinessBoard.Features.Import;

/// <summary>
/// A step of a plan named by time, in the document's own scheme:
/// <list type="bullet">
/// <item>days, weeks and months of a plan: <c>Day 0</c>, <c>Day 1-2</c>, <c>Days 2-7</c>, <c>Week 1</c>, <c>weeks 2-3</c>, <c>Month 2</c>, also
/// inside other words (<c>Should Have (Week 2)</c>);</item>
/// <item>a countdown to a launch: <c>T-7 days</c>, <c>T-1</c>, <c>T-48h</c>, <c>T+1</c>, <c>Launch day (T-0)</c>, <c>Go-live day</c>;</item>
/// <item>hour slots of a day: <c>10:00 AM</c>, <c>14:30</c>, <c>6 Hours Before</c>, <c>2 hours after</c>.</item>
/// </list>
/// Days count from the plan start: Day 0 is the day before Week 1 (days 1-7) and is the launch day of a
/// countdown, so T-7 is day -7; Month 2 is days 31-60. An hour slot has no day of its own (<see cref="IsSlot"/>):
/// it is a step of the day it stands in, and <see cref="Minute"/> orders it within that day.
/// </summary>
public sealed partial record PhaseLabel(string Name, int StartDay, int EndDay)
{
    /// <summary>Minutes into the day, for an hour slot; before the clock times for "6 hours before", after them for "2 hours after".</summary>
    public int? Minute { get; init; }

    public bool IsSlot => Minute is not null;

    /// <summary>A step of a plan counted without days ("Phase 2", "Stage 3"): in the document's order, holding or held by any other.</summary>
    public bool Undated { get; init; }

    public static PhaseLabel? Find(string text) => Countdown(text) ?? Calendar(text) ?? Slot(text) ?? Numbered(text);

    /// <summary>The text without the phase labels in it, so that the hours it states are not read from "T-48h", "6 Hours Before" or "First 6 Hours".</summary>
    public static string WithoutLabels(string text) =>
        WindowPattern().BlankMatches(RelativeSlotPattern().BlankMatches(CountdownPattern().BlankMatches(CalendarPattern().BlankMatches(BeforeAfterPattern().BlankMatches(text)))));

    /// <summary>
    /// Whether this phase can hold <paramref name="inner"/>: not when the inner one is longer (a week is no part of a
    /// day). Days under a week may count from the week's start ("Week 2" then "Day 1-2"). A phase without days holds and
    /// is held by any.
    /// </summary>
    public bool Holds(PhaseLabel inner) => Undated || inner.Undated || inner.EndDay - inner.StartDay <= EndDay - StartDay;

    /// <summary>"Phase 1: Foundations", "Stage 2": a numbered step of a plan without days.</summary>
    private static PhaseLabel? Numbered(string text) =>
        NumberedPattern().Match(text) is { Success: true } match
            ? new PhaseLabel($"{CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["unit"].Value.ToLowerInvariant())} {match.Groups["n"].Value}", 0, 0) { Undated = true }
            : null;

    /// <summary>The label of a slot placed in the day of <paramref name="day"/>: it starts and ends with it.</summary>
    public PhaseLabel Within(PhaseLabel? day) => this with { StartDay = day?.StartDay ?? 0, EndDay = day?.StartDay ?? 0 };

    private static PhaseLabel? Calendar(string text)
    {
        var match = CalendarPattern().Match(text);
        if (!match.Success)
        {
            // "First week", "Week one", "Second month": the same steps in words.
            return OrdinalPattern().Match(text) is { Success: true } words ? Calendar($"{words.Groups["unit"].Value} {Ordinal(words.Groups["n"].Value)}") : null;
        }

        var unit = CultureInfo.InvariantCulture.TextInfo.ToTitleCase(match.Groups["unit"].Value.ToLowerInvariant());
        var from = int.Parse(match.Groups["from"].Value, CultureInfo.InvariantCulture);
        var to = match.Groups["to"].Success ? int.Parse(match.Groups["to"].Value, CultureInfo.InvariantCulture) : from;
        if (to < from)
        {
            (from, to) = (to, from);
        }

        var name = from == to ? $"{unit} {from}" : $"{unit} {from}-{to}";
        return unit switch
        {
            "Day" => new PhaseLabel(name, from, to),
            "Week" => new PhaseLabel(name, (Math.Max(0, from - 1) * 7) + 1, Math.Max(1, to) * 7),
            _ => new PhaseLabel(name, (Math.Max(0, from - 1) * 30) + 1, Math.Max(1, to) * 30),
        };
    }

    /// <summary>"T-7 days", "T-1", "T+2", "T-48h", "Launch day (T-0)", "Go-live day": days around a launch, which is day 0.</summary>
    private static PhaseLabel? Countdown(string text)
    {
        var launchDay = LaunchDayPattern().Match(text);
        if (TZero().IsMatch(text))
        {
            // "T-Zero", "T-Day": the launch itself.
            return new PhaseLabel(launchDay.Success ? $"{Capitalized(launchDay.Value)} (T-0)" : "T-0", 0, 0);
        }

        var match = CountdownPattern().Match(text);
        if (!match.Success)
        {
            // "T-24 Hours (Day Before Launch)" is named by its countdown; "48 Hours Before Launch" only in words.
            return BeforeAfter(text) ?? (launchDay.Success ? new PhaseLabel(Capitalized(launchDay.Value), 0, 0) : null);
        }

        var count = int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture);
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        var sign = match.Groups["sign"].Value is "+" || match.Groups["sign"].Value.Equals("plus", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        var written = count == 0 ? "T-0"
            : unit.Length == 0 ? $"T{(sign > 0 ? '+' : '-')}{count}"
            : $"T{(sign > 0 ? '+' : '-')}{count} {UnitName(unit, count)}";

        // "T-30 minutes", "T-1 hour": a moment of the launch day itself, before or after the launch.
        var minutes = unit.StartsWith('m') ? count : unit.StartsWith('h') && count < 24 ? count * 60 : (int?)null;
        if (minutes is { } before && count > 0)
        {
            return new PhaseLabel(written, 0, 0) { Minute = sign < 0 ? -before : (24 * 60) + before };
        }

        int Days(int n) => unit.StartsWith('w') ? n * 7 : unit.StartsWith('h') ? (n + 23) / 24 : n;
        if (match.Groups["until"].Success)
        {
            // "T-5 to T-1 days": one phase over those days.
            var until = int.Parse(match.Groups["until"].Value, CultureInfo.InvariantCulture);
            var (first, last) = (sign * Days(count), sign * Days(until));
            var range = $"T{(sign > 0 ? '+' : '-')}{count} to T{(sign > 0 ? '+' : '-')}{until}{(unit.Length == 0 ? "" : " " + UnitName(unit, until == 1 ? 1 : 2))}";
            return new PhaseLabel(range, Math.Min(first, last), Math.Max(first, last));
        }

        var days = Days(count);
        var day = sign * days;
        var name = launchDay.Success && day == 0 ? $"{Capitalized(launchDay.Value)} (T-0)" : written;
        return new PhaseLabel(name, day, day);
    }

    /// <summary>
    /// "2 Weeks Before", "48 Hours Before Launch", "1 Day Before Launch", "(Day Before)", "3 days after": days around a
    /// launch written in words. Fewer than 24 hours is an hour slot of the launch day (<see cref="Slot"/>).
    /// </summary>
    private static PhaseLabel? BeforeAfter(string text)
    {
        if (BeforeAfterPattern().Match(text) is not { Success: true } match)
        {
            return null;
        }

        var count = match.Groups["count"].Success ? int.Parse(match.Groups["count"].Value, CultureInfo.InvariantCulture)
            : match.Groups["word"].Success ? Ordinal(match.Groups["word"].Value) : 1;
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        if (count == 0 || (unit.StartsWith('h') && count < 24))
        {
            return null;
        }

        var sign = match.Groups["side"].Value.StartsWith("after", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        var days = unit.StartsWith('w') ? count * 7 : unit.StartsWith('h') ? (count + 23) / 24 : count;
        var name = $"{count} {UnitName(unit, count)} {(sign < 0 ? "before" : "after")}";
        return new PhaseLabel(name, sign * days, sign * days);
    }

    private static int Ordinal(string word) => word.ToLowerInvariant() switch
    {
        "first" or "one" or "a" or "an" or "the" => 1,
        "second" or "two" => 2,
        "third" or "three" => 3,
        "fourth" or "four" => 4,
        "fifth" or "five" => 5,
        "seven" => 7,
        _ => 6,
    };

    private static string UnitName(string unit, int count) => (unit[0], count) switch
    {
        ('m', 1) => "minute",
        ('m', _) => "minutes",
        ('w', 1) => "week",
        ('w', _) => "weeks",
        ('h', 1) => "hour",
        ('h', _) => "hours",
        (_, 1) => "day",
        _ => "days",
    };

    /// <summary>"10:00 AM", "9am", "14:30", "6 Hours Before", "2 hours after": an hour slot of a day.</summary>
    private static PhaseLabel? Slot(string text)
    {
        if (RelativeSlotPattern().Match(text) is { Success: true } relative)
        {
            var hours = int.Parse(relative.Groups["hours"].Value, CultureInfo.InvariantCulture);
            var after = relative.Groups["side"].Value.StartsWith("after", StringComparison.OrdinalIgnoreCase);
            var name = $"{hours} {(hours == 1 ? "hour" : "hours")} {(after ? "after" : "before")}";
            // Before any clock time of the day (the hours nearest the launch last), or after all of them.
            return new PhaseLabel(name, 0, 0) { Minute = after ? (24 * 60) + (hours * 60) : -(hours * 60) };
        }

        foreach (Match clock in ClockPattern().Matches(text))
        {
            if (ClockTime(clock) is { } slot)
            {
                // "12:00-13:00" and "12:00-18:00" are two slots: the range is the name.
                var rest = text.AsSpan(clock.Index + clock.Length).TrimStart();
                if (rest.Length > 1 && rest[0] is '-' or '–' && ClockPattern().Match(rest[1..].TrimStart().ToString()) is { Success: true, Index: 0 } end
                    && ClockTime(end) is { } until)
                {
                    return slot with { Name = $"{slot.Name}-{until.Name}" };
                }

                return slot;
            }
        }

        return null;
    }

    private static PhaseLabel? ClockTime(Match clock)
    {
        var hour = int.Parse(clock.Groups["hour"].Value, CultureInfo.InvariantCulture);
        var minute = clock.Groups["minute"].Success ? int.Parse(clock.Groups["minute"].Value, CultureInfo.InvariantCulture) : 0;
        var half = clock.Groups["half"].Value.ToUpperInvariant().Replace(".", "", StringComparison.Ordinal);
        if ((half.Length == 0 && !clock.Groups["minute"].Success) || hour > 23 || minute > 59 || (half.Length > 0 && hour is 0 or > 12))
        {
            return null;
        }

        var hour24 = half switch
        {
            "AM" => hour % 12,
            "PM" => (hour % 12) + 12,
            _ => hour,
        };
        var label = half.Length > 0 ? $"{hour}:{minute:00} {half}" : $"{hour:00}:{minute:00}";
        return new PhaseLabel(label, 0, 0) { Minute = (hour24 * 60) + minute };
    }

    private static string Capitalized(string words)
    {
        var folded = string.Join(' ', words.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
        return string.Concat(char.ToUpperInvariant(folded[0]).ToString(), folded[1..]);
    }

    [GeneratedRegex(@"\b(?<unit>Day|Week|Month)s?\s+(?<from>\d{1,3})(?:\s*(?:[-–]|to)\s*(?<to>\d{1,3}))?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CalendarPattern();

    [GeneratedRegex(@"\b(?<n>first|second|third|fourth|fifth|sixth)\s+(?<unit>day|week|month)\b|\b(?<unit>day|week|month)\s+(?<n>one|two|three|four|five|six)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OrdinalPattern();

    // "T-7", "T - 1 day", "T+2 weeks", "T-48h"; not "AT-7" nor "T-shirt".
    // "T-01" with a leading zero is a task's id, not a countdown.
    [GeneratedRegex(@"(?<![\w-])T\s?(?:(?<sign>[-−–+])|[- ](?<sign>minus|plus)\s)\s?(?!0\d)(?<count>\d{1,3})(?:\s*(?:to|through|[-–])\s*T\s?[-−–+]\s?(?<until>\d{1,3}))?(?:\s*(?<unit>days?|d|weeks?|wks?|w|hours?|hrs?|h|minutes?|mins?)\b)?(?![\w-])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex CountdownPattern();

    [GeneratedRegex(@"(?<![\w-])T[- ](?:zero|day)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TZero();

    [GeneratedRegex(@"\b(?:launch|go[- ]live|release|cut-?over|ship|migration)\s+day\b|\bday\s+of\s+(?:launch|go[- ]live|release)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LaunchDayPattern();

    // "10:00 AM", "9am", "9 a.m.", "14:30"; the minutes or a half of the day must be there, so "Step 3" is no time.
    [GeneratedRegex(@"(?<![\w:.$])(?<hour>\d{1,2})(?::(?<minute>\d{2}))?\s?(?<half>[AaPp]\.?[Mm]\.?)?(?![\w:])", RegexOptions.CultureInvariant)]
    private static partial Regex ClockPattern();

    // The label is the countdown, at its start or in its parentheses: "48 Hours Before Launch", "Pre-Launch (2 Weeks Before)";
    // not "Renew the certificate 30 days before expiry".
    [GeneratedRegex(@"(?:^[^\p{L}\p{N}]*|\(\s*)(?:(?<count>\d{1,3})|(?<word>one|two|three|four|five|six|seven|a|an|the))?\s*(?<unit>days?|weeks?|hours?)\s+(?<side>before|prior|after)(?:\s+(?:the\s+)?(?:launch|go[- ]live|release|cut-?over|deployment|migration)(?:\s+day)?)?\s*(?:$|\)|[:\-–—])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BeforeAfterPattern();

    // "First 6 Hours", "within 2 hours": a window of time, not hours of work.
    [GeneratedRegex(@"\b(?:first|next|last|within|for|over|past)\s+\d{1,3}(?:\.\d+)?\s*(?:hours?|hrs?|h|minutes?|mins?|days?)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex WindowPattern();

    [GeneratedRegex(@"^\W*(?<unit>phase|stage)\s+(?<n>\d{1,2})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NumberedPattern();

    [GeneratedRegex(@"\b(?<hours>\d{1,2})\s+hours?\s+(?<side>before|prior|after)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RelativeSlotPattern();
}
