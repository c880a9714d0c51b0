using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Features.Import;

/// <summary>What importing a newer version of a board's document would change.</summary>
public sealed record ReimportPlan(
    int BoardId,
    string BoardTitle,
    IReadOnlyList<ReimportPlan.Entry> Added,
    IReadOnlyList<ReimportPlan.Entry> Changed,
    IReadOnlyList<ReimportPlan.Entry> Archived,
    int Unchanged)
{
    /// <summary>One item; <see cref="Changes"/> says what the newer document says differently.</summary>
    public sealed record Entry(string Key, string Title, string? Section, IReadOnlyList<string> Changes);

    public bool HasChanges => Added.Count + Changed.Count + Archived.Count > 0;
}

/// <summary>
/// Imports a newer version of a document into its board: items are matched by their stable key and
/// keep everything the team did (status, owner, due date, notes, evidence); new items are added and
/// vanished ones archived, never deleted. KPIs keep their history where the name is the same.
/// </summary>
public sealed class BoardReimportService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock, IBoardNotifier? notifier = null)
{
    /// <summary>What applying the document would change; null when the board is not there for the actor.</summary>
    /// <exception cref="BoardAccessDeniedException">The actor may read the board but not change it.</exception>
    public async Task<ReimportPlan?> PreviewAsync(int boardId, ParseResult parsed, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await MayChangeAsync(db, actor, boardId, ct))
        {
            return null;
        }

        var board = await db.Boards.AsNoTracking().SingleOrDefaultAsync(b => b.Id == boardId && b.ArchivedAt == null, ct);
        if (board is null)
        {
            return null;
        }

