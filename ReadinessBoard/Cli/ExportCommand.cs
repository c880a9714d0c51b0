using System.CommandLine;
using System.Text;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Cli;

/// <summary>
/// <c>export BOARD [--format xlsx|md|csv] [-o FILE]</c>: a board as a workbook, its markdown with
/// the boxes ticked, or a CSV of its items. BOARD is the board's id or its exact title. The file is
/// written whole to a temporary file beside it and then moved into place, so a failed export leaves
/// no half file. Without <c>-o</c>, or with <c>-o -</c>, markdown and CSV go to stdout.
/// </summary>
internal static class ExportCommand
{
    public static Command Create(AppPaths paths, TextWriter stdout, TextWriter stderr)
    {
        var board = new Argument<string>("BOARD") { Description = "The board: its id, or its exact title." };
        var format = new Option<string?>("--format", "-f") { Description = "xlsx, md or csv (default: from the extension of the output file)." };
        var output = new Option<string?>("--output", "-o") { Description = "The file to write; '-' or none writes md and csv to stdout." };
        var command = new Command("export", "Export a board as an Excel workbook, its markdown with the boxes ticked, or a CSV of its items.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        command.Arguments.Add(board);
        command.Options.Add(format);
        command.Options.Add(output);
        command.SetAction((result, ct) => RunAsync(
            result.GetValue(board)!, result.GetValue(format), result.GetValue(output), result.UnmatchedTokens.ToArray(), paths, stdout, stderr, ct));
        return command;
    }

    private static async Task<int> RunAsync(
        string boardName, string? formatName, string? output, string[] configArgs, AppPaths paths, TextWriter stdout, TextWriter stderr, CancellationToken ct)
    {
        var toStdout = output is null or "-";
        formatName ??= toStdout ? null : Path.GetExtension(output)?.TrimStart('.');
        if (formatName is null)
        {
            return await BadInputAsync(stderr, $"name the format with --format ({ExportFormats.Names}).");
        }

        if (!ExportFormats.TryParse(formatName, out var format))
        {
            return await BadInputAsync(stderr, $"unknown format \"{formatName}\": use {ExportFormats.Names}.");
        }

        if (toStdout && !format.IsText())
        {
            return await BadInputAsync(stderr, "an xlsx workbook is not text: name the file to write with -o FILE.");
        }

        if (FirstBareWord(configArgs) is { } extra)
        {
            return await BadInputAsync(stderr, $"unexpected argument \"{extra}\".");
        }

        BoardExport? board;
        try
        {
            await using var services = await CommandServices.StartAsync(configArgs, paths, ct);
            var queries = services.GetRequiredService<ExportQueries>();
            board = await queries.FindIdAsync(boardName, ct) is { } id ? await queries.GetAsync(id, ct) : null;
        }
        catch (StartupException ex)
        {
            await stderr.WriteLineAsync($"readinessboard: export: {ex.Message}");
            return ExitCodes.Failure;
        }

        if (board is null)
        {
            return await BadInputAsync(stderr, $"no board \"{boardName}\": give a board's id or its exact title.");
        }

        if (toStdout)
        {
            using var buffer = new MemoryStream();
            format.Write(board, buffer);
            var bytes = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
            var preamble = Encoding.UTF8.Preamble;
            await stdout.WriteAsync(Encoding.UTF8.GetString(bytes.StartsWith(preamble) ? bytes[preamble.Length..] : bytes));
            await stdout.FlushAsync(ct);
            return ExitCodes.Success;
        }

        return await WriteFileAsync(board, format, output!, stderr);
    }

    private static async Task<int> WriteFileAsync(BoardExport board, ExportFormat format, string output, TextWriter stderr)
    {
        string target;
        string temporary;
        try
        {
            target = Path.GetFullPath(output);
            var folder = Path.GetDirectoryName(target)!;
            if (!Directory.Exists(folder))
            {
                return await BadInputAsync(stderr, $"cannot write {output}: the folder {folder} does not exist.");
            }

            if (Directory.Exists(target))
            {
                return await BadInputAsync(stderr, $"cannot write {output}: it is a folder.");
            }

            // Beside the target, so the move is a rename within one file system.
            temporary = Path.Combine(folder, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException or PathTooLongException)
        {
            return await BadInputAsync(stderr, $"cannot write {output}: {ex.Message}");
        }

        try
        {
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None))
            {
                format.Write(board, file);
                await file.FlushAsync();
            }

            File.Move(temporary, target, overwrite: true);
            return ExitCodes.Success;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            return await BadInputAsync(stderr, $"cannot write {output}: {ex.Message}");
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
    }

    /// <summary>A word that is no setting: "--key value" and "--key=value" are settings, a word alone is a mistake.</summary>
    private static string? FirstBareWord(string[] tokens)
    {
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!tokens[i].StartsWith('-'))
            {
                return tokens[i];
            }

            if (!tokens[i].Contains('=') && i + 1 < tokens.Length && !tokens[i + 1].StartsWith('-'))
            {
                i++;
            }
        }

        return null;
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do: the target was never touched.
        }
    }

    private static async Task<int> BadInputAsync(TextWriter stderr, string message)
    {
        await stderr.WriteLineAsync($"readinessboard: export: {message}");
        return ExitCodes.BadInput;
    }
}
