using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>Articles written for the tests in the WeChat export format (Articles/*.md), and what every import of them must hold.</summary>
internal static class InventedArticles
{
    private static readonly CurationFile Curation = new()
    {
        QuotePrefix = "q",
        Event = new LocalizedText("Invented talk", "虚构的演讲"),
        EventDate = "2025-01-01",
        Notes = [new SourceNote { Field = "event", Note = "invented for the tests" }, new SourceNote { Field = "eventDate", Note = "invented for the tests" }],
    };

    /// <summary>One topic that every quote falls under (its keywords are sentence punctuation), so these tests see the reader, not the tagging.</summary>
    private static readonly IReadOnlyList<Topic> Topics = [new Topic { Id = "talk", En = "Talk", Zh = "演讲", Keywords = ["。", "？", "！", "，", "」"] }];

    public static string Read(string fileName) =>
        File.ReadAllText(Path.Combine(RepoFiles.Root, "tests", "QuoteBot.Core.Tests", "Import", "Articles", fileName));

    public static QuoteCorpus Import(string markdown) => CorpusImporter.Import([new SourceArticle("invented", markdown, Curation)], Topics);

    /// <summary>The quotes as (text, speaker, featured), in corpus order, for one exact comparison.</summary>
    public static IReadOnlyList<(string Text, string Speaker, bool Featured)> Summary(QuoteCorpus corpus) =>
        [.. corpus.Quotes.Select(q => (q.Text, q.Speaker, q.Featured))];

    /// <summary>No bold markup in any text a user can be shown, and every quote is exactly the text at its anchor.</summary>
    public static void AssertClean(QuoteCorpus corpus)
    {
        Assert.All(corpus.Turns, t => Assert.DoesNotContain("**", t.Text, StringComparison.Ordinal));
        Assert.All(corpus.Quotes, q =>
        {
            Assert.DoesNotContain("**", q.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("**", q.Highlight ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("**", q.Context?.Question ?? string.Empty, StringComparison.Ordinal);
            Assert.DoesNotContain("**", q.Context?.Paragraph ?? string.Empty, StringComparison.Ordinal);
            Assert.Equal(q.Text, corpus.Turns.Single(t => t.Id == q.Turn).Text.Substring(q.Start, q.Length));
        });
    }
}
