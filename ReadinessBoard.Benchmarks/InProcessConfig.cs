using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// Runs the benchmarks inside this process. BenchmarkDotNet's default toolchain builds a separate
/// project and starts it with the installed <c>dotnet</c>, which has no .NET 9 runtime here (only
/// .NET 10), so that process exits at once with code 150. This process carries its own .NET 9 runtime
/// (self-contained), like the app. The toolchain is a mutator: it is applied to whatever job the
/// command line asks for (<c>--job short</c>, <c>--iterationCount 5</c>, …) instead of replacing it.
/// </summary>
public static class InProcessConfig
{
    // The in-process toolchain gives up on a benchmark after 5 minutes by default; a whole import takes
    // seconds, and BenchmarkDotNet's default job may run it a hundred times.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(60);

    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(s_timeout, logOutput: true)).AsMutator());
}
