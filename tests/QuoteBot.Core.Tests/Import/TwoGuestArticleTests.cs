using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>Articles/two-guests.md: a conversation of two guests; each quote belongs to the guest who said it.</summary>
public sealed class TwoGuestArticleTests
{
    private static readonly string Markdown = InventedArticles.Read("two-guests.md");
    private static readonly Lazy<QuoteCorpus> Imported = new(() => InventedArticles.Import(Markdown));

    private static QuoteCorpus Corpus => Imported.Value;

    [Fact]
    public void Each_quote_is_attributed_to_the_guest_who_said_it()
    {
        Assert.Equal(
            [
                ("我第一次来上海，看见满街的招牌，我一个字都不认识，但我觉得它们都在说话。", "Ada Brandt", true),
                ("一个字不认识，也能看出它站得稳不稳。", "Ada Brandt", false),
                ("写字先写骨头，再写肉。", "韩青", false),
                ("电脑里的字要一万个长得像一家人，毛笔字只要一张纸上像一家人。", "韩青", true),
                ("字体是写给陌生人的，书法是写给熟人的。", "Ada Brandt", false),
            ],
            InventedArticles.Summary(Corpus));
        Assert.All(Corpus.Quotes, q => Assert.Equal(Corpus.Turns.Single(t => t.Id == q.Turn).Speaker, q.Speaker));
        InventedArticles.AssertClean(Corpus);
    }

    [Fact]
    public void Both_guests_are_listed_in_the_order_they_first_speak()
    {
        // The intro credits 韩青 first; Ada Brandt speaks first.
        Assert.Equal(["Ada Brandt", "韩青"], ArticleParser.Parse(Markdown).Guests);
        Assert.Equal(["Ada Brandt", "韩青"], Assert.Single(Corpus.Sources).Speakers);
        Assert.Equal(
            [SpeakerRole.Host, SpeakerRole.Guest, SpeakerRole.Host, SpeakerRole.Guest, SpeakerRole.Host, SpeakerRole.Guest, SpeakerRole.Host],
            Corpus.Turns.Select(t => t.Role));
    }

    [Fact]
    public void Each_answer_keeps_the_hosts_question_before_it()
    {
        Assert.Equal("Ada，你同意吗？", Corpus.Quotes[^1].Context!.Question);
        Assert.Equal("许晴", Corpus.Quotes[^1].Context!.AskedBy);
        Assert.Equal("韩老师怎么看？", Corpus.Quotes[2].Context!.Question);
    }
}
