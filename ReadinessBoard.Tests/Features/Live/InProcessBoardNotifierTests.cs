using System.Collections.Concurrent;
using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Domain;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Tests.Features.Live;

public class InProcessBoardNotifierTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(10);
    private readonly InProcessBoardNotifier _notifier = new(NullLogger<InProcessBoardNotifier>.Instance);

    [Fact]
    public async Task Publish_ReachesEverySubscriberOfTheBoard_AndNoOther()
    {
        var seen = new ConcurrentBag<(string Who, BoardChange Change)>();
        var all = new CountdownEvent(2);
        using var first = _notifier.Subscribe(1, c => Record("first", c));
        using var second = _notifier.Subscribe(1, c => Record("second", c));
        using var otherBoard = _notifier.Subscribe(2, c => Record("other", c));

        var change = new BoardChange(1, ActivityKinds.ItemStatus, ItemId: 7, Version: 3, ActorName: "Alice");
        await _notifier.PublishAsync(change);

        Assert.True(all.Wait(s_wait));
        await Task.Delay(50);
        Assert.Equal(["first", "second"], seen.Select(s => s.Who).Order());
        Assert.All(seen, s => Assert.Same(change, s.Change));

        Task Record(string who, BoardChange c)
        {
            seen.Add((who, c));
            if (who != "other")
            {
                all.Signal();
            }

            return Task.CompletedTask;
        }
    }

    [Fact]
    public async Task Dispose_EndsTheSubscription()
    {
        var calls = 0;
        var subscription = _notifier.Subscribe(1, _ => { Interlocked.Increment(ref calls); return Task.CompletedTask; });
        Assert.Equal(1, _notifier.SubscriberCount(1));

        subscription.Dispose();
        subscription.Dispose();
        await _notifier.PublishAsync(new BoardChange(1, ActivityKinds.ItemStatus));
        await Task.Delay(100);

        Assert.Equal(0, calls);
        Assert.Equal(0, _notifier.SubscriberCount(1));
    }

    [Fact]
    public async Task AFailingSubscriber_DoesNotKeepTheChangeFromTheOthers()
    {
        using var delivered = new CountdownEvent(2);
        using var throwsAtOnce = _notifier.Subscribe(1, _ => throw new InvalidOperationException("circuit gone"));
        using var faultsLater = _notifier.Subscribe(1, async _ => { await Task.Yield(); throw new InvalidOperationException("render failed"); });
        using var healthy = _notifier.Subscribe(1, _ => { delivered.Signal(); return Task.CompletedTask; });
        using var alsoHealthy = _notifier.Subscribe(1, _ => { delivered.Signal(); return Task.CompletedTask; });

        await _notifier.PublishAsync(new BoardChange(1, ActivityKinds.ItemStatus));

        Assert.True(delivered.Wait(s_wait));
    }

    [Fact]
    public async Task ASlowSubscriber_DelaysNeitherThePublisherNorTheOthers()
    {
        using var release = new ManualResetEventSlim();
        var fast = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        // Blocks its thread until the test ends: the worst a subscriber can do.
        using var blocking = _notifier.Subscribe(1, _ => { release.Wait(s_wait); return Task.CompletedTask; });
        using var slowAsync = _notifier.Subscribe(1, _ => Task.Delay(s_wait));
        using var quick = _notifier.Subscribe(1, _ => { fast.TrySetResult(); return Task.CompletedTask; });

        var publish = _notifier.PublishAsync(new BoardChange(1, ActivityKinds.ItemStatus));

        Assert.True(publish.IsCompleted, "publishing waited for a subscriber");
        Assert.Same(fast.Task, await Task.WhenAny(fast.Task, Task.Delay(s_wait)));
        Assert.False(release.IsSet);
        release.Set();
    }

    [Fact]
    public async Task SubscribingAndPublishingAtOnce_LosesNoSubscriber()
    {
        var subscriptions = new ConcurrentBag<IDisposable>();
        var publishing = Task.Run(async () =>
        {
            for (var i = 0; i < 200; i++)
            {
                await _notifier.PublishAsync(new BoardChange(1, ActivityKinds.ItemStatus));
            }
        });
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            for (var i = 0; i < 250; i++)
            {
                subscriptions.Add(_notifier.Subscribe(1, _ => Task.CompletedTask));
            }
        })));
        await publishing;

        Assert.Equal(1000, _notifier.SubscriberCount(1));
        foreach (var subscription in subscriptions)
        {
            subscription.Dispose();
        }

        Assert.Equal(0, _notifier.SubscriberCount(1));
    }
}
