using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>
/// A Serilog sink for the whole-bot harness (which logs through Serilog): keeps every event and lets a test wait for
/// one, so "it gave up" is a positive signal rather than a pause.
/// </summary>
internal sealed class RecordingSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();
    private TaskCompletionSource _added = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public IReadOnlyCollection<LogEvent> Events => _events;

    public static int? EventIdOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var value) && value is StructureValue id
            && id.Properties.FirstOrDefault(p => p.Name == "Id")?.Value is ScalarValue { Value: int number }
            ? number
            : null;

    public IReadOnlyList<LogEvent> WithId(int eventId) => [.. _events.Where(e => EventIdOf(e) == eventId)];

    public void Emit(LogEvent logEvent)
    {
        _events.Enqueue(logEvent);
        Interlocked.Exchange(ref _added, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).TrySetResult();
    }

    /// <summary>Waits (guarded) for an event with <paramref name="eventId"/>.</summary>
    public async Task<LogEvent> WaitForAsync(int eventId)
    {
        using var guard = new CancellationTokenSource(TestTime.Guard);
        while (true)
        {
            var added = Volatile.Read(ref _added).Task;
            if (WithId(eventId) is [var found, ..])
            {
                return found;
            }

            try
            {
                await added.WaitAsync(guard.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"No log event {eventId} within {TestTime.Guard}; logged: {string.Join("; ", _events.Select(e => $"{EventIdOf(e)} {e.RenderMessage()}"))}");
            }
        }
    }
}
