using QuoteBot.Core.Commands;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Commands;

/// <summary>Every command over a corpus of two talks: each quote with its own talk's attribution, and narrowing to one talk.</summary>
public sealed class TwoSourceCommandTests : IDisposable
{
    private readonly CoreFixture _core = new(corpusPath: TwoSourceCorpus.Path);

    public void Dispose() => _core.Dispose();

    [Fact]
    public void Sources_lists_each_talk_with_its_date_quote_count_and_how_to_narrow()
    {
        var reply = _core.Run("/sources");
        Assert.Equal(ReplyKind.List, reply.Kind);
        Assert.Equal(
            [
                new ReplyItem(TwoSourceCorpus.Riverside, "3 quotes · r01–r03", "/quote riverside"),
                new ReplyItem(TwoSourceCorpus.Northfield, "3 quotes · n01–n03", "/quote northfield"),
            ],
            reply.Items);
        Assert.Contains("/topic <name> @riverside", reply.Footer, StringComparison.Ordinal);

        var chinese = _core.Run("/来源", language: UiLanguage.Chinese);
        Assert.Equal([TwoSourceCorpus.RiversideZh, TwoSourceCorpus.NorthfieldZh], chinese.Items.Select(i => i.Label));
        Assert.Equal("3 条 · n01–n03", chinese.Items[1].Detail);
    }

    [Fact]
    public void Every_quote_is_attributed_to_its_own_talk_on_every_command()
    {
        foreach (var quote in _core.Library.Quotes)
        {
            var expected = TwoSourceCorpus.AttributionOf(quote.Id);
            Assert.Equal(expected, _core.Run($"/quote {quote.Id}").Quote!.Attribution);
            var context = _core.Run($"/context {quote.Id}").Context!;
            Assert.Equal(expected, context.Attribution);
            Assert.Equal(quote.Source, context.SourceId);
        }

        var all = Enumerable.Range(0, 6).Select(_ => _core.Run("/quote").Quote!).ToList();
        Assert.Equal(6, all.Select(c => c.Id).Distinct().Count());
        Assert.All(all, c => Assert.Equal(TwoSourceCorpus.AttributionOf(c.Id), c.Attribution));

        var today = _core.Run("/today").Quote!;
        Assert.Equal(TwoSourceCorpus.AttributionOf(today.Id), today.Attribution);

        var search = _core.Run("/search 团队");
        Assert.Equal(TwoSourceCorpus.AttributionOf(search.Quote!.Id), search.Quote.Attribution);
        Assert.Contains(search.Items, i => i.Label.StartsWith('r') || i.Label.StartsWith('n'));

        var energy = Enumerable.Range(0, 3).Select(_ => _core.Run("/topic energy").Quote!).ToList();
        Assert.Equal(["n01", "n03", "r03"], energy.Select(c => c.Id).Order());
        Assert.All(energy, c => Assert.Equal(TwoSourceCorpus.AttributionOf(c.Id), c.Attribution));
    }

    [Fact]
    public void Chinese_attributions_name_the_event_in_chinese()
    {
        Assert.Equal(TwoSourceCorpus.RiversideZh, _core.Run("/quote r01", language: UiLanguage.Chinese).Quote!.Attribution);
        Assert.Equal(TwoSourceCorpus.NorthfieldZh, _core.Run("/quote n01", language: UiLanguage.Chinese).Quote!.Attribution);
    }

    [Theory]
    [InlineData("/quote riverside", "r")]
    [InlineData("/quote @riverside", "r")]
    [InlineData("/quote 河畔", "r")]
    [InlineData("/quote RIVERSIDE-2023", "r")]
    [InlineData("/quote northfield", "n")]
    [InlineData("/quote ＠北野", "n")]
    [InlineData("/quote Northfield Summit", "n")]
    public void Quote_narrowed_to_a_talk_deals_that_talks_quotes_from_a_bag_of_its_own(string line, string prefix)
    {
        var shown = Enumerable.Range(0, 3).Select(_ => _core.Run(line).Quote!.Id).ToList();
        Assert.All(shown, id => Assert.StartsWith(prefix, id, StringComparison.Ordinal));
        Assert.Equal(3, shown.Distinct().Count());
    }

