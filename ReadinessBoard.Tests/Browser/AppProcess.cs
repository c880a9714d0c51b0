using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Browser;

/// <summary>
/// The real app, as a user runs it: its own executable in a process of its own, on a free port,
/// with its data in a given folder. Stopping it kills the process outright.
/// </summary>
public sealed partial class AppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private AppProcess(Process process, string baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public string BaseUrl { get; }

    /// <param name="url">Where to listen; a free port of 127.0.0.1 unless given (to come back where the browsers are).</param>
    public static async Task<AppProcess> StartAsync(string dataDirectory, TimeSpan? timeout = null, string? url = null)
    {
        var start = new ProcessStartInfo(ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("serve");
        start.ArgumentList.Add($"--urls={url ?? "http://127.0.0.1:0"}");
        start.ArgumentList.Add($"--ReadinessBoard:DataDirectory={dataDirectory}");
        start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";

        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {ExecutablePath}.");
        var listening = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new StringBuilder();
        void OnLine(object? sender, DataReceivedEventArgs e)
        {
            if (e.Data is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(e.Data);
            }

            if (ListeningOn().Match(e.Data) is { Success: true } match)
            {
                listening.TrySetResult(match.Groups["url"].Value);
            }
        }

        process.ErrorDataReceived += OnLine;
        process.OutputDataReceived += OnLine;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var exited = process.WaitForExitAsync();
        var winner = await Task.WhenAny(listening.Task, exited, Task.Delay(timeout ?? TimeSpan.FromSeconds(60)));
        if (winner != listening.Task)
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }

            throw new InvalidOperationException($"The app did not start listening. Its output:\n{output}");
        }

        var app = new AppProcess(process, listening.Task.Result);
        return app;
    }

    /// <summary>The executable beside this test build: same configuration, same target framework.</summary>
    public static string ExecutablePath
    {
        get
        {
            var testsProject = Path.Combine(TestFiles.RepositoryRoot, "ReadinessBoard.Tests");
            var relativeOutput = Path.GetRelativePath(testsProject, AppContext.BaseDirectory);
            return Path.Combine(TestFiles.RepositoryRoot, "ReadinessBoard", relativeOutput, "ReadinessBoard");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    [GeneratedRegex(@"Now listening on: (?<url>http://\S+)")]
    private static partial Regex ListeningOn();
}
