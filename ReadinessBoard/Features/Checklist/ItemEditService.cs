using System.Globalization;
using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.Checklist;

/// <summary>
/// The editable facts of an item, as the details panel's form holds them. Blank text means "none".
/// <see cref="ExpectedVersion"/> is the version the form was filled from.
/// </summary>
public sealed class ItemEdit
{
    public const int MaxOwnerLength = 200;
    public const int MaxEvidenceUrlLength = 2000;
    public const int MaxNotesLength = 4000;
    public const double MaxEstimateHours = 10_000;

    public int ItemId { get; set; }
    public int ExpectedVersion { get; set; }
    public string? Owner { get; set; }
    public DateOnly? DueDate { get; set; }
    public double? EstimateMinHours { get; set; }
    public double? EstimateMaxHours { get; set; }
    public string? EvidenceUrl { get; set; }
    public string? Notes { get; set; }

    public static ItemEdit From(ItemDetails item) => new()
    {
        ItemId = item.Id,
        ExpectedVersion = item.Version,
        Owner = item.Owner,
        DueDate = item.DueDate,
        EstimateMinHours = item.EstimateMinHours,
        EstimateMaxHours = item.EstimateMaxHours,
        EvidenceUrl = item.EvidenceUrl,
        Notes = item.Notes,
    };
}

public sealed class ItemEditValidator : AbstractValidator<ItemEdit>
{
    private static readonly string s_maxHours = ItemEdit.MaxEstimateHours.ToString("N0", CultureInfo.InvariantCulture);
    private static readonly string s_maxNotes = ItemEdit.MaxNotesLength.ToString("N0", CultureInfo.InvariantCulture);

    public ItemEditValidator()
    {
        RuleFor(e => e.Owner).MaximumLength(ItemEdit.MaxOwnerLength)
            .WithMessage($"Keep the owner to {ItemEdit.MaxOwnerLength} characters or fewer.");
        RuleFor(e => e.EstimateMinHours)
            .InclusiveBetween(0, ItemEdit.MaxEstimateHours)
            .WithMessage($"Give the hours as a number from 0 to {s_maxHours}.");
        RuleFor(e => e.EstimateMaxHours)
            .InclusiveBetween(0, ItemEdit.MaxEstimateHours)
            .WithMessage($"Give the hours as a number from 0 to {s_maxHours}.");
        RuleFor(e => e.EstimateMinHours)
            .NotNull()
            .When(e => e.EstimateMaxHours is not null)
            .WithMessage("Give the fewest hours too, or leave both empty.");
        RuleFor(e => e.EstimateMaxHours)
            .GreaterThanOrEqualTo(e => e.EstimateMinHours!.Value)
            .When(e => e.EstimateMinHours is not null && e.EstimateMaxHours is not null)
            .WithMessage("The most hours cannot be fewer than the fewest.");
        RuleFor(e => e.EvidenceUrl)
            .MaximumLength(ItemEdit.MaxEvidenceUrlLength)
            .WithMessage($"Keep the link to {ItemEdit.MaxEvidenceUrlLength} characters or fewer.")
            .Must(BeAWebLink)
            .When(e => !string.IsNullOrWhiteSpace(e.EvidenceUrl))
            .WithMessage("The evidence link must be a web address starting with http:// or https://.");
        RuleFor(e => e.Notes).MaximumLength(ItemEdit.MaxNotesLength)
            .WithMessage($"Keep the notes to {s_maxNotes} characters or fewer.");
    }

