using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Commands;

public sealed class QuoteCommandTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    [Fact]
    public void Sources_and_narrowed_buttons_name_the_talk_by_its_first_typeable_alias_as_the_readme_does()
    {
        var sources = _core.Run("/sources");
        Assert.Equal("/quote harvard", Assert.Single(sources.Items).Command);
        Assert.StartsWith("To keep to one talk: /quote harvard,", sources.Footer, StringComparison.Ordinal);
        Assert.Equal("/quote @harvard", _core.Run("/quote hbs").Actions[0].CommandLine);
        Assert.Contains("`/quote harvard`", File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Shows_every_quote_once_before_any_repeats_in_a_chat()
    {
        var all = _core.Library.Quotes.Select(q => q.Id).Order().ToList();
        for (var round = 0; round < 3; round++)
        {
            var shown = Enumerable.Range(0, all.Count).Select(_ => _core.Run("/quote").Quote!.Id).ToList();
            Assert.Equal(all, shown.Order().ToList());
        }
    }

    [Fact]
    public void The_first_quote_of_a_new_round_is_not_the_last_of_the_old()
    {
        var count = _core.Library.Quotes.Count;
        for (var round = 0; round < 20; round++)
        {
            var shown = Enumerable.Range(0, count + 1).Select(_ => _core.Run("/quote", chat: $"r{round}").Quote!.Id).ToList();
            Assert.NotEqual(shown[count - 1], shown[count]);
        }
    }

    [Fact]
    public void Chats_have_their_own_bags()
    {
        var count = _core.Library.Quotes.Count;
        var a = Enumerable.Range(0, count).Select(_ => _core.Run("/quote", chat: "a").Quote!.Id).ToList();
        var b = Enumerable.Range(0, count).Select(_ => _core.Run("/quote", chat: "b").Quote!.Id).ToList();
        Assert.Equal(count, a.Distinct().Count());
        Assert.Equal(count, b.Distinct().Count());
    }

    [Fact]
    public void A_quote_reply_has_attribution_and_the_four_buttons()
    {
        var reply = _core.Run("/quote");
        var card = reply.Quote!;
        Assert.Equal("Sam Altman · Harvard Business School · 2024-05-01", card.Attribution);
        Assert.Equal([ReplyActionKind.Another, ReplyActionKind.Context, ReplyActionKind.SameTopic, ReplyActionKind.Command], reply.Actions.Select(a => a.Kind));
        Assert.Equal(card.Id, reply.Actions[1].Argument);
        Assert.Equal($"/card {card.Id}", reply.Actions[3].CommandLine);
    }

    [Fact]
    public void Quote_with_an_id_shows_that_quote()
    {
        Assert.Equal("q07", _core.Run("/quote q07").Quote!.Id);
        Assert.Equal("q07", _core.Run("/quote 7").Quote!.Id);
    }

    [Fact]
    public void Every_quote_is_shown_with_balanced_paired_marks_and_its_stored_text_kept()
    {
        foreach (var quote in _core.Library.Quotes)
        {
            var shown = _core.Run($"/quote {quote.Id}").Quote!.Text;
            Assert.True(PairedMarks.IsBalanced(shown), $"{quote.Id}: {shown}");
            Assert.Contains(quote.DisplayText, shown, StringComparison.Ordinal);
        }

        var q05 = _core.Library.Find("q05")!;
        Assert.EndsWith("震撼世界？", q05.Text, StringComparison.Ordinal);
        Assert.EndsWith("震撼世界？”", _core.Run("/quote q05").Quote!.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Context_without_an_id_explains_the_last_quote_shown()
    {
        var quote = _core.Run("/quote").Quote!;
        var context = _core.Run("/context").Context!;
        Assert.Equal(quote.Id, context.QuoteId);
    }

    [Fact]
    public void Context_marks_the_quote_inside_its_paragraph()
    {
        foreach (var quote in _core.Library.Quotes)
        {
            var context = _core.Run($"/context {quote.Id}").Context!;
            Assert.Equal(quote.Text, context.Paragraph.Substring(context.QuoteStart, context.QuoteLength));
            Assert.NotNull(context.Question);
        }
    }

    [Theory]
    [InlineData("/context q999")]
    [InlineData("/quote q99")]
    [InlineData("/quote zz")]
    public void An_id_that_names_no_quote_is_said_so_with_the_ids_there_are(string line)
    {
        var reply = _core.Run(line);
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Null(reply.Quote);
        Assert.True(reply.Ephemeral);
        Assert.StartsWith($"There is no quote “{line.Split(' ')[1]}”. The quotes are q01–q14", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_id_in_chinese_lists_the_ids_in_chinese()
    {
        var reply = _core.Run("/quote q99", language: UiLanguage.Chinese);
        Assert.StartsWith("没有编号为“q99”的金句。现有金句：q01–q14", reply.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/quote qq7", "quote")]
    [InlineData("/context q0y7", "context")]
    public void An_id_one_typo_away_gets_it_suggested_with_a_button(string line, string command)
    {
        var reply = _core.Run(line);
        Assert.Contains($"Did you mean: /{command} q07?", reply.Text, StringComparison.Ordinal);
        var button = Assert.Single(reply.Actions);
        Assert.Equal($"/{command} q07", button.CommandLine);
    }

    [Fact]
    public void A_topic_given_to_quote_points_to_the_topic()
    {
        var reply = _core.Run("/quote energy");
        Assert.Null(reply.Quote);
        Assert.Contains("/topic energy", reply.Text, StringComparison.Ordinal);
        Assert.Equal("/topic energy", Assert.Single(reply.Actions).CommandLine);
    }

    [Fact]
    public void Words_given_to_quote_point_to_a_search_when_the_talk_has_them()
    {
        var reply = _core.Run("/quote 地震");
        Assert.Contains("/search 地震", reply.Text, StringComparison.Ordinal);
        Assert.Equal("/search 地震", Assert.Single(reply.Actions).CommandLine);
        Assert.Empty(_core.Run("/quote xyzzy").Actions);
    }

    [Fact]
    public void An_unknown_command_suggests_the_nearest()
    {
        var reply = _core.Run("/qoute");
        Assert.Contains("/quote", reply.Text, StringComparison.Ordinal);
        Assert.NotEmpty(reply.Items);
    }

    [Fact]
    public void Help_and_start_list_the_commands()
    {
        Assert.Contains(_core.Run("/help").Items, i => i.Label == "/search <words>");
        var start = _core.Run("/start", language: UiLanguage.Chinese);
        Assert.Contains("金句", start.Text, StringComparison.Ordinal);
        Assert.Contains(start.Items, i => i.Label == "/search <关键词>");
    }
}
