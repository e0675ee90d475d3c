using BenchmarkDotNet.Attributes;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Telegram.Rendering;

namespace QuoteBot.Benchmarks;

/// <summary>Rendering a quote reply (/context q14's quote, q14) as Telegram sends it: HTML text and the inline keyboard.</summary>
[MemoryDiagnoser]
public class RenderBenchmarks
{
    private readonly Reply _quoteReply;

    public RenderBenchmarks()
    {
        using var core = new CoreHost();
        _quoteReply = core.Dispatcher.Dispatch(new("quote", "q14", "render", Core.Localization.UiLanguage.English));
    }

    [Benchmark(Description = "Telegram HTML render of a quote reply")]
    public TelegramMessage TelegramQuote() => TelegramRenderer.Render(_quoteReply, UiStrings.English.Share);
}
