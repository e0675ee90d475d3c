using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Commands.Handlers;
using QuoteBot.Core.Corpus;
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
        // Durable stores replace these when storage is configured (TryAdd: whoever registers first wins).
        services.TryAddSingleton<IChatRegistry, InMemoryChatRegistry>();
        services.TryAddSingleton<ICursorStore, InMemoryCursorStore>();
        services.AddSingleton(sp => new QuoteLibrary(corpus(sp)));
        services.AddSingleton<QuoteCards>();
        services.AddSingleton<TopicResolver>();
        services.AddSingleton<SearchIndex>();
        services.AddSingleton<DailyQuote>();
        services.TryAddSingleton(sp => new ChatMemory(sp.GetRequiredService<IOptions<CoreOptions>>().Value.ChatMemoryCapacity));
        services.AddSingleton<ICommandHandler, QuoteCommand>();
        services.AddSingleton<ICommandHandler, TopicCommand>();
        services.AddSingleton<ICommandHandler, ContextCommand>();
        services.AddSingleton<ICommandHandler, SearchCommand>();
        services.AddSingleton<ICommandHandler, TodayCommand>();
        services.AddSingleton<ICommandHandler, HelpCommand>();
        services.AddSingleton<CommandDispatcher>();
        return services;
    }
}
