using ReadinessBoard.Features.Live;

namespace ReadinessBoard.Tests.Features.Live;

public class BoardReadCacheTests
{
    private readonly BoardReadCache _cache = new();

    [Fact]
    public async Task GetOrRead_ManyCallersOfOneRevision_ShareOneRead()
    {
        var reads = 0;
        var gate = new TaskCompletionSource();
        async Task<string> Read(CancellationToken ct)
        {
            Interlocked.Increment(ref reads);
            await gate.Task;
            return "board";
        }

        var callers = Enumerable.Range(0, 50).Select(_ => Task.Run(() => _cache.GetOrReadAsync(1, 7, "page 1", Read))).ToList();
        await Task.Delay(50);
        gate.SetResult();

        Assert.All(await Task.WhenAll(callers), result => Assert.Equal("board", result));
        Assert.Equal(1, reads);
    }

    [Fact]
    public async Task GetOrRead_ANewRevision_ReadsAgain_AndForgetsTheOld()
    {
        var reads = 0;
        Task<int> Read(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref reads));

        var first = await _cache.GetOrReadAsync(1, 7, "page 1", Read);
        var again = await _cache.GetOrReadAsync(1, 7, "page 1", Read);
        var next = await _cache.GetOrReadAsync(1, 8, "page 1", Read);

        Assert.Equal((1, 1, 2), (first, again, next));
        Assert.Equal(1, _cache.Count);
    }

    [Fact]
    public async Task GetOrRead_KeepsBoardsQueriesAndResultTypesApart()
    {
        var reads = 0;
        Task<int> Read(CancellationToken ct) => Task.FromResult(Interlocked.Increment(ref reads));

        await _cache.GetOrReadAsync(1, 7, "page 1", Read);
        await _cache.GetOrReadAsync(2, 7, "page 1", Read);
        await _cache.GetOrReadAsync(1, 7, "page 2", Read);
        await _cache.GetOrReadAsync(1, 7, "page 1", ct => Task.FromResult(-1L));

        Assert.Equal(3, reads);
        Assert.Equal(4, _cache.Count);
    }

    [Fact]
    public async Task GetOrRead_AFailedRead_IsNotKept()
    {
        var attempts = 0;
        Task<string> Read(CancellationToken ct) =>
            ++attempts == 1 ? Task.FromException<string>(new InvalidOperationException("database busy")) : Task.FromResult("board");

        await Assert.ThrowsAsync<InvalidOperationException>(() => _cache.GetOrReadAsync(1, 7, "page 1", Read));
        var second = await _cache.GetOrReadAsync(1, 7, "page 1", Read);

        Assert.Equal(("board", 2), (second, attempts));
    }

    [Fact]
    public async Task GetOrRead_ACallerWhoGivesUp_DoesNotCancelTheReadForTheOthers()
    {
        var gate = new TaskCompletionSource();
        async Task<string> Read(CancellationToken ct)
        {
            await gate.Task.WaitAsync(ct);
            return "board";
        }

        using var leaving = new CancellationTokenSource();
        var leaver = _cache.GetOrReadAsync(1, 7, "page 1", Read, leaving.Token);
        var stayer = _cache.GetOrReadAsync(1, 7, "page 1", Read);
        await leaving.CancelAsync();
        gate.SetResult();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => leaver);
        Assert.Equal("board", await stayer);
    }

    [Fact]
    public async Task GetOrRead_BeyondItsCapacity_DropsTheOldestReads()
    {
        for (var board = 1; board <= BoardReadCache.Capacity + 1; board++)
        {
            await _cache.GetOrReadAsync(board, 1, "page 1", ct => Task.FromResult("board"));
        }

        Assert.InRange(_cache.Count, 1, BoardReadCache.Capacity);
        var reread = false;
        await _cache.GetOrReadAsync(1, 1, "page 1", ct => { reread = true; return Task.FromResult("board"); });
        Assert.True(reread);
    }
}
