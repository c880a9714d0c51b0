using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ReadinessBoard.Data;

namespace ReadinessBoard.Benchmarks;

/// <summary>A data folder of a benchmark's own, with the configuration the app would read for it.</summary>
internal static class BenchmarkData
{
    /// <summary>A fresh data folder, and services with its configuration and logging; the caller adds the app's registrations.</summary>
    public static (string Directory, ServiceCollection Services) NewFolder()
    {
        var directory = System.IO.Directory.CreateTempSubdirectory("readinessboard-bench-").FullName;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ReadinessBoard:DataDirectory"] = directory,
                ["ReadinessBoard:SeedSampleBoard"] = "false",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        return (directory, services);
    }

    /// <summary>Builds the services and sets up the database as the app's start-up does (migrations, WAL, pragmas).</summary>
    public static async Task<ServiceProvider> StartAsync(ServiceCollection services)
    {
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        return provider;
    }

    public static void Delete(ServiceProvider? services, string directory)
    {
        services?.Dispose();
        SqliteConnection.ClearAllPools();
        System.IO.Directory.Delete(directory, recursive: true);
    }
}
