using BenchmarkDotNet.Attributes;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Search;
using QuoteBot.Core.Topics;

namespace QuoteBot.Benchmarks;

/// <summary>What start-up pays for the corpus: reading, parsing and validating quotes.json, then building the look-ups and indexes.</summary>
[MemoryDiagnoser]
public class CorpusBenchmarks
{
    private readonly string _path = CoreHost.QuotesPath;
    private readonly string _json = File.ReadAllText(CoreHost.QuotesPath);
    private readonly QuoteCorpus _corpus = CorpusLoader.Load(CoreHost.QuotesPath);

    [Benchmark(Description = "corpus load + validation (file)")]
    public QuoteCorpus Load() => CorpusLoader.Load(_path);

    [Benchmark(Description = "corpus parse + validation (in memory)")]
    public QuoteCorpus Parse() => CorpusLoader.Parse(_json, "quotes.json");

    [Benchmark(Description = "corpus validation only")]
    public int Validate() => CorpusValidator.Validate(_corpus).Count;

    /// <summary>Everything the core precomputes once at start, so that commands need not.</summary>
    [Benchmark(Description = "library + indexes build")]
    public object BuildIndexes()
    {
        var library = new QuoteLibrary(_corpus);
        return (new QuoteCards(library), new TopicResolver(library), new SearchIndex(library));
    }
}
