using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace QuoteBot.Core.Diagnostics;

/// <summary>
/// The bot's own instruments (meter <c>QuoteBot</c>), exported as Prometheus metrics when health is on:
/// commands served, reply latency, rate limits met, gateway reconnects, digest posts.
/// </summary>
public sealed class BotMetrics
{
    public const string MeterName = "QuoteBot";

    private readonly Counter<long> _commands;
    private readonly Histogram<double> _replyDuration;
    private readonly Counter<long> _rateLimited;
    private readonly Counter<long> _reconnects;
    private readonly Counter<long> _digestPosts;

    public BotMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _commands = Meter.CreateCounter<long>("quotebot.commands", "{command}", "Commands answered, by command and platform");
        _replyDuration = Meter.CreateHistogram<double>(
            "quotebot.reply.duration",
            "s",
            "From a command reaching the core to its reply being ready",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5] });
        _rateLimited = Meter.CreateCounter<long>("quotebot.ratelimited", "{response}", "429 answers from a platform's API, by platform");
        _reconnects = Meter.CreateCounter<long>("quotebot.gateway.reconnects", "{reconnect}", "Gateway reconnects, by kind (resume, identify) and reason");
        _digestPosts = Meter.CreateCounter<long>("quotebot.digest.posts", "{post}", "Daily digest posts, by platform and result (sent, skipped, failed, turned_off)");
    }

    /// <summary>For a core without the host's metrics (tests, tools): the same instruments on a meter of its own.</summary>
    public BotMetrics()
        : this(new StandaloneMeterFactory())
    {
    }

    public Meter Meter { get; }

    public void CommandServed(string command, string platform, TimeSpan duration)
    {
        var tags = new TagList { { "command", command }, { "platform", platform } };
        _commands.Add(1, tags);
        _replyDuration.Record(duration.TotalSeconds, tags);
    }

    public void RateLimited(string platform) => _rateLimited.Add(1, new KeyValuePair<string, object?>("platform", platform));

    public void GatewayReconnect(string kind, string reason) =>
        _reconnects.Add(1, new KeyValuePair<string, object?>("kind", kind), new KeyValuePair<string, object?>("reason", reason));

    public void DigestPost(string platform, string result) =>
        _digestPosts.Add(1, new KeyValuePair<string, object?>("platform", platform), new KeyValuePair<string, object?>("result", result));

    private sealed class StandaloneMeterFactory : IMeterFactory
    {
        public Meter Create(MeterOptions options) => new(options);

        public void Dispose()
        {
        }
    }
}
