using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Tests.Commands;

public sealed class TopicCommandTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    [Theory]
    [InlineData("/topic energy")]
    [InlineData("/topic 能源")]
    [InlineData("/topic ENERGY")]
    [InlineData("/topic ｅｎｅｒｇｙ")]
    [InlineData("/topic  energy ")]
    [InlineData("/topic Energy")]
    [InlineData("/topic power")]
    [InlineData("/topic ener")]
    [InlineData("/话题 能源")]
    public void Energy_by_any_name_gives_an_energy_answer_with_the_one_who_asked(string line)
    {
        var reply = _core.Run(line);
        Assert.Equal(ReplyKind.Quote, reply.Kind);
        Assert.Contains("能源", reply.Quote!.Text, StringComparison.Ordinal);
        Assert.Contains(reply.Quote.Id, (string[])["q11", "q14"]);

        var context = _core.Run($"/context {reply.Quote.Id}").Context!;
        Assert.Contains(reply.Quote.Id == "q14" ? "弗莱彻" : "Yuma", context.AskedBy, StringComparison.Ordinal);
        Assert.Contains(new ReplyAction(ReplyActionKind.SameTopic, "🏷 Same topic", "energy"), reply.Actions);
    }

    [Theory]
    [InlineData("enrgy", "energy")]
    [InlineData("engery", "energy")]
    [InlineData("scalling", "scaling")]
    [InlineData("能量源", "energy")]
    public void A_misspelt_topic_suggests_the_right_one_and_lists_topics(string typed, string expected)
    {
        var reply = _core.Run($"/topic {typed}");
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.True(reply.Ephemeral);
        Assert.Contains($"/topic {expected}", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Did you mean", reply.Text, StringComparison.Ordinal);
        Assert.Equal(_core.Library.Topics.Count, reply.Items.Count);
    }

    [Fact]
    public void An_unknown_topic_never_goes_unanswered()
    {
        var reply = _core.Run("/topic zzzzzzzz");
        Assert.Contains("zzzzzzzz", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Items);
    }

    [Fact]
    public void No_argument_lists_every_topic_with_its_quote_count()
    {
        var reply = _core.Run("/topic");
        Assert.Equal(ReplyKind.List, reply.Kind);
        Assert.Equal(_core.Library.Topics.Count, reply.Items.Count);
        var energy = Assert.Single(reply.Items, i => i.Command == "/topic energy");
        Assert.Equal("Energy 能源", energy.Label);
        Assert.Equal("2 quotes", energy.Detail);
        Assert.Contains(reply.Items, i => i.Detail!.EndsWith("quotes", StringComparison.Ordinal));
    }

    [Fact]
    public void Chinese_users_get_chinese_words()
    {
        var reply = _core.Run("/topic", language: UiLanguage.Chinese);
        Assert.Equal("话题", reply.Title);
        Assert.Contains(reply.Items, i => i.Label == "能源 Energy" && i.Detail == "2 条");
    }

    [Fact]
    public void A_topic_deals_its_quotes_without_repeats_per_chat()
    {
        var scaling = _core.Library.ByTopic["scaling"].Select(q => q.Id).Order().ToList();
        var shown = Enumerable.Range(0, scaling.Count).Select(_ => _core.Run("/topic scaling").Quote!.Id).Order().ToList();
        Assert.Equal(scaling, shown);
    }
}
