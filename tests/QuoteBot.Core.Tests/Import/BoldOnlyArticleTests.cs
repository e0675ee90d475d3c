using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>Articles/bold-only.md: no 金句摘录 section; the guest's bold passages are the quotes.</summary>
public sealed class BoldOnlyArticleTests
{
    private static readonly Lazy<QuoteCorpus> Imported = new(() => InventedArticles.Import(InventedArticles.Read("bold-only.md")));

    private static QuoteCorpus Corpus => Imported.Value;

    [Fact]
    public void The_guests_bold_passages_are_the_quotes_and_none_is_featured()
    {
        Assert.Equal(
            [
                ("蜜蜂不在乎你的屋顶有多高，只在乎附近有没有花。", "苏禾", false),
                ("杂不是缺点，杂就是城市的味道。", "苏禾", false),
                ("怕蜂的人往往是没被蛰过的人。", "苏禾", false),
            ],
            InventedArticles.Summary(Corpus));
        InventedArticles.AssertClean(Corpus);
    }

    [Fact]
    public void Bold_in_host_and_audience_turns_is_context_not_a_quote()
    {
        var last = Corpus.Quotes[^1].Context!;
        Assert.Equal("你好，我叫阿远。被蛰了怎么办？", last.Question);
        Assert.Equal("阿远", last.AskedBy);
        Assert.Equal(SpeakerRole.Audience, last.AskerRole);
        Assert.Equal("苏老师，你在楼顶养了八年蜂。为什么是楼顶？", Corpus.Quotes[0].Context!.Question);
    }
}
