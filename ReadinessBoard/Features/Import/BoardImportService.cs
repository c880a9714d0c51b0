using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>Writes a parsed document as a new board, whole or not at all.</summary>
public sealed class BoardImportService(IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<int> CreateBoardAsync(
        int teamId, ParseResult parsed, string sourceMarkdown, string? sourceFileName, Actor actor, CancellationToken ct = default)
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
            CreatedAt = now,
            UpdatedAt = now,
        };
        db.Boards.Add(board);

        var sections = new Section[parsed.Sections.Count];
        foreach (var parsedSection in parsed.Sections)
        {
            var section = new Section
            {
                Title = parsedSection.Title,
                Level = parsedSection.Level,
                Position = parsedSection.Index,
                SourceLine = parsedSection.Line,
                Parent = parsedSection.ParentIndex is { } parent ? sections[parent] : null,
            };
            sections[parsedSection.Index] = section;
            board.Sections.Add(section);
        }

        for (var i = 0; i < parsed.Items.Count; i++)
        {
            var parsedItem = parsed.Items[i];
            var done = parsedItem.Status == ItemStatus.Done;
            board.Items.Add(new Item
            {
                Key = parsedItem.Key,
                Title = parsedItem.Title,
                Section = parsedItem.SectionIndex is { } s ? sections[s] : null,
                Status = parsedItem.Status,
                StatusReason = parsedItem.StatusReason,
                SourceLine = parsedItem.Line,
                Position = i,
                Depth = parsedItem.Depth,
                Version = 1,
                CompletedAt = done ? now : null,
                CompletedBy = done ? "Imported" : null,
                UpdatedAt = now,
            });
        }

        await db.SaveChangesAsync(ct);
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