    [Theory]
    [InlineData("/topic energy northfield")]
    [InlineData("/topic energy @northfield")]
    [InlineData("/topic @northfield energy")]
    [InlineData("/topic 能源 北野")]
    [InlineData("/topic northfield energy")] // a talk in the first word and a topic in the rest
    [InlineData("/topic Northfield Energy")]
    public void Topic_narrowed_to_a_talk_deals_that_talks_quotes_on_the_topic(string line)
    {
        var shown = Enumerable.Range(0, 2).Select(_ => _core.Run(line).Quote!.Id).Order().ToList();
        Assert.Equal(["n01", "n03"], shown);
    }

    [Theory]
    [InlineData("/quote 2 @northfield", "n02")]
    [InlineData("/quote 2 northfield", "n02")]
    [InlineData("/quote #2 @riverside", "r02")]
    [InlineData("/quote N2 northfield", "n02")]
    [InlineData("/quote 3", null)]
    public void An_id_typed_with_a_talk_is_read_within_that_talk(string line, string? id)
    {
        if (id is not null)
        {
            Assert.Equal(id, _core.Run(line).Quote!.Id);
        }

        var discord = new CommandRequest("quote", "2", "discord-chat", UiLanguage.English) { Source = "northfield" };
        Assert.Equal("n02", _core.Dispatcher.Dispatch(discord).Quote!.Id);
    }

