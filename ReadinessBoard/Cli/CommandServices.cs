using ReadinessBoard.Data;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Hosting;

namespace ReadinessBoard.Cli;

/// <summary>
/// The services a command needs, without the web host: the same configuration, data folder and
/// database as the server. A command never creates the sample board.
/// </summary>
internal static class CommandServices
{
    public static async Task<ServiceProvider> StartAsync(string[] configArgs, AppPaths paths, CancellationToken ct)
    {
        var configuration = new ConfigurationManager();
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT") ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT") ?? "Production";
        AppConfiguration.Apply(configuration, paths, environment, configArgs);
        configuration[$"{ReadinessBoardOptions.SectionName}:{nameof(ReadinessBoardOptions.SeedSampleBoard)}"] = "false";

        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.AddConfiguration(configuration.GetSection("Logging"));
            logging.SetMinimumLevel(LogLevel.Warning);
            logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        });
        services.AddSingleton(TimeProvider.System);
        services.AddReadinessData(paths);
        services.AddSingleton<BoardImportService>();
        services.AddSingleton<SampleBoardSeeder>();
        services.AddSingleton<DocumentImport>();
        services.AddExport();
        services.AddAccountStore();
        var provider = services.BuildServiceProvider();
        try
        {
            await provider.GetRequiredService<DatabaseInitializer>().InitializeAsync(ct);
        }
        catch
        {
            await provider.DisposeAsync();
            throw;
        }

        return provider;
    }
}
