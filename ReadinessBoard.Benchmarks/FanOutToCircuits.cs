using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Benchmarks;

/// <summary>
/// One change published to 5,000 subscribed circuits, timed until every one of them has run its
/// handler on its own Blazor dispatcher (what <see cref="BoardLive"/> does with InvokeAsync before
/// the page reloads). No browsers and no database: the fan-out itself.
/// </summary>
[MemoryDiagnoser]
public class FanOutToCircuits : IDisposable
{
    private readonly BoardChange _change = new(1, ActivityKinds.ItemStatus, ItemId: 42, Version: 7, ActorName: "Guest 1");
    private readonly ManualResetEventSlim _allDelivered = new();
    private InProcessBoardNotifier _notifier = null!;
    private InProcessBoardNotifier _notifierWithTroublemakers = null!;
    private readonly List<IDisposable> _subscriptions = [];
    private int _remaining;

    [Params(5_000)]
    public int Circuits { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _notifier = new InProcessBoardNotifier(NullLogger<InProcessBoardNotifier>.Instance);
        _notifierWithTroublemakers = new InProcessBoardNotifier(NullLogger<InProcessBoardNotifier>.Instance);
        for (var i = 0; i < Circuits; i++)
        {
            // Each circuit has a dispatcher of its own, as each Blazor renderer does.
            var dispatcher = Dispatcher.CreateDefault();
            Task Handler(BoardChange change) => dispatcher.InvokeAsync(Delivered);
            _subscriptions.Add(_notifier.Subscribe(1, Handler));
            _subscriptions.Add(_notifierWithTroublemakers.Subscribe(1, Handler));
        }

        // A circuit that takes its time and one that fails: neither may hold the others up.
        _subscriptions.Add(_notifierWithTroublemakers.Subscribe(1, _ => Task.Delay(200)));
        _subscriptions.Add(_notifierWithTroublemakers.Subscribe(1, _ => throw new InvalidOperationException("circuit gone")));
    }

    [GlobalCleanup]
    public void Cleanup() => _subscriptions.ForEach(s => s.Dispose());

    public void Dispose()
    {
        _allDelivered.Dispose();
        GC.SuppressFinalize(this);
    }

    [Benchmark(Baseline = true)]
    public void PublishToEveryCircuit() => PublishAndWait(_notifier);

    [Benchmark]
    public void PublishWithASlowAndAFailingCircuit() => PublishAndWait(_notifierWithTroublemakers);

    private void PublishAndWait(InProcessBoardNotifier notifier)
    {
        _remaining = Circuits;
        _allDelivered.Reset();
        notifier.PublishAsync(_change).GetAwaiter().GetResult();
        if (!_allDelivered.Wait(TimeSpan.FromSeconds(30)))
        {
            throw new InvalidOperationException($"{_remaining} of {Circuits} circuits did not get the change.");
        }
    }

    private void Delivered()
    {
        if (Interlocked.Decrement(ref _remaining) == 0)
        {
            _allDelivered.Set();
        }
    }
}
