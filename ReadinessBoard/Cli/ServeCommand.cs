using Microsoft.Extensions.Hosting;
using ReadinessBoard.Data;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Cli;

internal static class ServeCommand
{
    public static async Task<int> RunAsync(string[] hostArgs, AppPaths paths, TextWriter stderr, CancellationToken ct)
    {
        try
        {
            var app = ReadinessBoardHost.Build(hostArgs, paths);
            // Before the server binds: a bad data folder or database stops the app here, with nothing served.
            await app.Services.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
            await app.RunAsync(ct);
            return ExitCodes.Success;
        }
        catch (StartupException ex)
        {
            await stderr.WriteLineAsync($"readinessboard: cannot start: {ex.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception ex) when (ex is IOException { InnerException: Microsoft.AspNetCore.Connections.AddressInUseException })
        {
            await stderr.WriteLineAsync($"readinessboard: cannot start: {ex.Message} Choose another address with --urls.");
            return ExitCodes.Failure;
        }
    }
}
