using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;
using Radzen;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Boards;
using ReadinessBoard.Features.Checklist;
using ReadinessBoard.Features.Document;

namespace ReadinessBoard.Tests.Support;

/// <summary>
/// Renders a component to HTML with the framework's own <see cref="HtmlRenderer"/>, on the app's real
/// services over a test database, and parses the markup with AngleSharp for assertions.
/// </summary>
public sealed class ComponentRenderer(TestDatabase database) : IAsyncDisposable
{
    private readonly ServiceProvider _services = BuildServices(database);

    /// <summary>Who the pages render for; signed out until a test says otherwise.</summary>
    public void SignIn(Actor actor) => _services.GetRequiredService<TestAuthentication>().User = actor;

    /// <summary>Renders the component as if the browser were at <paramref name="uri"/> (relative to the app's base), query string included.</summary>
    public async Task<IDocument> RenderAsync<TComponent>(Dictionary<string, object?>? parameters = null, string uri = "")
        where TComponent : IComponent
    {
        ((StaticNavigationManager)_services.GetRequiredService<NavigationManager>()).GoTo(uri);
        await using var renderer = new HtmlRenderer(_services, _services.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<TComponent>(
                parameters is null ? ParameterView.Empty : ParameterView.FromDictionary(parameters));
            await output.QuiescenceTask;
            return output.ToHtmlString();
        });
        return await new HtmlParser().ParseDocumentAsync($"<!DOCTYPE html><html><body>{html}</body></html>");
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    private static ServiceProvider BuildServices(TestDatabase database)
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(database.Factory);
        services.AddSingleton<TestAuthentication>();
        services.AddSingleton<AuthenticationStateProvider>(sp => sp.GetRequiredService<TestAuthentication>());
        services.AddSingleton<CurrentActor>();
        services.AddSingleton<BoardQueries>();
        services.AddSingleton<ItemStatusService>();
        services.AddChecklist();
        services.AddSingleton<DocumentQueries>();
        services.AddSingleton<ReadinessBoard.Features.Import.BoardImportService>();
        services.AddSingleton<ReadinessBoard.Features.Import.DocumentImport>();
        services.AddSingleton<ReadinessBoard.Features.Import.BoardReimportService>();
        ReadinessBoard.Features.Live.LiveServiceCollectionExtensions.AddLiveUpdates(services);
        services.AddBoardViews();
        services.AddSingleton(new ReadinessBoard.Features.Import.ImportThrottle(
            new ReadinessBoard.Hosting.ResolvedOptions(new ReadinessBoard.Hosting.ReadinessBoardOptions(), "", "")));
        services.AddSingleton<IJSRuntime, UnavailableJsRuntime>();
        services.AddSingleton<NavigationManager, StaticNavigationManager>();
        services.AddRadzenComponents();
        services.AddSupplyValueFromQueryProvider();
        services.AddSingleton<Microsoft.AspNetCore.Components.Infrastructure.ComponentStatePersistenceManager>();
        services.AddSingleton(sp => sp.GetRequiredService<Microsoft.AspNetCore.Components.Infrastructure.ComponentStatePersistenceManager>().State);
        return services.BuildServiceProvider();
    }

    /// <summary>Static rendering runs no JavaScript; a component that tries is a test failure.</summary>
    private sealed class UnavailableJsRuntime : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) =>
            throw new InvalidOperationException($"JavaScript call '{identifier}' during static rendering.");

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) =>
            throw new InvalidOperationException($"JavaScript call '{identifier}' during static rendering.");
    }

    private sealed class TestAuthentication : AuthenticationStateProvider
    {
        public Actor User { get; set; } = Actor.Anonymous;

        public override Task<AuthenticationState> GetAuthenticationStateAsync()
        {
            var identity = User.Id is { } id
                ? new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id), new Claim(ClaimTypes.Name, User.Name)], "Test")
                : new ClaimsIdentity();
            return Task.FromResult(new AuthenticationState(new ClaimsPrincipal(identity)));
        }
    }

    private sealed class StaticNavigationManager : NavigationManager
    {
        public StaticNavigationManager() => Initialize("http://localhost/", "http://localhost/");

        public void GoTo(string uri) => Uri = ToAbsoluteUri(uri).ToString();
    }
}
