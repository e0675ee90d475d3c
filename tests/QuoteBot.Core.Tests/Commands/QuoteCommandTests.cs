using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Tests.Commands;

public sealed class QuoteCommandTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

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
    public void A_quote_reply_has_attribution_and_the_three_buttons()
    {
        var reply = _core.Run("/quote");
        var card = reply.Quote!;
        Assert.Equal("Sam Altman · Harvard Business School · 2024-10-16", card.Attribution);
        Assert.Equal([ReplyActionKind.Another, ReplyActionKind.Context, ReplyActionKind.SameTopic], reply.Actions.Select(a => a.Kind));
        Assert.Equal(card.Id, reply.Actions[1].Argument);
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

    [Fact]
    public void Context_of_an_unknown_id_says_what_ids_look_like()
    {
        var reply = _core.Run("/context q999");
        Assert.Equal(ReplyKind.Notice, reply.Kind);
        Assert.Contains("q07", reply.Text, StringComparison.Ordinal);
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