    [Fact]
    public void An_id_of_another_talk_is_answered_with_that_talks_ids()
    {
        var reply = _core.Run("/quote r01 @northfield");
        Assert.Null(reply.Quote);
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("n01–n03 (Northfield Energy Summit)", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("r01–r03", reply.Text, StringComparison.Ordinal);
        Assert.Contains("n01–n03（北野能源峰会）", _core.Run("/quote r01 @northfield", language: UiLanguage.Chinese).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_number_several_talks_have_is_answered_with_the_choices()
    {
        var reply = _core.Run("/quote 2");
        Assert.Null(reply.Quote);
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Equal(["/quote r02", "/quote n02"], reply.Actions.Select(a => a.CommandLine));
        Assert.Contains("/quote r02 (Riverside Robotics Forum), /quote n02 (Northfield Energy Summit)", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/quote n02（北野能源峰会）", _core.Run("/quote #2", language: UiLanguage.Chinese).Text, StringComparison.Ordinal);
        Assert.Equal("r02", _core.Run("/quote r2").Quote!.Id);
        Assert.Equal(["/context r02", "/context n02"], _core.Run("/context 2").Actions.Select(a => a.CommandLine));
    }

    [Fact]
    public void Help_gives_an_id_the_corpus_has()
    {
        var help = _core.Dispatcher.Descriptors.Single(d => d.Name == "quote");
        Assert.Contains("/quote r01", help.Help.En, StringComparison.Ordinal);
        Assert.DoesNotContain("q07", help.Summary.En + help.Argument!.Description.Zh, StringComparison.Ordinal);
    }

    [Fact]
    public void Footers_say_how_to_keep_to_one_talk()
    {
        Assert.StartsWith("To keep to one talk: /quote riverside,", _core.Run("/sources").Footer, StringComparison.Ordinal);
        Assert.Contains("/topic energy @northfield", _core.Run("/topic @northfield").Footer, StringComparison.Ordinal);
        Assert.DoesNotContain("@", _core.Run("/topic").Footer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_talk_passed_apart_from_the_argument_narrows_as_a_typed_one_does()
    {
        var request = new CommandRequest("topic", "energy", "discord-chat", UiLanguage.English) { Source = "riverside-2023" };
        Assert.Equal("r03", _core.Dispatcher.Dispatch(request).Quote!.Id);
        var quote = _core.Dispatcher.Dispatch(new CommandRequest("quote", string.Empty, "discord-chat", UiLanguage.English) { Source = "northfield-2025" });
        Assert.StartsWith("n", quote.Quote!.Id, StringComparison.Ordinal);
    }

    [Fact]
    public void The_buttons_of_a_narrowed_answer_stay_in_its_talk()
    {
        var reply = _core.Run("/topic energy @northfield");
        Assert.Equal("/quote @northfield", reply.Actions[0].CommandLine);
        Assert.Equal(ReplyActionKind.SameTopic, reply.Actions[2].Kind);
        Assert.Equal("energy @northfield", reply.Actions[2].Argument);
        Assert.NotNull(new ButtonCodec(string.Empty, 64, ButtonDataUnit.Utf8Bytes).Encode(reply.Actions[2]));

        var pressed = _core.Dispatcher.Dispatch(new CommandRequest("topic", reply.Actions[2].Argument, "chat-1", UiLanguage.English) { Origin = RequestOrigin.Button });
        Assert.StartsWith("n", pressed.Quote!.Id, StringComparison.Ordinal);

        var plain = _core.Run("/quote");
        Assert.Equal(ReplyActionKind.Another, plain.Actions[0].Kind);
        Assert.DoesNotContain("@", plain.Actions[2].Argument, StringComparison.Ordinal);
    }

    [Fact]
    public void Buttons_that_would_not_fit_telegrams_64_bytes_with_the_talk_leave_the_talk_out()
    {
        var quote = _core.Library.Find("n01")!;
        var talk = new string('x', 56);
        var actions = QuoteCards.Actions(quote, UiStrings.English, "energy", narrowedTo: talk);
        Assert.Equal(ReplyActionKind.Another, actions[0].Kind);
        Assert.Equal("energy", actions[2].Argument);
        Assert.Equal("energy @" + talk[..52], QuoteCards.Actions(quote, UiStrings.English, "energy", narrowedTo: talk[..52])[2].Argument);
    }

    [Fact]
    public void A_topic_the_talk_has_no_quote_on_lists_the_topics_it_has()
    {
        var reply = _core.Run("/topic robots @northfield");
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("Robots", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["/topic energy @northfield", "/topic teams @northfield"], reply.Items.Select(i => i.Command));

        var list = _core.Run("/topic @riverside");
        Assert.Equal(["/topic energy @riverside", "/topic robots @riverside", "/topic teams @riverside"], list.Items.Select(i => i.Command));
    }

    [Theory]
    [InlineData("/quote @mit")]
    [InlineData("/topic energy @mit")]
    public void An_unknown_talk_is_answered_with_the_talks(string line)
    {
        var reply = _core.Run(line);
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith("I don't know the talk “mit”.", reply.Text, StringComparison.Ordinal);
        Assert.Equal(["/quote riverside", "/quote northfield"], reply.Items.Select(i => i.Command));
    }

    [Fact]
    public void Ids_resolve_within_their_talk_and_an_unknown_id_lists_each_talks_ids()
    {
        Assert.Equal("n02", _core.Run("/quote n2").Quote!.Id);
        Assert.Equal(["/quote r02", "/quote n02"], _core.Run("/quote #2").Actions.Select(a => a.CommandLine));
        var unknown = _core.Run("/quote q99");
        Assert.StartsWith(
            "There is no quote “q99”. The quotes are r01–r03 (Riverside Robotics Forum), n01–n03 (Northfield Energy Summit)",
            unknown.Text,
            StringComparison.Ordinal);
        Assert.Contains("r01–r03（河畔机器人论坛）、n01–n03（北野能源峰会）", _core.Run("/quote q99", language: UiLanguage.Chinese).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_quote_cut_before_its_closing_mark_is_shown_with_it()
    {
        var n01 = _core.Library.Find("n01")!;
        Assert.EndsWith("地方。", n01.Text, StringComparison.Ordinal);
        var shown = _core.Run("/quote n01").Quote!.Text;
        Assert.EndsWith("地方。”", shown, StringComparison.Ordinal);
        Assert.True(PairedMarks.IsBalanced(shown));

        // The paragraph around it too, with the quote still marked where it stands.
        var context = _core.Run("/context n01").Context!;
        Assert.EndsWith("地方。”", context.Paragraph, StringComparison.Ordinal);
        Assert.True(PairedMarks.IsBalanced(context.Paragraph));
        Assert.Equal(n01.Text, context.Paragraph.Substring(context.QuoteStart, context.QuoteLength));
    }
}
