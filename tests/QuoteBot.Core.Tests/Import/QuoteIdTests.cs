using System.Globalization;
using System.Text;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Tests.Import;

/// <summary>Quote ids are stable: a talk that passes 100 quotes keeps q07 as q07 (chat state and links refer to it).</summary>
public sealed class QuoteIdTests
{
    [Fact]
    public void A_talk_of_more_than_a_hundred_quotes_numbers_them_q01_to_q99_then_q100()
    {
        var corpus = InventedArticles.Import(ArticleOfBoldLines(101));
        var ids = corpus.Quotes.Select(q => q.Id).ToList();
        Assert.Equal(101, ids.Count);
        Assert.Equal(["q01", "q07", "q99", "q100", "q101"], [ids[0], ids[6], ids[98], ids[99], ids[100]]);
    }

    [Fact]
    public void Find_and_ById_agree_on_every_id_and_number()
    {
        var library = new QuoteLibrary(InventedArticles.Import(ArticleOfBoldLines(101)));
        foreach (var quote in library.Quotes)
        {
            var number = int.Parse(quote.Id.AsSpan(1), CultureInfo.InvariantCulture);
            Assert.Same(quote, library.ById[quote.Id]);
            Assert.Same(quote, library.Find(quote.Id));
            Assert.Same(quote, library.Find($"q{number}"));
            Assert.Same(quote, library.Find(number.ToString(CultureInfo.InvariantCulture)));
        }
    }

    [Theory]
    [InlineData(1, "q01")]
    [InlineData(99, "q99")]
    [InlineData(100, "q100")]
    public void An_id_is_the_prefix_and_at_least_two_digits(int number, string id)
    {
        Assert.Equal(id, QuoteIds.Format("q", number));
        Assert.True(QuoteIds.IsCanonical(id, "q"));
    }

    /// <summary>An invented talk whose guest says <paramref name="count"/> bold lines, one per turn.</summary>
    private static string ArticleOfBoldLines(int count)
    {
        var article = new StringBuilder("# 实录｜林默：一百句话\n\n本文所呈现的内容整理自**林默**\n在百句夜谈的分享，公开发表于2025年1月2日。\n\n## 分享完整图文\n\n");
        for (var i = 1; i <= count; i++)
        {
            article.Append(CultureInfo.InvariantCulture, $"**主持人阿卡：** 第{i}个问题？\n\n**林默：** 好。**这是第{i}句话。**\n\n");
        }

        return article.ToString();
    }
}
