using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>
/// Articles/cjk-emphasis.md: bold that plain CommonMark leaves as literal <c>**</c> in Chinese text — closed after 。 or ？
/// and before a Han character, opened after a Han character and before 「, a label glued to its text, Latin words and a
/// soft line break inside the bold.
/// </summary>
public sealed class CjkEmphasisArticleTests
{
    private static readonly string Markdown = InventedArticles.Read("cjk-emphasis.md");
    private static readonly Lazy<QuoteCorpus> Imported = new(() => InventedArticles.Import(Markdown));

    private static QuoteCorpus Corpus => Imported.Value;

    [Fact]
    public void Every_bold_passage_is_a_quote_with_its_exact_text()
    {
        Assert.Equal(
            [
                ("笨一点也好，笨人肯下功夫。", "林远", false),
                ("「火不等人，人要等火」", "林远", false),
                ("我当时想：我是不是选错了行？我问了自己三遍。", "林远", true),
                ("火候这件事，书上写不清楚，只能一窑一窑地烧出来。", "林远", true),
                ("后来我们用 Arduino 和一支热电偶做了第一台窑温记录仪。", "林远", false),
                ("真正的手艺不在手上，而在你愿意重来多少次。", "林远", true),
                ("窑门一开，好坏都认。", "林远", false),
            ],
            InventedArticles.Summary(Corpus));
        InventedArticles.AssertClean(Corpus);
    }

    [Fact]
    public void Highlights_lose_their_bold_markup()
    {
        var article = ArticleParser.Parse(Markdown);
        Assert.Equal(
            ["火候这件事，书上写不清楚，只能一窑一窑地烧出来。", "我当时想：我是不是选错了行？我问了自己三遍。", "真正的手艺不在手上，而在你愿意重来多少次。"],
            article.Highlights.Select(h => h.Text));
    }

    [Fact]
    public void A_label_glued_to_its_text_opens_a_turn_and_host_bold_reads_as_plain_text()
    {
        Assert.Equal(
            ["周宁", "林远", "周宁", "林远", "周宁", "林远", "提问者", "林远", "周宁"],
            Corpus.Turns.Select(t => t.Speaker));
        Assert.Equal("谢谢周宁。第一窑全裂了，一件都没剩下。", Corpus.Turns[1].Text.Split("\n\n")[0]);
        Assert.Equal("林老师，欢迎你。大家都知道你烧了二十年窑，你还记得第一窑吗？我们从那里开始吧。", Corpus.Turns[0].Text);
        Assert.Equal(Corpus.Turns[0].Text, Corpus.Quotes[0].Context!.Question);
    }

    [Fact]
    public void The_intro_and_the_labels_name_the_one_guest()
    {
        Assert.Equal(["林远"], ArticleParser.Parse(Markdown).Guests);
    }
}
