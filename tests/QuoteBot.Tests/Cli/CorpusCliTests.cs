using QuoteBot.Cli;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Cli;

public sealed class CorpusCliTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("quotebot-cli-").FullName;
    private readonly StringWriter _out = new();
    private readonly StringWriter _err = new();

    public void Dispose()
    {
        Directory.Delete(_dir, recursive: true);
        _out.Dispose();
        _err.Dispose();
    }

    private static string Root => RepositoryRoot.Path;

    [Fact]
    public void Import_writes_the_committed_corpus_from_the_committed_sources()
    {
        var output = Path.Combine(_dir, "quotes.json");
        var code = CorpusCli.Run(["corpus", "import", Path.Combine(Root, "corpus"), "-o", output], _out, _err);

        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(Path.Combine(Root, "quotes.json")), File.ReadAllText(output));
        Assert.Contains("1 source, 14 quotes (5 highlights)", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_accepts_the_committed_corpus()
    {
        Assert.Equal(0, CorpusCli.Run(["corpus", "validate", Path.Combine(Root, "quotes.json")], _out, _err));
        Assert.Contains("valid", _out.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_names_file_path_and_problem_of_a_bad_corpus()
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, File.ReadAllText(Path.Combine(Root, "quotes.json")).Replace("\"id\": \"energy\"", "\"id\": \"scaling\"", StringComparison.Ordinal));

        Assert.Equal(1, CorpusCli.Run(["corpus", "validate", path], _out, _err));
        Assert.Contains($"Invalid corpus: {path}: $.topics[1].id: duplicate topic id 'scaling'", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_of_a_missing_corpus_folder_says_which_file()
    {
        Assert.Equal(1, CorpusCli.Run(["corpus", "import", Path.Combine(_dir, "none")], _out, _err));
        Assert.Contains($"cannot read the topics file '{Path.Combine(_dir, "none", "topics.json")}'", _err.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_wrong_verb_prints_usage()
    {
        Assert.Equal(2, CorpusCli.Run(["corpus", "frobnicate"], _out, _err));
        Assert.Contains("Usage:", _err.ToString(), StringComparison.Ordinal);
    }
}
