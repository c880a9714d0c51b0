using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;

namespace ReadinessBoard.Features.Boards;

/// <summary>On a first start, a team and a sample board imported from the checklist the app ships.</summary>
public sealed class SampleBoardSeeder(
    IDbContextFactory<ReadinessDbContext> dbFactory,
    BoardImportService importer,
    TimeProvider clock,
    ILogger<SampleBoardSeeder> logger)
{
    public const string SampleFileName = "sample-readiness-checklist.md";
    public const string DefaultTeamName = "My team";

    public async Task SeedIfEmptyAsync(CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        if (await db.Boards.AnyAsync(ct))
        {
            return;
        }

        var team = await db.Teams.OrderBy(t => t.Id).FirstOrDefaultAsync(ct);
        if (team is null)
        {
            team = new Team { Name = DefaultTeamName, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Teams.Add(team);
            await db.SaveChangesAsync(ct);
        }

        var markdown = ReadSample();
        var parsed = new MarkdownImporter().Parse(markdown, "Sample checklist");
        var boardId = await importer.CreateBoardAsync(team.Id, parsed, markdown, SampleFileName, Actor.System, ct: ct);
        logger.LogInformation("Created the sample board {BoardId} with {Items} items", boardId, parsed.Items.Count);
    }

    public static string ReadSample()
    {
        var assembly = typeof(SampleBoardSeeder).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(SampleFileName, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
