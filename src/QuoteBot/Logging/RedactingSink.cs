using Serilog.Core;
using Serilog.Events;

namespace QuoteBot.Logging;

/// <summary>
/// Sits in front of the configured sinks: an event whose properties or exception carry a secret is passed on with
/// the secret masked. Events without secrets pass untouched.
/// </summary>
internal sealed class RedactingSink(ILogEventSink inner, SecretRedactor redactor) : ILogEventSink, IDisposable
{
    public void Emit(LogEvent logEvent)
    {
        var properties = logEvent.Properties;
        var dirtyProperty = properties.Any(p => redactor.Contains(p.Value.ToString()));
        var dirtyException = logEvent.Exception is { } ex && redactor.Contains(ex.ToString());
        if (!dirtyProperty && !dirtyException)
        {
            inner.Emit(logEvent);
            return;
        }

        var cleaned = properties.Select(p => redactor.Contains(p.Value.ToString())
            ? new LogEventProperty(p.Key, new ScalarValue(redactor.Redact(p.Value.ToString())))
            : new LogEventProperty(p.Key, p.Value));
        var exception = dirtyException ? new RedactedException(logEvent.Exception!, redactor) : logEvent.Exception;
        inner.Emit(new LogEvent(logEvent.Timestamp, logEvent.Level, exception, logEvent.MessageTemplate, cleaned, logEvent.TraceId ?? default, logEvent.SpanId ?? default));
    }

    public void Dispose() => (inner as IDisposable)?.Dispose();
}

/// <summary>Stands in for an exception whose text held a secret; renders as the original with the secret masked.</summary>
internal sealed class RedactedException : Exception
{
    private readonly string _text;

    public RedactedException(Exception original, SecretRedactor redactor)
        : base(redactor.Redact(original.Message))
    {
        _text = redactor.Redact(original.ToString());
    }

    public RedactedException()
    {
        _text = string.Empty;
    }

    public RedactedException(string message)
        : base(message)
    {
        _text = message;
    }

    public RedactedException(string message, Exception innerException)
        : base(message, innerException)
    {
        _text = message;
    }

    public override string? StackTrace => null;

    public override string ToString() => _text;
}