        var items = await db.Items.AsNoTracking().Include(i => i.Section).Include(i => i.Phase).Where(i => i.BoardId == boardId).ToListAsync(ct);
        var sectionPaths = await SectionPathsAsync(db, boardId, ct);
        return Plan(board, items, sectionPaths, parsed);
    }

    /// <summary>How blocks of the board's document were chosen to be read, to read its newer version the same way; none for a missing board.</summary>
    /// <exception cref="Accounts.BoardAccessDeniedException">The actor may see the board but not change it.</exception>
    public async Task<ReadingChoices> ChoicesAsync(int boardId, Actor actor, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (!await MayChangeAsync(db, actor, boardId, ct))
        {
            return ReadingChoices.None;
        }

        var json = await db.Boards.Where(b => b.Id == boardId).Select(b => b.ReadingChoices).SingleOrDefaultAsync(ct);
        return ReadingChoices.FromJson(json);
    }

    public async Task<ReimportPlan?> ApplyAsync(
        int boardId, ParseResult parsed, string sourceMarkdown, string? sourceFileName, Actor actor, ReadingChoices? choices = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (!await MayChangeAsync(db, actor, boardId, ct))
        {
            return null;
        }

        var board = await db.Boards.SingleOrDefaultAsync(b => b.Id == boardId && b.ArchivedAt == null, ct);
        if (board is null)
        {
            return null;
        }

        var items = await db.Items.Include(i => i.Section).Include(i => i.Phase).Where(i => i.BoardId == boardId).ToListAsync(ct);
        var plan = Plan(board, items, await SectionPathsAsync(db, boardId, ct), parsed);
        var now = clock.GetUtcNow().UtcDateTime;

        // The document's structure is rebuilt; the team's state on items and KPI history stay.
        var oldSections = await db.Sections.Where(s => s.BoardId == boardId).ToListAsync(ct);
        var oldPhases = await db.PlanPhases.Where(p => p.BoardId == boardId).ToListAsync(ct);
        var sections = BoardModel.Sections(parsed);
        var phases = BoardModel.Phases(parsed);
        board.Sections.AddRange(sections);
        board.Phases.AddRange(phases);

        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        for (var position = 0; position < parsed.Items.Count; position++)
        {
            var parsedItem = parsed.Items[position];
            if (byKey.Remove(parsedItem.Key, out var existing))
            {
                var changed = plan.Changed.Any(c => c.Key == existing.Key) || existing.ArchivedAt is not null;
                BoardModel.Apply(existing, parsedItem, position, sections, phases, now);
                existing.ArchivedAt = null;
                existing.Version += changed ? 1 : 0;
            }
            else
            {
                board.Items.Add(BoardModel.NewItem(board.Id, parsedItem, position, sections, phases, now));
            }
        }

        foreach (var vanished in byKey.Values.Where(i => i.ArchivedAt is null))
        {
            vanished.ArchivedAt = now;
            vanished.Section = null;
            vanished.Phase = null;
            vanished.Version++;
        }

        foreach (var remaining in byKey.Values)
        {
            remaining.Section = null;
            remaining.Phase = null;
        }

        await ReplaceMetricsAsync(db, board, parsed, sections, actor, now, ct);
        db.CostLines.RemoveRange(await db.CostLines.Where(c => c.BoardId == boardId).ToListAsync(ct));
        board.CostLines.AddRange(BoardModel.CostLines(parsed));

        board.Title = parsed.Title;
        board.SourceMarkdown = sourceMarkdown;
        board.SourceFileName = sourceFileName ?? board.SourceFileName;
        board.ReadingChoices = choices is null ? board.ReadingChoices : choices.ToJson();
        board.UpdatedAt = now;
        await db.SaveChangesAsync(ct);

        // Old structure goes once nothing points at it any more; children before parents.
        db.Sections.RemoveRange(oldSections.OrderByDescending(s => s.Level));
        db.PlanPhases.RemoveRange(oldPhases.OrderByDescending(p => p.Path.Length));
        db.Activities.Add(new Activity
        {
            BoardId = board.Id,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = ActivityKinds.BoardReimported,
            Summary = $"Imported a new version: {plan.Added.Count} added, {plan.Changed.Count} changed, {plan.Archived.Count} archived",
            OccurredAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        if (notifier is not null)
        {
            await notifier.PublishAsync(new BoardChange(board.Id, ActivityKinds.BoardReimported, ActorName: actor.Name), CancellationToken.None);
        }

        return plan;
    }

    private static async Task<bool> MayChangeAsync(ReadinessDbContext db, Actor actor, int boardId, CancellationToken ct) =>
        await db.RoleOnBoardAsync(actor, boardId, ct) switch
        {
            null => false,
            { } role when !role.CanEdit() => throw new BoardAccessDeniedException(boardId, visible: true),
            _ => true,
        };

    private static async Task ReplaceMetricsAsync(
        ReadinessDbContext db, Board board, ParseResult parsed, Section[] sections, Actor actor, DateTime now, CancellationToken ct)
    {
        var existing = await db.Metrics.Where(m => m.BoardId == board.Id).ToListAsync(ct);
        var byName = existing.GroupBy(m => m.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var fresh = BoardModel.Metrics(parsed, sections, actor, now).ToList();
        foreach (var metric in fresh)
        {
            if (byName.Remove(metric.Name, out var kept))
            {
                if (kept.CurrentText != metric.CurrentText)
                {
                    db.MetricReadings.Add(new MetricReading { MetricId = kept.Id, ValueText = metric.CurrentText, Value = metric.CurrentValue, RecordedAt = now, RecordedBy = actor.Name });
                    kept.Version++;
                }

                kept.CurrentText = metric.CurrentText;
                kept.CurrentValue = metric.CurrentValue;
                kept.TargetText = metric.TargetText;
                kept.TargetValue = metric.TargetValue;
                kept.Unit = metric.Unit;
                kept.Direction = metric.Direction;
                kept.Status = metric.Status;
                kept.Section = metric.Section;
                kept.SourceLine = metric.SourceLine;
                kept.Position = metric.Position;
            }
            else
            {
                board.Metrics.Add(metric);
            }
        }

        db.Metrics.RemoveRange(byName.Values);
    }

    private static ReimportPlan Plan(Board board, List<Item> items, Dictionary<int, string> sectionPaths, ParseResult parsed)
    {
        var byKey = items.ToDictionary(i => i.Key, StringComparer.Ordinal);
        var added = new List<ReimportPlan.Entry>();
        var changed = new List<ReimportPlan.Entry>();
        var unchanged = 0;
        foreach (var parsedItem in parsed.Items)
        {
            var section = parsed.SectionPath(parsedItem.SectionIndex);
            if (!byKey.Remove(parsedItem.Key, out var existing))
            {
                added.Add(new ReimportPlan.Entry(parsedItem.Key, parsedItem.Title, section, []));
                continue;
            }

            var changes = Differences(existing, existing.SectionId is { } s ? sectionPaths.GetValueOrDefault(s) : null, parsedItem, section,
                parsedItem.PhaseIndex is { } p ? parsed.Phases[p].Path : null);
            if (changes.Count > 0)
            {
                changed.Add(new ReimportPlan.Entry(existing.Key, parsedItem.Title, section, changes));
            }
            else
            {
                unchanged++;
            }
        }

        var archived = byKey.Values.Where(i => i.ArchivedAt is null)
            .OrderBy(i => i.Position)
            .Select(i => new ReimportPlan.Entry(i.Key, i.Title, i.SectionId is { } s ? sectionPaths.GetValueOrDefault(s) : null, []))
            .ToList();
        return new ReimportPlan(board.Id, board.Title, added, changed, archived, unchanged);
    }

    private static List<string> Differences(Item existing, string? existingSection, ParsedItem parsed, string? section, string? phase)
    {
        var changes = new List<string>();
        void Compare(string what, string? before, string? after)
        {
            if (!string.Equals(before ?? "", after ?? "", StringComparison.Ordinal))
            {
                changes.Add($"{what}: {(string.IsNullOrEmpty(before) ? "none" : before)} → {(string.IsNullOrEmpty(after) ? "none" : after)}");
            }
        }

        if (existing.ArchivedAt is not null)
        {
            changes.Add("back in the document: restored from the archive");
        }

        Compare("Title", existing.Title, parsed.Title);
        Compare("Section", existingSection, section);
        Compare("Priority", existing.Priority, parsed.Priority);
        Compare("Impact", existing.Impact, parsed.Impact);
        Compare("Effort", existing.Effort, parsed.Effort);
        Compare("Risk", existing.Risk, parsed.Risk);
        Compare("Estimate", Estimate(existing.EstimateMinHours, existing.EstimateMaxHours), parsed.Estimate?.Describe());
        Compare("Phase", existing.Phase?.Path, phase);
        return changes;
    }

    private static string? Estimate(double? min, double? max) => min is { } a && max is { } b ? new HourRange(a, b).Describe() : null;

    private static async Task<Dictionary<int, string>> SectionPathsAsync(ReadinessDbContext db, int boardId, CancellationToken ct)
    {
        var sections = await db.Sections.AsNoTracking().Where(s => s.BoardId == boardId).Select(s => new { s.Id, s.ParentId, s.Title }).ToListAsync(ct);
        var byId = sections.ToDictionary(s => s.Id);
        string PathOf(int id) => byId[id].ParentId is { } parent && byId.ContainsKey(parent) ? PathOf(parent) + ParsedSection.PathSeparator + byId[id].Title : byId[id].Title;
        return sections.ToDictionary(s => s.Id, s => PathOf(s.Id));
    }
}
