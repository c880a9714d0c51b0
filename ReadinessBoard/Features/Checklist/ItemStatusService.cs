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

/// <summary>
/// The outcome and the item as it now stands, so the caller can show the current state. A change that
/// was made also comes as it was published to the board's viewers (<see cref="Change"/>), so the page
/// that made it can show it the way theirs do, without reading the board again.
/// </summary>
public sealed record StatusChangeResult(StatusChangeOutcome Outcome, ItemView? Item, BoardChange? Change = null);

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
        // One connection for the read, the write and the counts after it, instead of one each.
        await db.Database.OpenConnectionAsync(ct);
        var (item, found) = await db.ItemAndRoleAsync(actor, command.ItemId, ct);
        if (item is null || found is not { } role)
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

        // The change and the counts it leaves are one transaction: SQLite lets no other writer in until
        // it commits, so the counts are the board's exactly at this change's revision.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // The version is the concurrency token: the update only lands if no one else moved it first.
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            await transaction.RollbackAsync(CancellationToken.None);
            await using var fresh = await dbFactory.CreateDbContextAsync(ct);
            var current = await fresh.Items.AsNoTracking().SingleAsync(i => i.Id == command.ItemId, ct);
            // Someone set the same status a moment earlier: the request is met, not refused.
            var outcome = current.Status == command.Status && current.StatusReason == reason
                ? StatusChangeOutcome.Unchanged
                : StatusChangeOutcome.Conflict;
            return new StatusChangeResult(outcome, ToView(current));
        }

        // Once saved, the change is stored whatever the caller does next.
        var patch = await PatchAsync(db, item, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);

        // Written first, then published: every viewer that reloads reads the change.
        var change = new BoardChange(item.BoardId, ActivityKinds.ItemStatus, item.Id, item.Version, actor.Name, activity.Id, patch);
        if (notifier is not null)
        {
            await notifier.PublishAsync(change, CancellationToken.None);
        }

        return new StatusChangeResult(StatusChangeOutcome.Changed, ToView(item), change);
    }

    /// <summary>The counts a status change leaves.</summary>
    private sealed class PatchCounts
    {
        public int BoardDone { get; init; }
        public int BoardCounted { get; init; }
        public int SectionDone { get; init; }
        public int SectionCounted { get; init; }
    }

    // The counts with the change written, before it commits: one pass over the board's items for all
    // four (the same counts as ChecklistQueries', written in SQL for that one pass).
    private static async Task<StatusPatch> PatchAsync(ReadinessDbContext db, Item item, CancellationToken ct)
    {
        var (boardId, sectionId) = (item.BoardId, item.SectionId);
        var (done, notApplicable) = (nameof(ItemStatus.Done), nameof(ItemStatus.NotApplicable));
        var counts = await db.Database.SqlQuery<PatchCounts>($"""
            SELECT
                COALESCE(SUM(i.Status = {done}), 0) AS BoardDone,
                COALESCE(SUM(i.Status <> {notApplicable}), 0) AS BoardCounted,
                COALESCE(SUM(i.Status = {done} AND i.SectionId IS {sectionId}), 0) AS SectionDone,
                COALESCE(SUM(i.Status <> {notApplicable} AND i.SectionId IS {sectionId}), 0) AS SectionCounted
            FROM Items AS i
            WHERE i.BoardId = {boardId} AND i.ArchivedAt IS NULL
            """).SingleAsync(ct);
        return new StatusPatch(
            item.Status, item.StatusReason, item.SectionId,
            counts.BoardDone, counts.BoardCounted, counts.SectionDone, counts.SectionCounted);
    }

    private static ItemView ToView(Item item) =>
        new(item.Id, item.Title, item.Status, item.StatusReason, item.Priority, item.Owner, item.Depth, item.Version, item.SourceLine);
}
