using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Plan;

public sealed record PlanItem(int Id, string Title, ItemStatus Status, string? Estimate);

/// <summary>A phase as the Plan shows it: its rollup and the items placed directly in it.</summary>
public sealed record PlanPhaseView(PhaseRollup Rollup, int SourceLine, IReadOnlyList<PlanItem> Items);

public sealed record PlanModel(BoardHeading Board, DateOnly Today, IReadOnlyList<PlanPhaseView> Phases, int ItemsOutsideThePlan);

/// <summary>Reads the phases and their items and rolls them up with <see cref="PlanRollup"/>.</summary>
public sealed class PlanQueries(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, BoardReadCache reads)
{
    public Task<PlanModel?> GetAsync(int boardId, Actor actor, CancellationToken ct = default)
    {
        // Where the plan stands depends on the day as well as on the board.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        return reads.ReadSharedAsync(
            dbFactory, boardId, actor, today, (db, board, readCt) => ReadAsync(db, boardId, board, today, readCt),
            (model, board) => model with { Board = board }, ct);
    }

    // What every viewer of the board sees alike (BoardHeadingQuery.ReadSharedAsync).
    private static async Task<PlanModel> ReadAsync(ReadinessDbContext db, int boardId, BoardHeading board, DateOnly today, CancellationToken ct)
    {
        var phases = await db.PlanPhases.AsNoTracking()
            .Where(p => p.BoardId == boardId)
            .Select(p => new { Facts = new PhaseFacts(p.Id, p.ParentId, p.Name, p.Path, p.Position, p.StartDay, p.EndDay, p.StatedHours, p.Goal), p.SourceLine })
            .ToListAsync(ct);
        var items = await db.Items.AsNoTracking()
            .Where(i => i.BoardId == boardId && i.ArchivedAt == null && i.PhaseId != null)
            .OrderBy(i => i.Position)
            .Select(i => new { Facts = new ItemFacts(i.Id, i.Status, i.SectionId, i.PhaseId, i.Priority, i.Impact, i.Effort, i.DueDate, i.EstimateMinHours, i.EstimateMaxHours), i.Title })
            .ToListAsync(ct);
        var outside = await db.Items.CountAsync(i => i.BoardId == boardId && i.ArchivedAt == null && i.PhaseId == null, ct);

        var lines = phases.ToDictionary(p => p.Facts.Id, p => p.SourceLine);
        var byPhase = items.ToLookup(i => i.Facts.PhaseId!.Value);
        var rollups = PlanRollup.Build(phases.Select(p => p.Facts), items.Select(i => i.Facts), board.PlanStartDate, today);
        return new PlanModel(board, today, rollups.Select(r => new PlanPhaseView(r, lines[r.Phase.Id],
            byPhase[r.Phase.Id].Select(i => new PlanItem(i.Facts.Id, i.Title, i.Facts.Status, Estimate(i.Facts))).ToList())).ToList(), outside);
    }

    private static string? Estimate(ItemFacts item) =>
        item.EstimateMinHours is { } min ? new HoursRange(min, item.EstimateMaxHours ?? min).ToString() : null;
}

/// <summary>Sets the day a board's plan starts, from which its phases get their dates.</summary>
// The notifier is optional so that a service built by hand (tests, tools) needs none; the app registers one.
public sealed class PlanStartService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, Live.IBoardNotifier? notifier = null)
{
    /// <summary>
    /// False when the board does not exist, was archived or is not the actor's to see. Setting the same
    /// date again changes nothing.
    /// </summary>
    /// <exception cref="BoardAccessDeniedException">The actor may read the board but not change it.</exception>
    public async Task<bool> SetStartAsync(int boardId, DateOnly? start, Actor actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        switch (await db.RoleOnBoardAsync(actor, boardId, ct))
        {
            case null:
                return false;
            case { } role when !role.CanEdit():
                throw new BoardAccessDeniedException(boardId, visible: true);
        }
        var board = await db.Boards.Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new { b.PlanStartDate })
            .SingleOrDefaultAsync(ct);
        if (board is null)
        {
            return false;
        }

        if (board.PlanStartDate == start)
        {
            return true;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Boards.Where(b => b.Id == boardId)
            .ExecuteUpdateAsync(s => s.SetProperty(b => b.PlanStartDate, start).SetProperty(b => b.UpdatedAt, now), ct);
        db.Activities.Add(new Activity
        {
            BoardId = boardId,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = ActivityKinds.BoardPlanStart,
            Summary = start is { } day ? $"Plan starts on {Format(day)}" : "Plan start date cleared",
            Before = board.PlanStartDate is { } before ? Format(before) : null,
            After = start is { } after ? Format(after) : null,
            OccurredAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (notifier is not null)
        {
            await notifier.PublishAsync(new Live.BoardChange(boardId, ActivityKinds.BoardPlanStart, ActorName: actor.Name), CancellationToken.None);
        }

        return true;
    }

    private static string Format(DateOnly day) => day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
