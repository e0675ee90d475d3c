using System.Text.Json.Nodes;
using QuoteBot.Core.Text;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Commands;

/// <summary>/context over a paragraph whose balancing adds a mark before it: the quote is still marked where it stands.</summary>
public sealed class ContextCommandTests : IDisposable
{
    // Put before n01's paragraph of the two-talk corpus: a closer with no opener, as a cut transcript can start.
    private const string Lead = "对）";

    private readonly TempDirectory _directory = TempDirectory.Create("quotebot-context");
    private readonly CoreFixture _core;

    public ContextCommandTests()
    {
        var corpus = JsonNode.Parse(File.ReadAllText(TwoSourceCorpus.Path))!;
        var quote = corpus["quotes"]!.AsArray().Single(q => (string?)q!["id"] == "n01")!;
        var turn = corpus["turns"]!.AsArray().Single(t => (string?)t!["source"] == (string?)quote["source"] && (string?)t!["id"] == (string?)quote["turn"])!;
        turn["text"] = Lead + (string?)turn["text"];
        foreach (var inTurn in corpus["quotes"]!.AsArray().Where(q => (string?)q!["source"] == (string?)quote["source"] && (string?)q!["turn"] == (string?)quote["turn"]))
        {
            inTurn!["start"] = (int)inTurn["start"]! + Lead.Length;
        }

        quote["context"]!["paragraph"] = Lead + (string?)quote["context"]!["paragraph"];
        var path = Path.Combine(_directory.Path, "quotes.json");
        File.WriteAllText(path, corpus.ToJsonString());
        _core = new(corpusPath: path);
    }

    public void Dispose()
    {
        _core.Dispose();
        _directory.Dispose();
    }

    [Fact]
    public void A_paragraph_that_starts_with_a_lone_closer_keeps_the_quote_where_it_stands()
    {
        var quote = _core.Library.Find("n01")!;
        var context = _core.Run("/context n01").Context!;
        Assert.StartsWith("（" + Lead, context.Paragraph, StringComparison.Ordinal);
        Assert.True(PairedMarks.IsBalanced(context.Paragraph));
        Assert.Equal(quote.Text, context.Paragraph.Substring(context.QuoteStart, context.QuoteLength));
    }
}
