using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Live;
using ReadinessBoard.Features.Rollups;

namespace ReadinessBoard.Features.Kpis;

public sealed record KpiReading(DateTime RecordedAt, string ValueText, double? Value, string? RecordedBy);

public sealed record KpiView(
    int Id,
    string Name,
    string CurrentText,
    string TargetText,
    MetricDirection Direction,
    MetricStatus Status,
    double? Attainment,
    bool MarkedMetButMisses,
    int Version,
    int SourceLine,
    IReadOnlyList<KpiReading> History)
{
    /// <summary>Readings with a number, oldest first: the points of the trend line.</summary>
    public IReadOnlyList<KpiReading> Trend => History.Where(r => r.Value is not null).ToList();
}

public sealed record KpiModel(BoardHeading Board, IReadOnlyList<KpiView> Kpis)
{
    public int Count(MetricStatus status) => Kpis.Count(k => k.Status == status);
}

public sealed class KpiQueries(IDbContextFactory<ReadinessDbContext> dbFactory, BoardReadCache reads)
{
    public Task<KpiModel?> GetAsync(int boardId, Actor actor, CancellationToken ct = default) =>
        reads.ReadSharedAsync(
            dbFactory, boardId, actor, nameof(KpiModel), (db, board, readCt) => ReadAsync(db, boardId, board, readCt),
            (model, board) => model with { Board = board }, ct);

    // What every viewer of the board sees alike (BoardHeadingQuery.ReadSharedAsync).
    private static async Task<KpiModel> ReadAsync(ReadinessDbContext db, int boardId, BoardHeading board, CancellationToken ct)
    {
        var metrics = await db.Metrics.AsNoTracking()
            .Where(m => m.BoardId == boardId)
            .OrderBy(m => m.Position)
            .Select(m => new
            {
                Facts = new KpiFacts(m.Id, m.Name, m.CurrentText, m.TargetText, m.CurrentValue, m.TargetValue, m.Direction, m.Status),
                m.Version,
                m.SourceLine,
                History = m.Readings.OrderBy(r => r.RecordedAt).ThenBy(r => r.Id)
                    .Select(r => new KpiReading(r.RecordedAt, r.ValueText, r.Value, r.RecordedBy)).ToList(),
            })
            .ToListAsync(ct);

        return new KpiModel(board, metrics.Select(m => new KpiView(
            m.Facts.Id, m.Facts.Name, m.Facts.CurrentText, m.Facts.TargetText, m.Facts.Direction, m.Facts.Status,
            KpiRollup.Attainment(m.Facts.Current, m.Facts.Target, m.Facts.Direction),
            KpiRollup.MarkedMetButMisses(m.Facts), m.Version, m.SourceLine, m.History)).ToList());
    }
}
