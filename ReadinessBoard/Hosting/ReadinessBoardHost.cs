using Radzen;
using ReadinessBoard.Components;
using ReadinessBoard.Data;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Export;
using ReadinessBoard.Features.Import;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Hosting;

/// <summary>The web app: its services, its pipeline, and the builder both share.</summary>
public static class ReadinessBoardHost
{
    public static WebApplication Build(string[] args, AppPaths paths)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(ReadinessBoardHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        AppConfiguration.Apply(builder.Configuration, paths, builder.Environment.EnvironmentName, args);
        // Radzen's and the app's static files, straight from the build output when run from source.
        builder.WebHost.UseStaticWebAssets();
        builder.Logging.AddReadinessLogging();
        builder.Services.AddApplicationServices(paths);
        builder.Services.AddReadinessHardening(builder.Environment.IsDevelopment());

        var app = builder.Build();
        app.UseReadinessPipeline();
        return app;
    }

    public static IServiceCollection AddApplicationServices(this IServiceCollection services, AppPaths paths)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddReadinessData(paths);
        services.AddReadinessHealthChecks();
        services.AddSingleton<BoardImportService>();
        services.AddSingleton<SampleBoardSeeder>();
        services.AddSingleton<BoardQueries>();
        services.AddSingleton<ItemStatusService>();
        services.AddChecklist();
        services.AddSingleton<Features.Document.DocumentQueries>();
        services.AddSingleton<DocumentImport>();
        services.AddSingleton<BoardReimportService>();
        services.AddLiveUpdates();
        services.AddBoardViews();
        services.AddExport();
        services.AddSingleton<ImportThrottle>();
        services.AddAccounts();
        services.AddRadzenComponents();
        return services;
    }

    /// <summary>Logs go to stderr so that command results on stdout stay clean.</summary>
    public static ILoggingBuilder AddReadinessLogging(this ILoggingBuilder logging)
    {
        logging.ClearProviders();
        logging.AddSimpleConsole(o => o.SingleLine = true);
        // The serve command reports a failed start in one line; the host's own report is a stack trace.
        logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.Critical);
        logging.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(
            o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        return logging;
    }

    public static WebApplication UseReadinessPipeline(this WebApplication app)
    {
        // First, so that error pages and static files carry the headers too.
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        // A page that answers 404 has already rendered in this request's scope; the "not found" page
        // renders in a scope of its own, as the error page does.
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseLiveConnectionOrigin();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseFirstRunSetup();
        app.UseAuthorization();
        app.UseCircuitLimit();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapReadinessHealthChecks();
        app.MapItemStatusApi();
        app.MapExport();
        app.MapAccountEndpoints();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }
}
