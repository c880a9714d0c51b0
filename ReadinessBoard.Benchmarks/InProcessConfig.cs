using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// Runs the benchmarks inside this process, with the server GC the web app runs with (the project's
/// <c>ServerGarbageCollection</c>), instead of BenchmarkDotNet's default of a separate project built
/// and started for each run, which takes minutes on this machine's two cores before anything is
/// measured. The toolchain is a mutator: it is applied to whatever job the command line asks for
/// (<c>--job short</c>, <c>--iterationCount 5</c>, …) instead of replacing it.
/// </summary>
public static class InProcessConfig
{
    // The in-process toolchain gives up on a benchmark after 5 minutes by default; a whole import takes
    // seconds, and BenchmarkDotNet's default job may run it a hundred times.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(60);

    public static IConfig Create() => DefaultConfig.Instance
        .AddJob(Job.Default.WithToolchain(new InProcessEmitToolchain(s_timeout, logOutput: true)).AsMutator());
}
