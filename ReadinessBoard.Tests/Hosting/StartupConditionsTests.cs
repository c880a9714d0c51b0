using Microsoft.Extensions.Configuration;
using ReadinessBoard.Cli;
using ReadinessBoard.Data;
using ReadinessBoard.Hosting;
using ReadinessBoard.Tests.Support;

namespace ReadinessBoard.Tests.Hosting;

/// <summary>Bad start-up conditions end with one clear line on stderr, no stack trace, and nothing harmed.</summary>
public class StartupConditionsTests
{
    [Fact]
    public async Task Serve_WithMalformedAppSettings_ExitsWithAClearMessage()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("appsettings.json"), "{\n  \"ReadinessBoard\": {\n    \"DataDirectory\": \"x\",,\n  }\n}\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["serve"], new AppPaths(folder.Path, RunFromSource: true), stdout, stderr);

        Assert.Equal(ExitCodes.Failure, exitCode);
        var message = stderr.ToString();
        Assert.Contains("appsettings.json", message);
        Assert.Contains("not valid JSON", message);
        Assert.Contains("at line 3", message);
        AssertNoStackTrace(message);
        Assert.False(Directory.Exists(folder.File("data")), "nothing is created when the configuration is wrong");
    }

    [Fact]
    public async Task Serve_WithInvalidOptions_NamesTheSetting()
    {
        using var folder = new TempDirectory();
        var stderr = new StringWriter();

        var exitCode = await CommandLine.RunAsync(
            ["--ReadinessBoard:BusyTimeoutMilliseconds=-5", $"--ReadinessBoard:DataDirectory={folder.File("data")}"],
            new AppPaths(folder.Path, RunFromSource: true), new StringWriter(), stderr);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("ReadinessBoard:BusyTimeoutMilliseconds", stderr.ToString());
        AssertNoStackTrace(stderr.ToString());
    }

    [Fact]
    public async Task Serve_WithAnUnwritableDataFolder_ExitsWithAClearMessage()
    {
        using var folder = new TempDirectory();
        // A folder cannot be made beneath a regular file, whoever runs the tests (root included).
        File.WriteAllText(folder.File("blocker"), "a file, not a folder");
        var dataDirectory = Path.Combine(folder.File("blocker"), "data");
        var stderr = new StringWriter();

        var exitCode = await CommandLine.RunAsync(
            [$"--ReadinessBoard:DataDirectory={dataDirectory}", "--urls=http://127.0.0.1:0"],
            new AppPaths(folder.Path, RunFromSource: true), new StringWriter(), stderr);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains($"The data folder '{dataDirectory}' cannot be written", stderr.ToString());
        Assert.Contains("ReadinessBoard__DataDirectory", stderr.ToString());
        AssertNoStackTrace(stderr.ToString());
    }

    [Fact]
    public async Task Serve_WithAFileThatIsNotADatabase_LeavesItUntouched()
    {
        using var folder = new TempDirectory();
        var dataDirectory = folder.File("data");
        Directory.CreateDirectory(dataDirectory);
        var databasePath = Path.Combine(dataDirectory, "readiness.db");
        var content = "these are my notes, not a database\n"u8.ToArray();
        File.WriteAllBytes(databasePath, content);
        var stderr = new StringWriter();

        var exitCode = await CommandLine.RunAsync(
            [$"--ReadinessBoard:DataDirectory={dataDirectory}", "--urls=http://127.0.0.1:0"],
            new AppPaths(folder.Path, RunFromSource: true), new StringWriter(), stderr);

        Assert.Equal(ExitCodes.Failure, exitCode);
        Assert.Contains("is not a SQLite database", stderr.ToString());
        AssertNoStackTrace(stderr.ToString());
        Assert.Equal(content, File.ReadAllBytes(databasePath));
        Assert.Equal(["readiness.db"], Directory.GetFiles(dataDirectory).Select(Path.GetFileName));
    }

    [Fact]
    public async Task AMistypedCommand_IsRefused_WithExitCode2()
    {
        using var folder = new TempDirectory();
        var stderr = new StringWriter();

        var exitCode = await CommandLine.RunAsync(["imprt", "board.md"], new AppPaths(folder.Path, RunFromSource: true), new StringWriter(), stderr);

        Assert.Equal(ExitCodes.BadInput, exitCode);
        Assert.Contains("unknown command or argument 'imprt'", stderr.ToString());
        Assert.False(Directory.Exists(folder.File("data")));
    }

    [Fact]
    public async Task TheRealExecutable_WithAFileThatIsNotADatabase_PrintsOneLineAndNoStackTrace()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("readiness.db"), "not a database");
        var start = new System.Diagnostics.ProcessStartInfo(Browser.AppProcess.ExecutablePath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add("http://127.0.0.1:0");
        start.ArgumentList.Add($"--ReadinessBoard:DataDirectory={folder.Path}");

        using var process = System.Diagnostics.Process.Start(start)!;
        var stderrTask = process.StandardError.ReadToEndAsync();
        var stdoutTask = process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(ExitCodes.Failure, process.ExitCode);
        Assert.Equal("", await stdoutTask);
        var stderr = await stderrTask;
        AssertNoStackTrace(stderr);
        Assert.Equal("not a database", File.ReadAllText(folder.File("readiness.db")));
    }

    [Fact]
    public void EnsureIsSqliteOrAbsent_AcceptsAMissingOrEmptyFile()
    {
        using var folder = new TempDirectory();
        DatabaseFile.EnsureIsSqliteOrAbsent(folder.File("missing.db"));
        File.WriteAllBytes(folder.File("empty.db"), []);
        DatabaseFile.EnsureIsSqliteOrAbsent(folder.File("empty.db"));
    }

    [Fact]
    public void EnsureIsSqliteOrAbsent_RefusesAShortOrForeignFile()
    {
        using var folder = new TempDirectory();
        File.WriteAllText(folder.File("short.db"), "SQLite");

        var error = Assert.Throws<StartupException>(() => DatabaseFile.EnsureIsSqliteOrAbsent(folder.File("short.db")));

        Assert.Contains("not a SQLite database", error.Message);
    }

    [Fact]
    public void Resolve_TakesRelativeDataFoldersFromTheConfigurationFolder()
    {
        var paths = new AppPaths("/srv/readiness", RunFromSource: false);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ReadinessBoard:DataDirectory"] = "state" })
            .Build();

        var resolved = AppConfiguration.Resolve(configuration, paths);

        Assert.Equal("/srv/readiness/state", resolved.DataDirectory);
        Assert.Equal("/srv/readiness/state/readiness.db", resolved.DatabasePath);
    }

    [Fact]
    public void Resolve_DefaultsToADataFolderBesideTheConfiguration()
    {
        var paths = new AppPaths("/srv/readiness", RunFromSource: true);
        var configuration = new ConfigurationBuilder().Build();

        Assert.Equal("/srv/readiness/data", AppConfiguration.Resolve(configuration, paths).DataDirectory);
    }

    [Fact]
    public void Discover_FindsTheRepositoryRootFromAnyFolderBelowIt()
    {
        var paths = AppPaths.Discover(AppContext.BaseDirectory);

        Assert.True(paths.RunFromSource);
        Assert.True(File.Exists(Path.Combine(paths.ConfigDirectory, AppPaths.SolutionFileName)));
        Assert.True(File.Exists(paths.ConfigFile));
    }

    private static void AssertNoStackTrace(string output)
    {
        Assert.DoesNotContain("   at ", output);
        Assert.DoesNotContain("Exception:", output);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries), line => line.StartsWith("readinessboard: cannot start:", StringComparison.Ordinal));
    }
}