    private static bool BeAWebLink(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && !string.IsNullOrEmpty(uri.Host);
}

public enum ItemEditOutcome
{
    Changed,
    Unchanged,
    Conflict,
    NotFound,
    /// <summary>The actor may read the board but not change it.</summary>
    Forbidden,
}

/// <summary>The outcome and the item as it now stands, so the caller can show the current state.</summary>
public sealed record ItemEditResult(ItemEditOutcome Outcome, ItemDetails? Item);

/// <summary>Sets an item's owner, due date, estimate, evidence link and notes.</summary>
// The notifier is optional so that a service built by hand (tests, tools) needs none; the app registers one.
public sealed class ItemEditService(
    IDbContextFactory<ReadinessDbContext> dbFactory, ChecklistQueries queries, TimeProvider clock, IBoardNotifier? notifier = null)
{
    private static readonly ItemEditValidator s_validator = new();

    public async Task<ItemEditResult> EditAsync(ItemEdit edit, Actor actor, CancellationToken ct = default)
    {
        s_validator.ValidateAndThrow(edit);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (item, found) = await db.ItemAndRoleAsync(actor, edit.ItemId, ct);
        if (item is null || found is not { } role)
        {
            return new ItemEditResult(ItemEditOutcome.NotFound, null);
        }

        if (!role.CanEdit())
        {
            return new ItemEditResult(ItemEditOutcome.Forbidden, await queries.GetItemAsync(item.BoardId, item.Id, actor, ct));
        }

        var owner = Blank(edit.Owner);
        var evidence = Blank(edit.EvidenceUrl);
        var notes = Blank(edit.Notes);
        var maxHours = edit.EstimateMaxHours ?? edit.EstimateMinHours;
        // In the form's order, which is the order a reader of the activity expects.
        var before = new Dictionary<string, string?>(StringComparer.Ordinal);
        var after = new Dictionary<string, string?>(StringComparer.Ordinal);
        void Compare(string field, string? was, string? now)
        {
            if (was != now)
            {
                before[field] = was;
                after[field] = now;
            }
        }

        Compare("owner", item.Owner, owner);
        Compare("dueDate", Text(item.DueDate), Text(edit.DueDate));
        Compare("estimateHours", Hours(item.EstimateMinHours, item.EstimateMaxHours), Hours(edit.EstimateMinHours, maxHours));
        Compare("evidenceUrl", item.EvidenceUrl, evidence);
        Compare("notes", item.Notes, notes);
        if (after.Count == 0)
        {
            return new ItemEditResult(ItemEditOutcome.Unchanged, await queries.GetItemAsync(item.BoardId, item.Id, actor, ct));
        }

        if (edit.ExpectedVersion != item.Version)
        {
            return new ItemEditResult(ItemEditOutcome.Conflict, await queries.GetItemAsync(item.BoardId, item.Id, actor, ct));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        item.Owner = owner;
        item.DueDate = edit.DueDate;
        item.EstimateMinHours = edit.EstimateMinHours;
        item.EstimateMaxHours = maxHours;
        item.EvidenceUrl = evidence;
        item.Notes = notes;
        item.UpdatedAt = now;
        item.Version++;
        db.Activities.Add(new Activity
        {
            BoardId = item.BoardId,
            ItemId = item.Id,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = ActivityKinds.ItemEdited,
            Summary = $"Changed {string.Join(", ", after.Keys.Select(FieldName))}: {item.Title.Shorten(300)}",
            Before = JsonSerializer.Serialize(before),
            After = JsonSerializer.Serialize(after),
            OccurredAt = now,
        });

        // The version is the concurrency token: the update only lands if no one else moved it first.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new ItemEditResult(ItemEditOutcome.Conflict, await queries.GetItemAsync(item.BoardId, item.Id, actor, ct));
        }

        // Written first, then every viewer of the board is told.
        if (notifier is not null)
        {
            await notifier.PublishAsync(new BoardChange(item.BoardId, ActivityKinds.ItemEdited, item.Id, item.Version, actor.Name), CancellationToken.None);
        }

        return new ItemEditResult(ItemEditOutcome.Changed, await queries.GetItemAsync(item.BoardId, item.Id, actor, ct));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string? Text(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string? Hours(double? min, double? max) => min is null ? null : HourText.Range(min.Value, max ?? min.Value);

    private static string FieldName(string field) => field switch
    {
        "owner" => "owner",
        "dueDate" => "due date",
        "estimateHours" => "estimate",
        "evidenceUrl" => "evidence link",
        "notes" => "notes",
        _ => field,
    };
}

/// <summary>Hours as people write them: <c>4 h</c>, <c>2–3 h</c>, <c>1.5 h</c>.</summary>
public static class HourText
{
    public static string Range(double min, double max) =>
        min == max ? $"{Number(min)} h" : $"{Number(min)}–{Number(max)} h";

    private static string Number(double hours) => hours.ToString("0.##", CultureInfo.InvariantCulture);
}
