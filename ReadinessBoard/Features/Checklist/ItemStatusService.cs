using System.Data.Common;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
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

/// <summary>Sets an item's status for an actor who may change its board, and tells the board's viewers.</summary>
/// <remarks>
/// A status change is the write the app makes most, and every viewer of the board waits for it, so it
/// is a handful of SQL statements on the context's connection instead of a tracked entity and
/// <c>SaveChanges</c>: a quarter of the time (docs/performance.md). The columns and the value formats
/// are the ones the model maps; <c>ItemStatusServiceTests</c> reads the results back through it. The
/// notifier is optional so that a service built by hand (tests, tools) needs none; the app registers one.
/// </remarks>
public sealed class ItemStatusService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, IBoardNotifier? notifier = null)
{
    private static readonly SetItemStatusValidator s_validator = new();

    public async Task<StatusChangeResult> SetStatusAsync(SetItemStatus command, Actor actor, CancellationToken ct = default)
    {
        s_validator.ValidateAndThrow(command);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await db.Database.OpenConnectionAsync(ct);
        // The write lock first (BEGIN IMMEDIATE): the item is read, checked, changed and counted with no
        // other writer in between, so the version checked is the one replaced, and the counts are the
        // board's exactly at this change's revision. Leaving early rolls back a transaction that wrote nothing.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var connection = db.Database.GetDbConnection();
        var dbTransaction = transaction.GetDbTransaction();
        var item = await ReadAsync(connection, dbTransaction, actor, command.ItemId, ct);
        if (item?.Role is not { } role)
        {
            return new StatusChangeResult(StatusChangeOutcome.NotFound, null);
        }

        if (!role.CanEdit())
        {
            return new StatusChangeResult(StatusChangeOutcome.Forbidden, item.View);
        }

        var reason = command.Status.RequiresReason() ? command.Reason!.Trim() : null;
        if (item.View.Status == command.Status && item.View.StatusReason == reason)
        {
            return new StatusChangeResult(StatusChangeOutcome.Unchanged, item.View);
        }

        if (command.ExpectedVersion is { } expected && expected != item.View.Version)
        {
            return new StatusChangeResult(StatusChangeOutcome.Conflict, item.View);
        }

        var changed = item.View with { Status = command.Status, StatusReason = reason, Version = item.View.Version + 1 };
        var now = clock.GetUtcNow().UtcDateTime;
        var activityId = await WriteAsync(connection, dbTransaction, item, changed, actor, now, ct);
        // Once written, the change goes on to its commit: the caller's token no longer stops it.
        var patch = await CountAsync(connection, dbTransaction, item, changed, CancellationToken.None);
        await transaction.CommitAsync(CancellationToken.None);

        // Written first, then published: every viewer that reloads reads the change.
        var change = new BoardChange(item.BoardId, ActivityKinds.ItemStatus, changed.Id, changed.Version, actor.Name, activityId, patch);
        if (notifier is not null)
        {
            await notifier.PublishAsync(change, CancellationToken.None);
        }

        return new StatusChangeResult(StatusChangeOutcome.Changed, changed, change);
    }

    /// <summary>The item as a status change needs it, with the actor's role on its board (null: they may not see it).</summary>
    private sealed record StoredItem(ItemView View, int BoardId, int? SectionId, TeamRole? Role);

    private static async Task<StoredItem?> ReadAsync(DbConnection connection, DbTransaction transaction, Actor actor, int itemId, CancellationToken ct)
    {
        await using var read = Command(connection, transaction, $"""
            SELECT i.Title, i.Status, i.StatusReason, i.Priority, i.Owner, i.Depth, i.Version, i.SourceLine, i.BoardId, i.SectionId,
                   {BoardAccess.RoleOnBoardSql(actor, "i.BoardId", "$user")}
            FROM Items AS i
            WHERE i.Id = $item AND i.ArchivedAt IS NULL
            """, ("$item", itemId), ("$user", actor.Id));
        await using var row = await read.ExecuteReaderAsync(ct);
        if (!await row.ReadAsync(ct))
        {
            return null;
        }

        var view = new ItemView(
            itemId, row.GetString(0), Enum.Parse<ItemStatus>(row.GetString(1)), NullableString(row, 2), NullableString(row, 3),
            NullableString(row, 4), row.GetInt32(5), row.GetInt32(6), row.GetInt32(7));
        return new StoredItem(
            view, row.GetInt32(8), row.IsDBNull(9) ? null : row.GetInt32(9), row.IsDBNull(10) ? null : (TeamRole)row.GetInt32(10));
    }

