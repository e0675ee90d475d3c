using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Diagnostics;

namespace QuoteBot.Hosting;

/// <summary>
/// The first hosted service: reports the corpus ready (it was loaded and validated before the host started, see
/// <see cref="QuoteBotHost.RunAsync"/>), publishes its size as a metric, and says what it holds.
/// </summary>
internal sealed partial class CorpusStartupCheck(QuoteLibrary library, Readiness readiness, BotMetrics metrics, ILogger<CorpusStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        readiness.Report("corpus", true, $"{library.Quotes.Count} quotes");
        metrics.Meter.CreateObservableGauge("quotebot.corpus.quotes", () => library.Quotes.Count, "{quote}", "Quotes in the loaded corpus");
        LogLoaded(library.Quotes.Count, library.FeaturedCount, library.Topics.Count, library.Sources.Count, string.Join(", ", library.Sources.Select(s => s.Id)));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 6100, Level = LogLevel.Information, Message = "Corpus loaded: {Quotes} quotes ({Featured} featured), {Topics} topics; talks ({SourceCount}): {Sources}")]
    private partial void LogLoaded(int quotes, int featured, int topics, int sourceCount, string sources);
}
