using QuoteBot.Core.Corpus;
using QuoteBot.Core.Import;

namespace QuoteBot.Core.Tests.Import;

/// <summary>Who a bold "Name：" label names: a host, somebody from the audience, or else a guest.</summary>
public sealed class TurnLabelTests
{
    [Theory]
    [InlineData("主持人Patrick", "Patrick", SpeakerRole.Host)]
    [InlineData("主持人 许晴", "许晴", SpeakerRole.Host)]
    [InlineData("主持人（许晴）", "许晴", SpeakerRole.Host)]
    [InlineData("主持人", "主持人", SpeakerRole.Host)]
    [InlineData("提问者", "提问者", SpeakerRole.Audience)]
    [InlineData("观众2", "观众2", SpeakerRole.Audience)]
    [InlineData("现场观众", "现场观众", SpeakerRole.Audience)]
    [InlineData("学生A", "学生A", SpeakerRole.Audience)]
    [InlineData("听众（线上）", "听众（线上）", SpeakerRole.Audience)]
    [InlineData("Sam Altman", "Sam Altman", SpeakerRole.Guest)]
    [InlineData("学生会主席李雷", "学生会主席李雷", SpeakerRole.Guest)]
    public void A_label_names_its_speaker_and_role(string label, string speaker, SpeakerRole role)
    {
        var article = ArticleParser.Parse($"# 标题\n\n**嘉宾乙：** 开场。\n\n**{label}：** 一段话。\n");
        var turn = article.Turns[1];
        Assert.Equal((speaker, role), (turn.Speaker, turn.Role));
    }
}