    /// <summary>Writes the change and its entry in the activity log; returns the entry's id, the board's new revision.</summary>
    private static async Task<long> WriteAsync(
        DbConnection connection, DbTransaction transaction, StoredItem item, ItemView changed, Actor actor, DateTime now, CancellationToken ct)
    {
        var done = changed.Status == ItemStatus.Done;
        // The version in the condition as well: the item is only ever replaced from the version read.
        await using var update = Command(connection, transaction, """
            UPDATE Items
            SET Status = $status, StatusReason = $reason, CompletedAt = $completedAt, CompletedBy = $completedBy,
                UpdatedAt = $now, Version = $version
            WHERE Id = $item AND Version = $readVersion
            """,
            ("$status", changed.Status.ToString()), ("$reason", changed.StatusReason),
            ("$completedAt", done ? now : null), ("$completedBy", done ? actor.Name : null), ("$now", now),
            ("$version", changed.Version), ("$item", changed.Id), ("$readVersion", item.View.Version));
        if (await update.ExecuteNonQueryAsync(ct) != 1)
        {
            throw new InvalidOperationException($"Item {changed.Id} changed while the write lock was held.");
        }

        await using var log = Command(connection, transaction, """
            INSERT INTO Activities (BoardId, ItemId, ActorId, ActorName, Kind, Summary, Before, After, OccurredAt)
            VALUES ($board, $item, $actorId, $actorName, $kind, $summary, $before, $after, $now)
            RETURNING Id
            """,
            ("$board", item.BoardId), ("$item", changed.Id), ("$actorId", actor.Id), ("$actorName", actor.Name),
            ("$kind", ActivityKinds.ItemStatus), ("$summary", $"{changed.Status.DisplayName()}: {changed.Title.Shorten(300)}"),
            ("$before", item.View.Status.ToString()), ("$after", changed.Status.ToString()), ("$now", now));
        return (long)(await log.ExecuteScalarAsync(ct))!;
    }

    // The counts with the change written, before it commits: one pass over the board's items (over the
    // index that holds every column it reads) for all four, the same counts as ChecklistQueries'.
    private static async Task<StatusPatch> CountAsync(
        DbConnection connection, DbTransaction transaction, StoredItem item, ItemView changed, CancellationToken ct)
    {
        await using var count = Command(connection, transaction, """
            SELECT
                COALESCE(SUM(i.Status = $done), 0),
                COALESCE(SUM(i.Status <> $notApplicable), 0),
                COALESCE(SUM(i.Status = $done AND i.SectionId IS $section), 0),
                COALESCE(SUM(i.Status <> $notApplicable AND i.SectionId IS $section), 0)
            FROM Items AS i
            WHERE i.BoardId = $board AND i.ArchivedAt IS NULL
            """,
            ("$done", nameof(ItemStatus.Done)), ("$notApplicable", nameof(ItemStatus.NotApplicable)),
            ("$section", item.SectionId), ("$board", item.BoardId));
        await using var row = await count.ExecuteReaderAsync(ct);
        await row.ReadAsync(ct);
        return new StatusPatch(
            changed.Status, changed.StatusReason, item.SectionId, row.GetInt32(0), row.GetInt32(1), row.GetInt32(2), row.GetInt32(3));
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value ?? DBNull.Value;
            command.Parameters.Add(parameter);
        }

        return command;
    }

    private static string? NullableString(DbDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
