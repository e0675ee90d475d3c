using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Hosting;

/// <summary>
/// Loads the corpus as the host starts (first hosted service, so before any platform connects) and says what it holds.
/// <see cref="QuoteBotHost.RunAsync"/> has already validated it by then.
/// </summary>
internal sealed partial class CorpusStartupCheck(IServiceProvider services, ILogger<CorpusStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var library = (QuoteLibrary)services.GetService(typeof(QuoteLibrary))!;
        LogLoaded(library.Quotes.Count, library.FeaturedCount, library.Topics.Count, library.Corpus.Source.Title);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "Corpus loaded: {Quotes} quotes ({Featured} featured), {Topics} topics from \"{Title}\"")]
    private partial void LogLoaded(int quotes, int featured, int topics, string title);
}
