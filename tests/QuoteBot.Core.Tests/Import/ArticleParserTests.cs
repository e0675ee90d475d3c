using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;
using Xunit.Abstractions;

namespace QuoteBot.Core.Tests.Import;

public sealed class ArticleParserTests(ITestOutputHelper output)
{
    private static readonly ParsedArticle Article = ArticleParser.Parse(RepoFiles.ReadArticle());

    [Fact]
    public void Reads_the_five_highlights_with_the_stage_note_apart()
    {
        foreach (var h in Article.Highlights)
        {
            output.WriteLine($"{h.Number}: [{h.Note}] {h.Text}");
        }

        Assert.Equal(5, Article.Highlights.Count);
        Assert.Contains("邪教", Article.Highlights[2].Text, StringComparison.Ordinal);
        Assert.StartsWith("AGI不是神经网络", Article.Highlights[3].Text, StringComparison.Ordinal);
        Assert.Equal("谈到人们对OpenAI最大的误读", Article.Highlights[4].Note);
        Assert.StartsWith("我认为系统性的错误", Article.Highlights[4].Text, StringComparison.Ordinal);
        Assert.All(Article.Highlights.Take(4), h => Assert.Null(h.Note));
    }
}
