using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>Writes a parsed document as a new board, whole or not at all.</summary>
public sealed class BoardImportService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> CreateBoardAsync(
        int teamId, ParseResult parsed, string sourceMarkdown, string? sourceFileName, Actor actor, ReadingChoices? choices = null, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);

        var now = clock.GetUtcNow().UtcDateTime;
        var board = new Board
        {
            TeamId = teamId,
            Title = parsed.Title,
            SourceMarkdown = sourceMarkdown,
            SourceFileName = sourceFileName,
            ReadingChoices = choices?.ToJson(),
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Boards.Add(board);

        var sections = BoardModel.Sections(parsed);
        board.Sections.AddRange(sections);
        var phases = BoardModel.Phases(parsed);
        board.Phases.AddRange(phases);
        board.Metrics.AddRange(BoardModel.Metrics(parsed, sections, actor, now));
        board.CostLines.AddRange(BoardModel.CostLines(parsed));
        await db.SaveChangesAsync(ct);

        // Sections and phases have their ids now; the items, the bulk of a document, go in with one prepared command.
        var items = parsed.Items.Select((item, i) => BoardModel.NewItem(board.Id, item, i, sections, phases, now)).ToList();

        ItemBulkWriter.Insert(db, items, ct);
        db.Activities.Add(new Activity
        {
            BoardId = board.Id,
            ActorId = actor.Id,
            ActorName = actor.Name,
            Kind = ActivityKinds.BoardImported,
            Summary = $"Imported \"{board.Title.Shorten(200)}\" with {parsed.Items.Count} items",
            OccurredAt = now,
        });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return board.Id;
    }
}
