using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.Extensions.Logging;
using Serilog;
using Serilog.Core;
using Serilog.Events;
using Serilog.Extensions.Logging;

namespace QuoteBot.Testing;

/// <summary>
/// A Serilog sink the host picks up from its services (<c>ReadFrom.Services</c>): keeps every event, so a test reads
/// the log lines or waits for one ("it gave up" as a positive signal rather than a pause). A host built without the
/// bot's Serilog set-up logs into it through <see cref="AsLoggerProvider"/>.
/// </summary>
public sealed class RecordingLogSink : ILogEventSink
{
    private readonly ConcurrentQueue<LogEvent> _events = new();

    public IReadOnlyCollection<LogEvent> Events => _events;

    /// <summary>Every event's rendered message, property values and exception: what a secret must not appear in.</summary>
    public string AllText => string.Join(
        "\n",
        _events.Select(e => $"{e.RenderMessage(CultureInfo.InvariantCulture)} {string.Join(' ', e.Properties.Values)} {e.Exception}"));

    public static int? EventIdOf(LogEvent logEvent) =>
        logEvent.Properties.TryGetValue("EventId", out var value) && value is StructureValue id
            && id.Properties.FirstOrDefault(p => p.Name == "Id")?.Value is ScalarValue { Value: int number }
            ? number
            : null;

    public void Emit(LogEvent logEvent) => _events.Enqueue(logEvent);

    /// <summary>An <see cref="ILoggerProvider"/> that writes every level into this sink.</summary>
    public ILoggerProvider AsLoggerProvider() =>
        new SerilogLoggerProvider(new LoggerConfiguration().MinimumLevel.Verbose().WriteTo.Sink(this).CreateLogger(), dispose: true);

    public IReadOnlyList<LogEvent> WithId(int eventId) => [.. _events.Where(e => EventIdOf(e) == eventId)];

    /// <summary>The rendered messages of the events logged with <paramref name="eventId"/>.</summary>
    public IReadOnlyList<string> WithEventId(int eventId) => [.. WithId(eventId).Select(e => e.RenderMessage(CultureInfo.InvariantCulture))];

    /// <summary>Waits (guarded) for an event with <paramref name="eventId"/>.</summary>
    public async Task<LogEvent> WaitForAsync(int eventId)
    {
        await WaitUntil.TrueAsync(
            () => WithId(eventId).Count > 0,
            () => $"log event {eventId}; logged: {string.Join("; ", _events.Select(e => $"{EventIdOf(e)} {e.RenderMessage(CultureInfo.InvariantCulture)}"))}");
        return WithId(eventId)[0];
    }
}
