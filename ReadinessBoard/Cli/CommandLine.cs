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
        var root = new RootCommand("ReadinessBoard: production-readiness checklists as live boards.")
        {
            TreatUnmatchedTokensAsErrors = false,
        };
        var serve = new Command("serve", "Start the web app (the default).") { TreatUnmatchedTokensAsErrors = false };
        serve.SetAction((result, ct) => ServeCommand.RunAsync(result.UnmatchedTokens.ToArray(), paths, stderr, ct));
        root.SetAction((result, ct) => ServeCommand.RunAsync(result.UnmatchedTokens.ToArray(), paths, stderr, ct));
        root.Subcommands.Add(serve);

        var parsed = root.Parse(args);
        return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
    }
}
