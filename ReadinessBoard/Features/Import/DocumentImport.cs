using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;

namespace ReadinessBoard.Features.Import;

/// <summary>A document read, checked and parsed (with the reading choices made for it), ready to be previewed or written.</summary>
public sealed record PreparedImport(string FileName, DecodedDocument Document, ParseResult Parsed)
{
    public ReadingChoices Choices { get; init; } = ReadingChoices.None;

    public ImportReport Report => ImportReport.From(Parsed);

    /// <summary>The same document read again with <paramref name="choices"/>: a person changed how a block is read.</summary>
    public PreparedImport WithChoices(ReadingChoices choices, ImportLimits? limits = null) =>
        DocumentImport.Parse(FileName, Document, choices, limits ?? ImportLimits.Default);
}

/// <summary>
/// The import as the app and the command line use it: bytes in, a preview out, then one transaction.
/// Bad input ends in an <see cref="ImportException"/> that names the problem and the line.
/// </summary>
public sealed class DocumentImport(BoardImportService boards, IDbContextFactory<ReadinessDbContext> dbFactory, TimeProvider clock)
{
    public static readonly string[] AcceptedExtensions = [".md", ".markdown", ".txt"];

    public static PreparedImport Prepare(ReadOnlySpan<byte> bytes, string fileName, ImportLimits? limits = null, ReadingChoices? choices = null)
    {
        limits ??= ImportLimits.Default;
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        if (extension.Length > 0 && !AcceptedExtensions.Contains(extension))
        {
            throw new ImportException($"\"{Path.GetFileName(fileName)}\" is not a markdown or text file; ReadinessBoard imports .md, .markdown and .txt files.");
        }

        var document = DocumentDecoder.Decode(bytes, limits);
        return Parse(fileName, document, choices ?? ReadingChoices.None, limits);
    }

    internal static PreparedImport Parse(string fileName, DecodedDocument document, ReadingChoices choices, ImportLimits limits)
    {
        var parsed = new MarkdownImporter(limits).Parse(document.Text, Path.GetFileNameWithoutExtension(fileName), choices);
        if (document.Warnings.Count > 0)
        {
            parsed = parsed with { Warnings = [.. document.Warnings, .. parsed.Warnings] };
        }

        // Only the choices that still name a block of this document are kept with it.
        var used = new ReadingChoices(choices.All.Where(c => parsed.Blocks.Any(b => b.Chosen && b.Anchor == c.Anchor)));
        return new PreparedImport(fileName, document, parsed) { Choices = used };
    }

    /// <summary>
    /// Creates the board in the named team, or in the actor's first team they may change when none is
    /// named. A person imports only into a team where they are an Editor or Owner; the command line
    /// (the app itself) may name a team that does not exist yet, and it is made.
    /// </summary>
    /// <exception cref="AccessDeniedException">The actor may not add boards to that team.</exception>
    public async Task<int> CreateBoardAsync(PreparedImport import, string? teamName, Actor actor, CancellationToken ct = default)
    {
        var teamId = actor.IsSystem ? await TeamIdAsync(teamName, ct) : await EditableTeamIdAsync(teamName, actor, ct);
        return await boards.CreateBoardAsync(teamId, import.Parsed, import.Document.Source, Path.GetFileName(import.FileName), actor, import.Choices, ct);
    }

    private async Task<int> EditableTeamIdAsync(string? teamName, Actor actor, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var name = string.IsNullOrWhiteSpace(teamName) ? null : teamName.Trim();
        var teams = db.TeamsOf(actor, TeamRole.Editor);
        var teamId = await (name is null ? teams : teams.Where(t => t.Name == name))
            .OrderBy(t => t.Id).Select(t => (int?)t.Id).FirstOrDefaultAsync(ct);
        return teamId ?? throw new AccessDeniedException(name is null
            ? "You are not an Editor or Owner of any team, so there is nowhere to import a board. Ask an Owner of a team for the Editor role."
            : $"You are not an Editor or Owner of the team \"{name}\", so you cannot add boards to it.");
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
