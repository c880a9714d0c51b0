using System.Collections.Concurrent;
using Microsoft.EntityFrameworkCore;
using ReadinessBoard.Data;

namespace ReadinessBoard.Features.Live;

/// <summary>
/// One read of a board shared by everyone who asks for the same thing at the same revision. When a
/// change is published, every viewer of the board reloads at once; with this, the fifty viewers of a
/// board wait for one read instead of making fifty.
/// </summary>
/// <remarks>
/// A read is keyed by the board's <see cref="BoardRevisions.RevisionAsync">revision</see>, which every
/// stored change moves on, whichever process stored it. A caller reads the revision first, so a shared
/// read never started before a change the caller has seen: it may only show something newer. Access is
/// not part of what is shared: callers check the actor's role themselves, on every read.
/// </remarks>
public sealed class BoardReadCache
{
    /// <summary>Reads kept at most; beyond it the oldest half is dropped.</summary>
    public const int Capacity = 512;

    private readonly ConcurrentDictionary<ReadKey, Entry> _reads = new();
    private long _clock;

    private sealed record ReadKey(Type Result, int BoardId, long Revision, object Query);

    private sealed class Entry(Lazy<Task<object?>> read, long stamp)
    {
        public Lazy<Task<object?>> Read { get; } = read;
        public long Stamp { get; } = stamp;
    }

    /// <summary>Reads kept now.</summary>
    public int Count => _reads.Count;

    /// <summary>
    /// The result of <paramref name="read"/> for <paramref name="query"/> on the board at
    /// <paramref name="revision"/>, running it only if no one has yet. <paramref name="query"/> must
    /// compare by value (a record, a string, a tuple). The result is shared: it must not be changed.
    /// </summary>
    public async Task<T> GetOrReadAsync<T>(int boardId, long revision, object query, Func<CancellationToken, Task<T>> read, CancellationToken ct = default)
    {
        var key = new ReadKey(typeof(T), boardId, revision, query);
        var created = new Entry(
            // Not one caller's token: the read is everyone's, and one leaving must not cancel it for the rest.
            new Lazy<Task<object?>>(async () => await read(CancellationToken.None)),
            Interlocked.Increment(ref _clock));
        var entry = _reads.GetOrAdd(key, created);
        if (ReferenceEquals(entry, created))
        {
            Forget(boardId, revision);
        }

        try
        {
            return (T)(await entry.Read.Value.WaitAsync(ct))!;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            // A failed read is not kept: the next caller tries again.
            _reads.TryRemove(new KeyValuePair<ReadKey, Entry>(key, entry));
            throw;
        }
    }

    // Older revisions of the board are of no more use; beyond the capacity the oldest reads go.
    private void Forget(int boardId, long revision)
    {
        foreach (var key in _reads.Keys)
        {
            if (key.BoardId == boardId && key.Revision < revision)
            {
                _reads.TryRemove(key, out _);
            }
        }

        if (_reads.Count > Capacity)
        {
            foreach (var (key, _) in _reads.OrderBy(r => r.Value.Stamp).Take(_reads.Count - (Capacity / 2)).ToList())
            {
                _reads.TryRemove(key, out _);
            }
        }
    }
}

public static class BoardRevisions
{
    /// <summary>
    /// Where the board is in its history: the newest entry of its activity log. Every stored change
    /// (an import, a re-import, a status, an edit, a KPI value, a plan date) writes one in the same
    /// transaction, so the revision moves on with each, whatever process made it; 0 for a board with none.
    /// </summary>
    public static async Task<long> RevisionAsync(this ReadinessDbContext db, int boardId, CancellationToken ct = default) =>
        await db.Activities.Where(a => a.BoardId == boardId).MaxAsync(a => (long?)a.Id, ct) ?? 0;
}
