using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Cards;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Replies;

namespace QuoteBot.Hosting;

public static class QuotesHostingExtensions
{
    /// <summary>The command core with validated options; the corpus is loaded and checked when the host starts.</summary>
    public static IHostApplicationBuilder AddQuotes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CoreOptions>()
            .BindConfiguration(CoreOptions.Section)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CoreOptions>, CoreOptionsValidator>());
        builder.Services.AddQuoteCore(sp =>
        {
            var options = sp.GetRequiredService<IOptions<CoreOptions>>().Value;
            var path = Path.IsPathRooted(options.CorpusPath)
                ? options.CorpusPath
                : Path.Combine(builder.Environment.ContentRootPath, options.CorpusPath);
            return CorpusLoader.Load(path);
        });

        // Cards are drawn once per quote, language and style, and kept for every platform that sends them; their style
        // is the bot's (Bot:Cards), checked before anything connects.
        builder.Services.AddOptions<CardOptions>()
            .BindConfiguration(CardOptions.Section)
            .ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<CardOptions>, CardOptionsValidator>());
        // Skia, HarfBuzz and the font are loaded with the first card drawn, not at start: a bot that is never asked for
        // a card never maps them (docs/PERFORMANCE.md, "Memory by part").
        builder.Services.TryAddSingleton(_ =>
        {
            // Held as a delegate, not as a CardRenderer: naming that type here would load SkiaSharp's assembly at start.
            var draw = new Lazy<Func<QuoteCard, CardStyle, byte[]>>(() => new CardRenderer().Render);
            return new CardCache((card, style) => draw.Value(card, style));
        });
        builder.Services.TryAddSingleton<ICardImages, CardImages>();

        builder.Services.AddMetrics();
        builder.Services.TryAddSingleton<BotMetrics>();
        builder.Services.TryAddSingleton(sp => new Readiness(sp.GetRequiredService<TimeProvider>()));

        // First hosted service: nothing connects before the corpus has loaded and passed validation.
        builder.Services.AddHostedService<CorpusStartupCheck>();
        return builder;
    }
}
