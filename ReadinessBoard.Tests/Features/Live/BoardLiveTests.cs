// A renderer of the test's own is the way to run a component as interactive without a browser. The
// analyzer warns that the render-tree types may change between releases of the framework: this test
// would then need the same change, nothing else would.
#pragma warning disable BL0006
using System.Runtime.ExceptionServices;
using System.Security.Claims;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.RenderTree;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Features.Accounts;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Tests.Features.Live;

/// <summary>
/// What a live page is told, and when: BoardLive on a renderer that is interactive, as a circuit's is,
/// with the changes handed to it the way the notifier hands them.
/// </summary>
public sealed class BoardLiveTests : IAsyncDisposable
{
    private const int BoardId = 7;
    private readonly CapturingNotifier _notifier = new();
    private readonly ServiceProvider _services;
    private readonly InteractiveRenderer _renderer;
    private readonly List<string> _shown = [];
    private readonly TaskCompletionSource _firstShowEnds = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public BoardLiveTests()
    {
        var services = new ServiceCollection();
        services.AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton<IBoardNotifier>(_notifier);
        services.AddSingleton<PresenceTracker>();
        services.AddSingleton(sp => sp.GetRequiredService<PresenceTracker>().NewGuest());
        services.AddSingleton<AuthenticationStateProvider, SignedOut>();
        services.AddSingleton<CurrentActor>();
        _services = services.BuildServiceProvider();
        _renderer = new InteractiveRenderer(_services);
    }

    [Theory]
    [InlineData(1, "a")]
    [InlineData(2, BoardChangeKinds.Several)]
    [InlineData(3, BoardChangeKinds.Several)]
    public async Task ChangesThatArriveWhileOneIsShown_ComeAfterIt_SeveralAsOneRead(int arriving, string passedOn)
    {
        await FollowAsync(shows: null);
        await WaitForAsync(() => _shown.Count == 1);

        foreach (var kind in new[] { "a", "b", "c" }.Take(arriving))
        {
            await _notifier.DeliverAsync(new BoardChange(BoardId, kind));
        }

        _firstShowEnds.SetResult();
        await WaitForAsync(() => _shown.Count == 2);
        await _renderer.Dispatcher.InvokeAsync(() => { });

        Assert.Equal([BoardChangeKinds.Followed, passedOn], _shown);
    }

    [Fact]
    public async Task AChangeThePageShowsAlready_IsNotPassedOn()
    {
        _firstShowEnds.SetResult();
        await FollowAsync(shows: change => change.Kind == "mine");
        await WaitForAsync(() => _shown.Count == 1);

        await _notifier.DeliverAsync(new BoardChange(BoardId, "mine"));
        await _notifier.DeliverAsync(new BoardChange(BoardId, "theirs"));
        await _renderer.Dispatcher.InvokeAsync(() => { });

        Assert.Equal([BoardChangeKinds.Followed, "theirs"], _shown);
    }

    public async ValueTask DisposeAsync()
    {
        _firstShowEnds.TrySetResult();
        await _renderer.DisposeAsync();
        await _services.DisposeAsync();
    }

    private Task FollowAsync(Func<BoardChange, bool>? shows) =>
        _renderer.RenderAsync<BoardLive>(new Dictionary<string, object?>
        {
            [nameof(BoardLive.BoardId)] = BoardId,
            [nameof(BoardLive.OnChange)] = new EventCallback<BoardChange>(null, (Func<BoardChange, Task>)ShowAsync),
            [nameof(BoardLive.Shows)] = shows,
        });

    // The first change (the catch-up read after following) takes as long as the test says.
    private async Task ShowAsync(BoardChange change)
    {
        _shown.Add(change.Kind);
        if (_shown.Count == 1)
        {
            await _firstShowEnds.Task;
        }
    }

    private async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !await _renderer.Dispatcher.InvokeAsync(condition); waited += 10)
        {
            Assert.True(waited < 10_000, "The change never reached the page.");
            await Task.Delay(10);
        }
    }

    /// <summary>Keeps the subscriber, so a test hands it changes one at a time and waits for each to be taken.</summary>
    private sealed class CapturingNotifier : IBoardNotifier
    {
        private Func<BoardChange, Task>? _handler;

        public Task PublishAsync(BoardChange change, CancellationToken ct = default) => DeliverAsync(change);

        public IDisposable Subscribe(int boardId, Func<BoardChange, Task> handler)
        {
            _handler = handler;
            return new Unsubscriber(this);
        }

        public Task DeliverAsync(BoardChange change) => _handler?.Invoke(change) ?? Task.CompletedTask;

        private sealed class Unsubscriber(CapturingNotifier owner) : IDisposable
        {
            public void Dispose() => owner._handler = null;
        }
    }

    private sealed class SignedOut : AuthenticationStateProvider
    {
        public override Task<AuthenticationState> GetAuthenticationStateAsync() => Task.FromResult(new AuthenticationState(new ClaimsPrincipal()));
    }

    /// <summary>A renderer that says it is interactive, so components behave as on a circuit; it shows nothing.</summary>
    private sealed class InteractiveRenderer(IServiceProvider services) : Renderer(services, NullLoggerFactory.Instance)
    {
        public override Dispatcher Dispatcher { get; } = Dispatcher.CreateDefault();

        protected override RendererInfo RendererInfo { get; } = new("Server", isInteractive: true);

        public Task RenderAsync<TComponent>(Dictionary<string, object?> parameters)
            where TComponent : IComponent =>
            Dispatcher.InvokeAsync(() =>
            {
                var component = InstantiateComponent(typeof(TComponent));
                return RenderRootComponentAsync(AssignRootComponentId(component), ParameterView.FromDictionary(parameters));
            });

        protected override void HandleException(Exception exception) => ExceptionDispatchInfo.Capture(exception).Throw();

        protected override Task UpdateDisplayAsync(in RenderBatch renderBatch) => Task.CompletedTask;
    }
}
