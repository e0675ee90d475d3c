using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Commands.Handlers;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Search;
using QuoteBot.Core.Selection;
using QuoteBot.Core.State;
using QuoteBot.Core.Topics;

namespace QuoteBot.Core;

public static class CoreHostingExtensions
{
    /// <summary>
    /// The command core: the corpus (loaded from <see cref="CoreOptions.CorpusPath"/> on first use),
    /// its indexes, per-chat memory and the command handlers behind one <see cref="CommandDispatcher"/>.
    /// </summary>
    public static IServiceCollection AddQuoteCore(this IServiceCollection services, Func<IServiceProvider, QuoteCorpus> corpus)
    {
        services.TryAddSingleton(TimeProvider.System);
        // The host's metrics (with its meter factory) when registered; otherwise instruments of the core's own.
        services.TryAddSingleton<BotMetrics>();
        // Durable stores replace these when storage is configured (TryAdd: whoever registers first wins).
        services.TryAddSingleton<IChatRegistry, InMemoryChatRegistry>();
        services.TryAddSingleton<ICursorStore, InMemoryCursorStore>();
        services.TryAddSingleton<IUploadedFiles, InMemoryUploadedFiles>();
        services.TryAddSingleton(sp => new QuoteLibrary(corpus(sp)));
        services.TryAddSingleton<QuoteCards>();
        services.TryAddSingleton<TopicResolver>();
        services.TryAddSingleton<SearchIndex>();
        services.TryAddSingleton<DailyQuote>();
        services.TryAddSingleton<UnknownQuoteAnswer>();
        services.TryAddSingleton<SourceNames>();
        services.TryAddSingleton<SourceList>();
        services.TryAddSingleton(sp => new ChatMemory(sp.GetRequiredService<IOptions<CoreOptions>>().Value.ChatMemoryCapacity));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, QuoteCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, TopicCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, ContextCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SearchCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, TodayCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, CardCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SourcesCommand>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, HelpCommand>());
        services.TryAddSingleton<CommandDispatcher>();
        return services;
    }
}
