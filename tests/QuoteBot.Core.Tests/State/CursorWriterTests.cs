using Microsoft.Extensions.Logging.Abstractions;
using QuoteBot.Core.State;

namespace QuoteBot.Core.Tests.State;

public sealed class CursorWriterTests
{
    private static readonly TimeSpan Guard = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Values_that_come_while_a_write_runs_are_coalesced_into_one_write_of_the_latest()
    {
        var store = new GatedStore();
        var writer = new CursorWriter(store, "offset", NullLogger.Instance);

        writer.Advance(1);
        await store.WriteStarted.WaitAsync(Guard);
        for (var value = 2; value <= 500; value++)
        {
            writer.Advance(value);
        }

        store.Open();
        await writer.FlushAsync().WaitAsync(Guard);

        Assert.Equal([1, 500], store.Writes);
        Assert.Equal(500, await store.GetAsync("offset"));
    }

    [Fact]
    public async Task A_value_not_ahead_of_the_latest_is_ignored()
    {
        var store = new GatedStore();
        store.Open();
        var writer = new CursorWriter(store, "offset", NullLogger.Instance);

        writer.Advance(10);
        await writer.FlushAsync().WaitAsync(Guard);
        writer.Advance(7);
        writer.Advance(10);
        await writer.FlushAsync().WaitAsync(Guard);

        Assert.Equal([10], store.Writes);
    }

    [Fact]
    public async Task A_failed_write_is_logged_and_the_flush_writes_the_value_again()
    {
        var store = new GatedStore { FailNext = true };
        store.Open();
        var writer = new CursorWriter(store, "offset", NullLogger.Instance);

        writer.Advance(3);
        await store.Failed.WaitAsync(Guard);
        await writer.FlushAsync().WaitAsync(Guard);

        Assert.Equal(3, await store.GetAsync("offset"));
    }

    [Fact]
    public async Task A_flush_with_nothing_new_writes_nothing()
    {
        var store = new GatedStore();
        store.Open();
        var writer = new CursorWriter(store, "offset", NullLogger.Instance);

        await writer.FlushAsync().WaitAsync(Guard);

        Assert.Empty(store.Writes);
        Assert.Null(await store.GetAsync("offset"));
    }

    /// <summary>A cursor store whose writes wait for <see cref="Open"/>, to hold a write in progress.</summary>
    private sealed class GatedStore : ICursorStore
    {
        private readonly InMemoryCursorStore _inner = new();
        private readonly TaskCompletionSource _open = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _writeStarted = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly TaskCompletionSource _failed = new(TaskCreationOptions.RunContinuationsAsynchronously);
        private readonly List<long> _writes = [];

        public bool FailNext { get; set; }

        public Task WriteStarted => _writeStarted.Task;

        public Task Failed => _failed.Task;

        public IReadOnlyList<long> Writes
        {
            get { lock (_writes) { return [.. _writes]; } }
        }

        public void Open() => _open.TrySetResult();

        public ValueTask<long?> GetAsync(string name, CancellationToken cancellationToken = default) => _inner.GetAsync(name, cancellationToken);

        public async ValueTask SetAsync(string name, long value, CancellationToken cancellationToken = default)
        {
            _writeStarted.TrySetResult();
            await _open.Task;
            if (FailNext)
            {
                FailNext = false;
                _failed.TrySetResult();
                throw new IOException("disk full");
            }

            lock (_writes)
            {
                _writes.Add(value);
            }

            await _inner.SetAsync(name, value, cancellationToken);
        }
    }
}
