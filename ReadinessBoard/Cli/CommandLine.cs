using System.CommandLine;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Cli;

/// <summary>
/// The command line of the one executable. <c>serve</c> is the default; any switch it does not know
/// (<c>--urls</c>, <c>--ReadinessBoard:DataDirectory=…</c>) is handed to the configuration.
/// </summary>
public static class CommandLine
{
    public static Task<int> RunAsync(string[] args) => RunAsync(args, AppPaths.Discover(), Console.Out, Console.Error);

    public static async Task<int> RunAsync(string[] args, AppPaths paths, TextWriter stdout, TextWriter stderr)
    {
        async Task<int> Serve(ParseResult result, CancellationToken ct)
        {
            var hostArgs = result.UnmatchedTokens.ToArray();
            // Switches pass through to the configuration; a bare word is a mistyped command, not a setting.
            if (FirstBareWord(hostArgs) is { } unknown)
            {
                await stderr.WriteLineAsync($"readinessboard: unknown command or argument '{unknown}'. Run with --help to see the commands.");
                return ExitCodes.BadInput;
            }

            return await ServeCommand.RunAsync(hostArgs, paths, stderr, ct);
        }

        var root = new RootCommand("ReadinessBoard: production-readiness checklists as live boards.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serve = new Command("serve", "Start the web app (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction(Serve);
        root.SetAction(Serve);
        root.Subcommands.Add(serve);
        root.Subcommands.Add(ImportCommand.Create(paths, stdout, stderr));
        root.Subcommands.Add(ExportCommand.Create(paths, stdout, stderr));
        root.Subcommands.Add(UsersCommand.Create(paths, stdout, stderr));

        static string? FirstBareWord(string[] tokens)
        {
            for (var i = 0; i < tokens.Length; i++)
            {
                if (!tokens[i].StartsWith('-'))
                {
                    return tokens[i];
                }

                // "--urls http://…": the word after a switch without "=" is its value.
                if (!tokens[i].Contains('=') && i + 1 < tokens.Length && !tokens[i + 1].StartsWith('-'))
                {
                    i++;
                }
            }

            return null;
        }

        // The web host handles SIGTERM and Ctrl+C itself and shuts down gracefully; no deadline here.
        var invocation = new InvocationConfiguration { Output = stdout, Error = stderr, ProcessTerminationTimeout = null };
        return await root.Parse(args).InvokeAsync(invocation);
    }
}
