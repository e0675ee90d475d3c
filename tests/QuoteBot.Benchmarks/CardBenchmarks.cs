using BenchmarkDotNet.Attributes;
using QuoteBot.Cards;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Benchmarks;

/// <summary>
/// Drawing a quote card to PNG bytes, cold (no cache: shaping, line breaking, the size fit, drawing, PNG encoding) for
/// the shortest quote (q06, 10 characters) and the longest (q05, 162), and a second request served by the card cache.
/// </summary>
[MemoryDiagnoser]
public class CardBenchmarks
{
    private readonly CardRenderer _renderer = new();
    private readonly CardCache _cache;
    private readonly QuoteCard _short;
    private readonly QuoteCard _long;

    public CardBenchmarks()
    {
        using var core = new CoreHost();
        _short = core.Dispatcher.Dispatch(new("quote", "q06", "card", UiLanguage.Chinese)).Quote!;
        _long = core.Dispatcher.Dispatch(new("quote", "q05", "card", UiLanguage.Chinese)).Quote!;
        _cache = new CardCache(_renderer);
        _cache.GetOrRender(_long, new CardStyle(Language: UiLanguage.Chinese));
    }

    [Benchmark(Description = "card, short quote (q06), cold")]
    public byte[] ShortQuote() => _renderer.Render(_short, new CardStyle(Language: UiLanguage.Chinese));

    [Benchmark(Description = "card, long quote (q05), cold")]
    public byte[] LongQuote() => _renderer.Render(_long, new CardStyle(Language: UiLanguage.Chinese));

    [Benchmark(Description = "card, long quote (q05), from the cache")]
    public byte[] Cached() => _cache.GetOrRender(_long, new CardStyle(Language: UiLanguage.Chinese));
}
