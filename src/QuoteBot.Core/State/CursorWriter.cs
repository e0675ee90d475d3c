using Microsoft.Extensions.Logging;

namespace QuoteBot.Core.State;

/// <summary>
/// Stores a cursor that only moves forward (Telegram's update offset) off the hot path: <see cref="Advance"/> returns
/// at once, one background write at a time stores the latest value, and values that come while a write is running
/// are coalesced into the next one. A burst of batches costs one or two commits, not one disk flush each, and the
/// caller never waits on the disk. A failed write is logged and retried with the next value or at
/// <see cref="FlushAsync"/>; stopping flushes.
/// </summary>
public sealed partial class CursorWriter(ICursorStore store, string name, ILogger logger)
{
    private readonly Lock _lock = new();
    private long _latest = long.MinValue;
    private long _written = long.MinValue;
    private bool _writing;
    private Task _loop = Task.CompletedTask;

    /// <summary>Moves the cursor to <paramref name="value"/> (ignored when it is not ahead) and schedules its write.</summary>
    public void Advance(long value)
    {
        lock (_lock)
        {
            if (value <= _latest)
            {
                return;
            }

            _latest = value;
            if (_writing)
            {
                return;
            }

            _writing = true;
            _loop = Task.Run(WriteLoopAsync);
        }
    }

    /// <summary>
    /// Waits for the write in progress, then has the latest value written if it is not stored yet; a failure is
    /// logged by the write, not thrown.
    /// </summary>
    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        var startedHere = false;
        while (true)
        {
            Task loop;
            lock (_lock)
            {
                if (!_writing)
                {
                    // Done, or this flush's own write has run (and logged its failure, if it failed).
                    if (_latest == _written || startedHere)
                    {
                        return;
                    }

                    // The write is not tied to this wait: cancelling the flush stops the waiting, not the write.
                    _writing = true;
                    _loop = Task.Run(WriteLoopAsync, CancellationToken.None);
                    startedHere = true;
                }

                loop = _loop;
            }

            await loop.WaitAsync(cancellationToken);
        }
    }

    private async Task WriteLoopAsync()
    {
        while (true)
        {
            long value;
            lock (_lock)
            {
                if (_latest == _written)
                {
                    _writing = false;
                    return;
                }

                value = _latest;
            }

            try
            {
                await store.SetAsync(name, value, CancellationToken.None);
            }
#pragma warning disable CA1031 // The store may be briefly unreachable: the next value or the flush at stop writes again.
            catch (Exception ex)
#pragma warning restore CA1031
            {
                LogWriteFailed(ex, name, value);
                lock (_lock)
                {
                    _writing = false;
                }

                return;
            }

            lock (_lock)
            {
                _written = value;
            }
        }
    }

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Storing the cursor {Name} = {Value} failed; it is written again with the next value")]
    private partial void LogWriteFailed(Exception exception, string name, long value);
}
