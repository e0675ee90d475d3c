using System.Text.Json.Nodes;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("quotebot-corpus-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void The_committed_corpus_loads_and_validates()
    {
        var corpus = CorpusLoader.Load(RepoFiles.QuotesPath);
        Assert.Empty(CorpusValidator.Validate(corpus));
    }

    [Fact]
    public void A_missing_file_names_its_path()
    {
        var path = Path.Combine(_dir, "nope.json");
        var error = Assert.Throws<CorpusException>(() => CorpusLoader.Load(path));
        Assert.StartsWith($"{path}: file not found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_quote_id_names_the_json_path()
    {
        var error = LoadMutated(root => root["quotes"]![1]!["id"] = root["quotes"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("$.quotes[1].id", error.JsonPath);
        Assert.Contains("duplicate quote id 'q01'", error.Message, StringComparison.Ordinal);
        Assert.Contains("corpus.json: $.quotes[1].id:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_outside_its_turn_names_the_json_path()
    {
        var error = LoadMutated(root => root["quotes"]![2]!["start"] = 1_000_000);
        Assert.Equal("$.quotes[2].start", error.JsonPath);
        Assert.Contains("outside turn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_anchor_that_does_not_equal_the_quote_names_the_json_path()
    {
        var error = LoadMutated(root => root["quotes"]![3]!["start"] = root["quotes"]![3]!["start"]!.GetValue<int>() + 1);
        Assert.Equal("$.quotes[3].text", error.JsonPath);
        Assert.Contains("differs from turn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_topic_names_the_json_path()
    {
        var error = LoadMutated(root => root["quotes"]![4]!["topics"]![0] = "astrology");
        Assert.Equal("$.quotes[4].topics[0]", error.JsonPath);
        Assert.Contains("unknown topic 'astrology'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_context_turn_names_the_json_path()
    {
        var error = LoadMutated(root => root["quotes"]![0]!["context"]!["questionTurn"] = "t999");
        Assert.Equal("$.quotes[0].context.questionTurn", error.JsonPath);
    }

    [Fact]
    public void A_missing_required_field_names_the_json_path()
    {
        var error = LoadMutated(root => root["quotes"]!.AsArray()[5]!.AsObject().Remove("turn"));
        Assert.Equal("$.quotes[5]", error.JsonPath);
        Assert.Contains("turn", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_of_the_first_schema_says_to_rebuild_it()
    {
        // Schema 1 had one "source" and no source on quotes and turns: it cannot even be read as schema 2.
        var path = Path.Combine(_dir, "corpus.json");
        File.WriteAllText(path, """{ "schemaVersion": 1, "source": { "title": "t", "speaker": "s" }, "topics": [], "quotes": [], "turns": [] }""");
        var error = Assert.Throws<CorpusException>(() => CorpusLoader.Load(path));
        Assert.Equal($"{path}: $.schemaVersion: schema version 1 is not supported (expected 2): build it with: corpus import corpus -o quotes.json", error.Message);
    }

    [Fact]
    public void Malformed_json_names_where_it_broke()
    {
        var path = Path.Combine(_dir, "corpus.json");
        File.WriteAllText(path, "{ \"schemaVersion\": 2, \"sources\": [ { \"title\": ");
        var error = Assert.Throws<CorpusException>(() => CorpusLoader.Load(path));
        Assert.StartsWith(path + ": $.sources", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    private CorpusException LoadMutated(Action<JsonObject> mutate)
    {
        var root = JsonNode.Parse(File.ReadAllText(RepoFiles.QuotesPath))!.AsObject();
        mutate(root);
        var path = Path.Combine(_dir, "corpus.json");
        File.WriteAllText(path, root.ToJsonString());
        var error = Assert.Throws<CorpusException>(() => CorpusLoader.Load(path));
        Assert.DoesNotContain('\n', error.Message);
        return error;
    }
}
