using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Export;

/// <summary>Reads one board into a <see cref="BoardExport"/>; one context, nothing tracked.</summary>
public sealed class ExportQueries(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>The board as an export model, or null when there is no such board or it was archived.</summary>
    public async Task<BoardExport?> GetAsync(int boardId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var board = await db.Boards.AsNoTracking()
            .Where(b => b.Id == boardId && b.ArchivedAt == null)
            .Select(b => new { b.Id, b.Title, TeamName = b.Team!.Name, b.SourceFileName, b.SourceMarkdown, b.UpdatedAt })
            .SingleOrDefaultAsync(ct);
        if (board is null)
        {
            return null;
        }

        var sections = await db.Sections.AsNoTracking().Where(s => s.BoardId == boardId).OrderBy(s => s.Position)
            .Select(s => new { s.Id, s.ParentId, s.Title }).ToListAsync(ct);
        var phases = await db.PlanPhases.AsNoTracking().Where(p => p.BoardId == boardId).OrderBy(p => p.Position).ToListAsync(ct);
        var items = await db.Items.AsNoTracking().Where(i => i.BoardId == boardId && i.ArchivedAt == null).OrderBy(i => i.Position).ToListAsync(ct);
        var metrics = await db.Metrics.AsNoTracking().Where(m => m.BoardId == boardId).OrderBy(m => m.Position).ToListAsync(ct);
        var costs = await db.CostLines.AsNoTracking().Include(c => c.Amounts).Where(c => c.BoardId == boardId).OrderBy(c => c.Position).ToListAsync(ct);
        var activities = await db.Activities.AsNoTracking().Where(a => a.BoardId == boardId).OrderByDescending(a => a.Id)
            .Select(a => new { a.OccurredAt, a.ActorName, a.Kind, a.Summary, a.Before, a.After, a.ItemId }).ToListAsync(ct);

        var sectionPaths = Paths(sections.Select(s => (s.Id, s.ParentId, s.Title)));
        var phaseById = phases.ToDictionary(p => p.Id);
        var itemTitles = items.ToDictionary(i => i.Id, i => i.Title);

        return new BoardExport(
            board.Id, board.Title, board.TeamName, board.SourceFileName, board.SourceMarkdown,
            Board.LastChanged(board.UpdatedAt, activities.FirstOrDefault()?.OccurredAt), clock.GetUtcNow().UtcDateTime,
            sections.Where(s => sectionPaths.ContainsKey(s.Id)).Select(s => new ExportSection(sectionPaths[s.Id].Path, sectionPaths[s.Id].Depth)).ToList(),
            items.Select(i => new ExportItem(i.Key, i.Title, i.Status)
            {
                Section = i.SectionId is { } s && sectionPaths.TryGetValue(s, out var path) ? path.Path : null,
                StatusReason = i.StatusReason,
                Priority = i.Priority,
                Impact = i.Impact,
                Effort = i.Effort,
                Risk = i.Risk,
                EstimateMinHours = i.EstimateMinHours,
                EstimateMaxHours = i.EstimateMaxHours,
                Phase = i.PhaseId is { } p && phaseById.TryGetValue(p, out var phase) ? phase.Path : null,
                Owner = i.Owner,
                DueDate = i.DueDate,
                CompletedAt = i.CompletedAt,
                CompletedBy = i.CompletedBy,
                EvidenceUrl = i.EvidenceUrl,
                Notes = i.Notes,
                SourceLine = i.SourceLine,
            }).ToList())
        {
            Metrics = metrics.Select(m => new ExportMetric(m.Name, m.CurrentText, m.TargetText, m.Status)
            {
                Section = m.SectionId is { } s && sectionPaths.TryGetValue(s, out var path) ? path.Path : null,
                CurrentValue = m.CurrentValue,
                TargetValue = m.TargetValue,
                Unit = m.Unit,
                Direction = m.Direction,
                SourceLine = m.SourceLine,
            }).ToList(),
            Costs = costs.Select(c => new ExportCostLine(
                c.TableName, c.Name, c.IsTotal, c.Amounts.OrderBy(a => a.Id).Select(a => new ExportCostAmount(a.Column, a.Min, a.Max, a.Period)).ToList(), c.SourceLine)).ToList(),
            Phases = phases.Select(p => new ExportPhase(p.Name, p.Path, Depth(p, phaseById))
            {
                Parent = p.ParentId is { } parent && phaseById.TryGetValue(parent, out var up) ? up.Path : null,
                Goal = p.Goal,
                StartDay = p.StartDay,
                EndDay = p.EndDay,
                StatedHours = p.StatedHours,
            }).ToList(),
            Activities = activities.Select(a => new ExportActivity(a.OccurredAt, a.ActorName, a.Kind, a.Summary)
            {
                Item = a.ItemId is { } id ? itemTitles.GetValueOrDefault(id) : null,
                Before = a.Before,
                After = a.After,
            }).ToList(),
        };
    }

    /// <summary>
    /// The board a person names on the command line: its id, or else its exact title (ignoring case)
    /// when exactly one board has it. Null when no board, or more than one, fits.
    /// </summary>
    public async Task<int?> FindIdAsync(string board, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = board.Trim();
        if (int.TryParse(name, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var id))
        {
            return await db.Boards.AnyAsync(b => b.Id == id && b.ArchivedAt == null, ct) ? id : null;
        }

        var titles = await db.Boards.AsNoTracking().Where(b => b.ArchivedAt == null).Select(b => new { b.Id, b.Title }).ToListAsync(ct);
        var matches = titles.Where(b => string.Equals(b.Title, name, StringComparison.OrdinalIgnoreCase)).Select(b => b.Id).ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static Dictionary<int, (string Path, int Depth)> Paths(IEnumerable<(int Id, int? ParentId, string Title)> sections)
    {
        var paths = new Dictionary<int, (string Path, int Depth)>();
        foreach (var (id, parentId, title) in sections)
        {
            // Sections come in document order, so a parent is always known before its children.
            paths[id] = parentId is { } parent && paths.TryGetValue(parent, out var up)
                ? (up.Path + Import.ParsedSection.PathSeparator + title, up.Depth + 1)
                : (title, 0);
        }

        return paths;
    }

    private static int Depth(PlanPhase phase, Dictionary<int, PlanPhase> byId)
    {
        var depth = 0;
        for (var at = phase.ParentId; at is { } id && byId.TryGetValue(id, out var parent) && depth < 32; at = parent.ParentId)
        {
            depth++;
        }

        return depth;
    }
}
