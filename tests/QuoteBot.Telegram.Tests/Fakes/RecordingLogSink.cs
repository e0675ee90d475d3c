using System.Collections.Concurrent;
using Serilog.Core;
using Serilog.Events;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>A Serilog sink the host picks up from its services (<c>ReadFrom.Services</c>): the log lines a test can read.</summary>
public sealed class RecordingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>The rendered messages of the events logged with <paramref name="eventId"/>.</summary>
    public IReadOnlyList<string> WithEventId(int eventId) =>
        [.. _events.Where(e => IdOf(e) == eventId).Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture))];

    private static int? IdOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var value) && value is StructureValue structure
            && structure.Properties.FirstOrDefault(p => p.Name == "Id")?.Value is ScalarValue { Value: int id }
            ? id
            : null;
}
