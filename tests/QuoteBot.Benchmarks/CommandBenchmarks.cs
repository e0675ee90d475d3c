using BenchmarkDotNet.Attributes;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;

namespace QuoteBot.Benchmarks;

/// <summary>
/// One command through <see cref="CommandDispatcher.Dispatch"/>, as every platform calls it. The request is built once:
/// what is measured is the core's own cost per command, not the platform's parsing.
/// </summary>
[MemoryDiagnoser]
public class CommandBenchmarks : IDisposable
{
    private readonly CoreHost _core = new();
    private readonly CommandRequest _quote = Request("quote", "");
    private readonly CommandRequest _topicEnglish = Request("topic", "energy");
    private readonly CommandRequest _topicChinese = Request("topic", "能源");
    private readonly CommandRequest _topicMiss = Request("topic", "enrgy");
    private readonly CommandRequest _searchChinese = Request("search", "核聚变");
    private readonly CommandRequest _searchEnglish = Request("search", "AGI scaling");
    private readonly CommandRequest _context = Request("context", "q14");
    private readonly CommandRequest _today = Request("today", "");

    [Benchmark(Description = "/quote")]
    public Reply Quote() => _core.Dispatcher.Dispatch(_quote);

    [Benchmark(Description = "/topic energy")]
    public Reply TopicEnglish() => _core.Dispatcher.Dispatch(_topicEnglish);

    [Benchmark(Description = "/topic 能源")]
    public Reply TopicChinese() => _core.Dispatcher.Dispatch(_topicChinese);

    [Benchmark(Description = "/topic enrgy (fuzzy miss)")]
    public Reply TopicMiss() => _core.Dispatcher.Dispatch(_topicMiss);

    [Benchmark(Description = "/search 核聚变")]
    public Reply SearchChinese() => _core.Dispatcher.Dispatch(_searchChinese);

    [Benchmark(Description = "/search AGI scaling")]
    public Reply SearchEnglish() => _core.Dispatcher.Dispatch(_searchEnglish);

    [Benchmark(Description = "/context q14")]
    public Reply Context() => _core.Dispatcher.Dispatch(_context);

    [Benchmark(Description = "/today")]
    public Reply Today() => _core.Dispatcher.Dispatch(_today);

    [GlobalCleanup]
    public void Dispose()
    {
        _core.Dispose();
        GC.SuppressFinalize(this);
    }

    private static CommandRequest Request(string command, string argument) =>
        new(command, argument, "bench-chat", UiLanguage.English) { Platform = "bench" };
}
