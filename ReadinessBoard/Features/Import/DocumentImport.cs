using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;

namespace ReadinessBoard.Features.Import;

/// <summary>A document read, checked and parsed, ready to be previewed or written.</summary>
public sealed record PreparedImport(string FileName, DecodedDocument Document, ParseResult Parsed)
{
    public ImportReport Report => ImportReport.From(Parsed);
}

/// <summary>
/// The import as the app and the command line use it: bytes in, a preview out, then one transaction.
/// Bad input ends in an <see cref="ImportException"/> that names the problem and the line.
/// </summary>
public sealed class DocumentImport(BoardImportService boards, IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock)
{
    public static readonly string[] AcceptedExtensions = [".md", ".markdown", ".txt"];

    public static PreparedImport Prepare(ReadOnlySpan<byte> bytes, string fileName, ImportLimits? limits = null)
    {
        limits ??= ImportLimits.Default;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length > 0 && !AcceptedExtensions.Contains(extension))
        {
            throw new ImportException($"\"{Path.GetFileName(fileName)}\" is not a markdown or text file; ReadinessBoard imports .md, .markdown and .txt files.");
        }

        var document = DocumentDecoder.Decode(bytes, limits);
        var parsed = new MarkdownImporter(limits).Parse(document.Text, Path.GetFileNameWithoutExtension(fileName));
        if (document.Warnings.Count > 0)
        {
            parsed = parsed with { Warnings = [.. document.Warnings, .. parsed.Warnings] };
        }

        return new PreparedImport(fileName, document, parsed);
    }

    /// <summary>Creates the board in the named team (made if it does not exist; the first team when none is named).</summary>
    public async Task<int> CreateBoardAsync(PreparedImport import, string? teamName, Actor actor, CancellationToken ct = default)
    {
        var teamId = await TeamIdAsync(teamName, ct);
        return await boards.CreateBoardAsync(teamId, import.Parsed, import.Document.Source, Path.GetFileName(import.FileName), actor, ct);
    }

    private async Task<int> TeamIdAsync(string? teamName, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = string.IsNullOrWhiteSpace(teamName) ? null : teamName.Trim();
        var team = name is null
            ? await db.Teams.OrderBy(t => t.Id).FirstOrDefaultAsync(ct)
            : await db.Teams.FirstOrDefaultAsync(t => t.Name == name, ct);
        if (team is null)
        {
            team = new Team { Name = name ?? Boards.SampleBoardSeeder.DefaultTeamName, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Teams.Add(team);
            await db.SaveChangesAsync(ct);
        }

        return team.Id;
    }
}
