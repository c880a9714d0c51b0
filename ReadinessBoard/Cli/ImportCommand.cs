using System.CommandLine;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Cli;

/// <summary>
/// <c>import FILE [--dry-run] [--json] [--team NAME]</c>: a document becomes a board, or, with
/// <c>--dry-run</c>, a report of what it would become. Results go to stdout; errors are one line on
/// stderr with exit code 2 for bad input.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(AppPaths paths, TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<FileInfo>("FILE") { Description = "The markdown (.md, .markdown) or text (.txt) document." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Show what would be created; write nothing." };
        var json = new Option<bool>("--json") { Description = "Print the result as JSON." };
        var team = new Option<string?>("--team") { Description = "The team the board belongs to (created if missing; default: the first team)." };
        var read = new Option<string[]>("--read")
        {
            Description = "Read the block starting on LINE another way: LINE=items, LINE=not-items, or for a table "
                + "LINE=items:title=COLUMN[,status=COLUMN][,priority=COLUMN][,owner=COLUMN][,due=COLUMN] (a header or a 1-based number). Repeatable.",
            AllowMultipleArgumentsPerToken = false,
        };
        var command = new Command("import", "Import a markdown checklist as a new board.") { TreatUnmatchedTokensAsErrors = false };
        command.Arguments.Add(file);
        command.Options.Add(dryRun);
        command.Options.Add(json);
        command.Options.Add(team);
        command.Options.Add(read);
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(file)!, result.GetValue(dryRun), result.GetValue(json), result.GetValue(team), result.GetValue(read) ?? [],
            result.UnmatchedTokens.ToArray(), paths, stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        FileInfo file, bool dryRun, bool json, string? team, string[] reads, string[] configArgs, AppPaths paths, TextWriter stdout, TextWriter stderr,
        CancellationToken ct)
    {
        PreparedImport prepared;
        try
        {
            var bytes = await ReadAsync(file, ct);
            prepared = DocumentImport.Prepare(bytes, file.Name);
            if (reads.Length > 0)
            {
                prepared = prepared.WithChoices(ReadOptions.Parse(reads, prepared.Parsed.Blocks));
            }
        }
        catch (ImportException ex)
        {
            var where = ex.Line is { } line ? $"{file.Name}:{line}" : file.Name;
            await stderr.WriteLineAsync($"readinessboard: import: {where}: {Unprefixed(ex)}");
            return ExitCodes.BadInput;
        }

        if (dryRun)
        {
            var report = prepared.Report;
            await stdout.WriteLineAsync(json ? report.ToJson() : Summary(report));
            return ExitCodes.Success;
        }

        try
        {
            await using var services = await CommandServices.StartAsync(configArgs, paths, ct);
            var boardId = await services.GetRequiredService<DocumentImport>().CreateBoardAsync(prepared, team, Actor.System, ct);
            await stdout.WriteLineAsync(json
                ? $"{{\"boardId\": {boardId}, \"items\": {prepared.Parsed.Items.Count}, \"warnings\": {prepared.Parsed.Warnings.Count}}}"
                : boardId.ToString(System.Globalization.CultureInfo.InvariantCulture));
            return ExitCodes.Success;
        }
        catch (StartupException ex)
        {
            await stderr.WriteLineAsync($"readinessboard: import: {ex.Message}");
            return ExitCodes.Failure;
        }
    }

    private static async Task<byte[]> ReadAsync(FileInfo file, CancellationToken ct)
    {
        try
        {
            if (file.Exists && file.Length > ImportLimits.Default.MaxBytes)
            {
                // Refused before a huge file is read into memory, with its real size.
                throw DocumentDecoder.TooLarge(file.Length, ImportLimits.Default);
            }

            return await File.ReadAllBytesAsync(file.FullName, ct);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ImportException($"cannot read the file: {ex.Message}");
        }
    }

    private static string Unprefixed(ImportException ex) =>
        ex.Line is { } line && ex.Message.StartsWith($"Line {line}: ", StringComparison.Ordinal) ? ex.Message[$"Line {line}: ".Length..] : ex.Message;

    private static string Summary(ImportReport report)
    {
        var lines = new List<string>
        {
            $"{report.Title}: {report.Items.Count} items ({report.Items.Count(i => i.Status == "done")} done), {report.Metrics.Count} KPIs, " +
            $"{report.Costs.Count} cost lines, {report.Phases.Count} plan phases, {report.Tables} other tables, {report.Warnings.Count} warnings.",
        };
        lines.AddRange(report.Warnings.Select(w => $"  line {w.Line}: {w.Message}"));
        return string.Join(Environment.NewLine, lines);
    }
}
