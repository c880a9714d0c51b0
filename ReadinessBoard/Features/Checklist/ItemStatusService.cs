using FluentValidation;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Features.Checklist;

/// <summary>A request to set an item's status. Setting is idempotent: it is never a toggle.</summary>
public sealed record SetItemStatus(int ItemId, ItemStatus Status, string? Reason = null, int? ExpectedVersion = null);

public enum StatusChangeOutcome
{
    Changed,
    Unchanged,
    Conflict,
    NotFound,
    /// <summary>The actor may read the board but not change it.</summary>
    Forbidden,
}

/// <summary>The outcome and the item as it now stands, so the caller can show the current state.</summary>
public sealed record StatusChangeResult(StatusChangeOutcome Outcome, ItemView? Item);

public sealed class SetItemStatusValidator : AbstractValidator<SetItemStatus>
{
    public SetItemStatusValidator()
    {
        RuleFor(c => c.Status).IsInEnum();
        RuleFor(c => c.Reason)
            .NotEmpty()
            .When(c => c.Status.RequiresReason())
            .WithMessage(c => $"Say why the item is {c.Status.DisplayName().ToLowerInvariant()}.");
        RuleFor(c => c.Reason).MaximumLength(2000);
    }
}

// The notifier is optional so that a service built by hand (tests, tools) needs none; the app registers one.
public sealed class ItemStatusService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, IBoardNotifier? notifier = null)
{
    private static readonly SetItemStatusValidator s_validator = new();

    public async Task<StatusChangeResult> SetStatusAsync(SetItemStatus command, Actor actor, CancellationToken ct = default)
    {
        s_validator.ValidateAndThrow(command);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var item = await db.Items.SingleOrDefaultAsync(i => i.Id == command.ItemId && i.ArchivedAt == null, ct);
        if (item is null || await db.RoleOnBoardAsync(actor, item.BoardId, ct) is not { } role)
        {
            return new StatusChangeResult(StatusChangeOutcome.NotFound, null);
        }

        if (!role.CanEdit())
        {
            return new StatusChangeResult(StatusChangeOutcome.Forbidden, ToView(item));
        }

        var reason = command.Status.RequiresReason() ? command.Reason!.Trim() : null;
        if (item.Status == command.Status && item.StatusReason == reason)
        {
            return new StatusChangeResult(StatusChangeOutcome.Unchanged, ToView(item));
        }

        if (command.ExpectedVersion is { } expected && expected != item.Version)
        {
            return new StatusChangeResult(StatusChangeOutcome.Conflict, ToView(item));
        }

        var before = item.Status;
        var now = clock.GetUtcNow().UtcDateTime;
        item.Status = command.Status;
        item.StatusReason = reason;
        item.CompletedAt = command.Status == ItemStatus.Done ? now : null;
        item.CompletedBy = command.Status == ItemStatus.Done ? actor.Name : null;
        item.UpdatedAt = now;
        item.Version++;
        var activity = new Activity
        {
            BoardId = item.BoardId,
            ItemId = item.Id,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = ActivityKinds.ItemStatus,
            Summary = $"{command.Status.DisplayName()}: {item.Title.Shorten(300)}",
            Before = before.ToString(),
            After = command.Status.ToString(),
            OccurredAt = now,
        };
        db.Activities.Add(activity);
        db.TouchBoard(item.BoardId, now);

        // The version is the concurrency token: the update only lands if no one else moved it first.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var current = await fresh.Items.AsNoTracking().SingleAsync(i => i.Id == command.ItemId, ct);
            // Someone set the same status a moment earlier: the request is met, not refused.
            var outcome = current.Status == command.Status && current.StatusReason == reason
                ? StatusChangeOutcome.Unchanged
                : StatusChangeOutcome.Conflict;
            return new StatusChangeResult(outcome, ToView(current));
        }

        // Written first, then published: every viewer that reloads reads the change.
        if (notifier is not null)
        {
            var patch = await PatchAsync(db, item, CancellationToken.None);
            await notifier.PublishAsync(
                new BoardChange(item.BoardId, ActivityKinds.ItemStatus, item.Id, item.Version, actor.Name, activity.Id, patch), CancellationToken.None);
        }

        return new StatusChangeResult(StatusChangeOutcome.Changed, ToView(item));
    }

    // The counts as they stand now, read after the commit: as new as the change, or newer.
    private static async Task<StatusPatch> PatchAsync(ReadinessDbContext db, Item item, CancellationToken ct)
    {
        var counts = await db.Items.AsNoTracking()
            .Where(i => i.BoardId == item.BoardId && i.ArchivedAt == null)
            .GroupBy(i => i.SectionId == item.SectionId)
            .Select(g => new
            {
                InSection = g.Key,
                Done = g.Count(i => i.Status == ItemStatus.Done),
                Counted = g.Count(i => i.Status != ItemStatus.NotApplicable),
            })
            .ToListAsync(ct);
        var section = counts.FirstOrDefault(c => c.InSection);
        return new StatusPatch(
            item.Status, item.StatusReason, item.SectionId,
            counts.Sum(c => c.Done), counts.Sum(c => c.Counted), section?.Done ?? 0, section?.Counted ?? 0);
    }

    private static ItemView ToView(Item item) =>
        new(item.Id, item.Title, item.Status, item.StatusReason, item.Priority, item.Owner, item.Depth, item.Version, item.SourceLine);
}
