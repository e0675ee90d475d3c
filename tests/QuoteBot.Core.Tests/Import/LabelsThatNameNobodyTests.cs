using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>An editor's aside is nobody's turn, and a role label («嘉宾：») must resolve to the one person the intro credits.</summary>
public sealed class LabelsThatNameNobodyTests
{
    private static string Intro(string credits) =>
        $"# 实录｜夜谈\n\n本文所呈现的内容整理自{credits}\n在夜谈的分享，公开发表于2025年1月2日。\n\n## 分享完整图文\n\n";

    [Theory]
    [InlineData("注")]
    [InlineData("编者按")]
    [InlineData("编者注")]
    [InlineData("备注")]
    [InlineData("旁白")]
    public void An_editorial_note_is_not_a_turn_and_the_turn_it_interrupts_goes_on(string label)
    {
        var corpus = InventedArticles.Import(Intro("**王五**") +
            "**主持人阿卡：** 你为什么种树？\n\n" +
            "**王五：** 因为树比人有耐心。\n\n" +
            $"**{label}：** 这是标注。\n\n" +
            "**种树的人要比树更有耐心。**\n");

        Assert.Equal(["王五"], corpus.Sources[0].Speakers);
        Assert.DoesNotContain(corpus.Turns, t => t.Speaker == label || t.Text.Contains("这是标注", StringComparison.Ordinal));
        Assert.Equal("因为树比人有耐心。\n\n种树的人要比树更有耐心。", corpus.Turns.Single(t => t.Speaker == "王五").Text);
        Assert.Equal("王五", Assert.Single(corpus.Quotes).Speaker);
    }

    [Fact]
    public void A_role_label_is_the_one_credited_guest() =>
        Assert.All(
            InventedArticles.Import(Intro("**王五**") + "**主持人阿卡：** 问。\n\n**嘉宾：** **种树要有耐心。**\n").Quotes,
            q => Assert.Equal("王五", q.Speaker));

    [Theory]
    [InlineData("**王五**和**赵六**", "source 'invented': line 10: the label “嘉宾：” names a role, and the intro credits 2 people (王五、赵六): write the speaker's name in the label")]
    [InlineData("两位嘉宾", "source 'invented': line 10: the label “嘉宾：” names a role, and the intro credits nobody: write the speaker's name in the label")]
    public void A_role_label_that_names_no_one_credited_person_fails_naming_its_line(string credits, string message)
    {
        var article = Intro(credits) +
            "**王五：** 开场。\n\n" +
            "**嘉宾：** **种树要有耐心。**\n";
        Assert.Equal(message, Assert.Throws<ImportException>(() => InventedArticles.Import(article)).Message);
    }
}
