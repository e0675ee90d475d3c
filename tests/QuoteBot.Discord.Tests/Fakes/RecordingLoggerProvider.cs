using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>Keeps every log line so tests can check what was (and was not) logged.</summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<LogLine> _lines = new();

    public IReadOnlyCollection<LogLine> Lines => _lines;

    public string AllText => string.Join("\n", _lines.Select(l => $"{l.Message} {l.Exception}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _lines);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<LogLine> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Enqueue(new LogLine(category, logLevel, eventId.Id, formatter(state, exception), exception));
    }
}

internal sealed record LogLine(string Category, LogLevel Level, int EventId, string Message, Exception? Exception);
