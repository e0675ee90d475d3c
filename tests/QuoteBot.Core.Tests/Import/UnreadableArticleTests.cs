using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>Small invented articles the importer cannot read, each refused with a message that says what to fix and where.</summary>
public sealed class UnreadableArticleTests
{
    private static ImportException Refuse(string markdown) =>
        Assert.Throws<ImportException>(() => InventedArticles.Import(markdown));

    [Fact]
    public void An_article_without_a_title_names_the_missing_heading()
    {
        var error = Refuse("## 分享\n\n**主持人甲：** 你好。\n\n**乙：** **好久不见。**\n");
        Assert.Contains("no title", error.Message, StringComparison.Ordinal);
        Assert.Contains("level-1 heading", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_without_speaker_labels_says_what_a_turn_looks_like()
    {
        var error = Refuse("# 标题\n\n## 分享\n\n甲说：你好。\n\n乙说：**好久不见。**\n");
        Assert.Contains("no speaker turns", error.Message, StringComparison.Ordinal);
        Assert.Contains("no paragraph opens with a bold “Name：” label", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_turns_but_no_guest_names_the_labels_it_found()
    {
        var error = Refuse("# 标题\n\n**主持人甲：** 有问题吗？\n\n**观众：** 我叫乙，**我没有问题。**\n");
        Assert.Contains("no guest turns", error.Message, StringComparison.Ordinal);
        Assert.Contains("主持人甲、观众", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_highlight_missing_from_the_talk_is_named()
    {
        var error = Refuse(
            "# 标题\n\n> ★\n>\n> **金句摘录** ：\n>\n>   * 这句话在正文里一个字也没有出现过，完全没有。\n>   * 第二句也找不到。\n\n" +
            "**主持人甲：** 你怎么看？\n\n**乙：** 我觉得，**慢慢来比较快。**\n");
        Assert.Contains("highlight 1 (\"这句话在正文里一个字也没有出现过，完全没有。\", line 7)", error.Message, StringComparison.Ordinal);
        Assert.Contains("matches no guest turn", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bold_run_across_a_blank_line_is_refused_with_its_line_in_the_file()
    {
        // The bare bullet of line 5 is joined to line 6 before parsing; the error still names line 11 of the file.
        var error = Refuse(
            "# 标题\n\n> **金句摘录** ：\n>\n>   *\n> 慢慢来比较快。\n\n**主持人甲：** 你怎么看？\n\n" +
            "**乙：** 我觉得，慢慢来比较快。\n**重来\n\n不可怕。**真的。\n");
        Assert.EndsWith(
            "line 11: a “**” in the turn of 乙 opens or closes no bold passage (“我觉得，慢慢来比较快。**重来”): " +
            "close the bold within the paragraph, without a space inside the “**”, or remove it",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_with_nothing_to_quote_says_so()
    {
        var error = Refuse("# 标题\n\n**主持人甲：** 你怎么看？\n\n**乙：** 我觉得慢慢来比较快。\n");
        Assert.Contains("nothing to quote", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_guest_labelled_by_role_is_the_person_the_intro_credits()
    {
        var corpus = InventedArticles.Import(
            "# 标题\n\n本文所呈现的内容整理自**周小舟**\n在读书会的分享。\n\n**主持人甲：** 你怎么看？\n\n**嘉宾：** 我觉得，**慢慢来比较快。**\n");
        var quote = Assert.Single(corpus.Quotes);
        Assert.Equal(("慢慢来比较快。", "周小舟", false), (quote.Text, quote.Speaker, quote.Featured));
        Assert.Equal(["周小舟"], ArticleParser.Parse("# 标题\n\n本文所呈现的内容整理自**周小舟**\n在读书会的分享。\n\n**嘉宾：** 好。\n").Guests);
    }
}
