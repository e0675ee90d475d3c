using Microsoft.Extensions.Logging;
using QuoteBot.Core.State;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// Telegram resends an update it thinks was not received. Remembers the recent update ids and, across restarts,
/// the next id expected (the same cursor polling uses, stored in the background and flushed at stop), so each update
/// is handled once.
/// </summary>
public sealed class WebhookDeduplicator(ICursorStore cursors, ILogger<WebhookDeduplicator> logger) : IDisposable
{
    private const int Remember = 10_000;
    private readonly HashSet<int> _recent = [];
    private readonly Queue<int> _order = new();
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly CursorWriter _stored = new(cursors, PollingReceiver.CursorName, logger);
    private long? _floor;

    public async ValueTask<bool> FirstTimeAsync(int updateId, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_floor is null)
            {
                _floor = await cursors.GetAsync(PollingReceiver.CursorName, cancellationToken) ?? 0;
            }

            if (updateId < _floor || !_recent.Add(updateId))
            {
                return false;
            }

            _order.Enqueue(updateId);
            if (_order.Count > Remember)
            {
                _recent.Remove(_order.Dequeue());
            }

            // The next id expected; the writer ignores it unless it is ahead of the last one.
            _stored.Advance(updateId + 1L);

            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Stores the next id expected, if a background write has not yet.</summary>
    public Task FlushAsync() => _stored.FlushAsync();

    public void Dispose() => _gate.Dispose();
}
