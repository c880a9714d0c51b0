using Microsoft.Extensions.Logging.Abstractions;
using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Tests.Features.Live;

public class PresenceTrackerTests
{
    private readonly PresenceTracker _presence = new(NullLogger<PresenceTracker>.Instance);

    [Fact]
    public void Guests_AreNumberedInTheOrderTheyAreFirstNeeded()
    {
        var prerendered = _presence.NewGuest();
        var first = _presence.NewGuest();
        var second = _presence.NewGuest();

        Assert.Equal("Guest 1", first.Name);
        Assert.Equal("Guest 2", second.Name);
        Assert.Equal("Guest 1", first.Name);
        GC.KeepAlive(prerendered);
    }

    [Fact]
    public void Join_ListsTheViewer_UntilTheLastHoldIsReleased()
    {
        var ann = _presence.NewGuest();
        var bob = _presence.NewGuest();

        var page = _presence.Join(1, ann);
        var panel = _presence.Join(1, ann);
        using var bobOnIt = _presence.Join(1, bob);
        using var elsewhere = _presence.Join(2, bob);

        Assert.Equal(["Guest 1", "Guest 2"], _presence.ViewersOf(1).Select(v => v.Name));
        Assert.Equal(["Guest 2"], _presence.ViewersOf(2).Select(v => v.Name));

        page.Dispose();
        Assert.Equal(["Guest 1", "Guest 2"], _presence.ViewersOf(1).Select(v => v.Name));
        panel.Dispose();
        panel.Dispose();
        Assert.Equal(["Guest 2"], _presence.ViewersOf(1).Select(v => v.Name));
    }

    [Fact]
    public void ADroppedConnection_HidesTheViewer_AndAClosedCircuitLeavesEveryBoard()
    {
        var ann = _presence.NewGuest();
        using var one = _presence.Join(1, ann);
        using var two = _presence.Join(2, ann);

        _presence.SetConnected(ann, false);
        Assert.Empty(_presence.ViewersOf(1));
        _presence.SetConnected(ann, true);
        Assert.Single(_presence.ViewersOf(1));

        _presence.Leave(ann);
        Assert.Empty(_presence.ViewersOf(1));
        Assert.Empty(_presence.ViewersOf(2));
    }

    [Fact]
    public async Task Watchers_HearOfArrivalsAndDepartures_OnTheirBoardOnly()
    {
        var changes = new SemaphoreSlim(0);
        var otherBoard = 0;
        using var watch = _presence.Watch(1, () => { changes.Release(); return Task.CompletedTask; });
        using var watchOther = _presence.Watch(2, () => { Interlocked.Increment(ref otherBoard); return Task.CompletedTask; });
        var ann = _presence.NewGuest();

        var membership = _presence.Join(1, ann);
        Assert.True(await changes.WaitAsync(TimeSpan.FromSeconds(10)));
        membership.Dispose();
        Assert.True(await changes.WaitAsync(TimeSpan.FromSeconds(10)));

        await Task.Delay(50);
        Assert.Equal(0, otherBoard);
    }
}
