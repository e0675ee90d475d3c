using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Commands;

public sealed class CardCommandTests : IDisposable
{
    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    [Fact]
    public void Card_with_an_id_asks_for_that_quotes_card_with_a_short_caption_and_the_quote_as_the_text_fallback()
    {
        var reply = _core.Run("/card q14");

        var card = Assert.IsType<CardRequest>(reply.Card);
        Assert.Equal("q14", card.QuoteId);
        Assert.Equal("card-q14.png", card.FileName);
        Assert.Same(reply.Quote, card.Quote);
        Assert.Equal("q14 · Sam Altman\n/context q14: the question and the paragraph around it", card.Caption);
        // The buttons of a quote, without a second Card.
        Assert.Equal([ReplyActionKind.Another, ReplyActionKind.Context, ReplyActionKind.SameTopic], reply.Actions.Select(a => a.Kind));
    }

    [Fact]
    public void Card_without_an_id_is_the_last_quote_shown_in_the_chat_else_the_quote_of_the_day()
    {
        _core.Run("/quote q03", chat: "chat-2");
        Assert.Equal("q03", _core.Run("/card", chat: "chat-2").Card!.QuoteId);

        var today = _core.Get<DailyQuote>().For(DailyQuote.Today(_core.Time, TimeZoneInfo.Utc));
        Assert.Equal(today.Id, _core.Run("/卡片", chat: "fresh", language: UiLanguage.Chinese).Card!.QuoteId);
    }

    [Fact]
    public void An_unknown_id_gets_the_answer_quote_gives()
    {
        var card = _core.Run("/card q99");
        var quote = _core.Run("/quote q99");

        Assert.Null(card.Card);
        // The same words; the suggestions run the command that was typed ("Did you mean: /card q09?").
        Assert.Equal(quote.Text!.Replace("/quote q", "/card q", StringComparison.Ordinal), card.Text);
        Assert.Contains("Did you mean: /card q09", card.Text, StringComparison.Ordinal);
        Assert.Equal(quote.Kind, card.Kind);
    }

    [Fact]
    public void The_card_button_under_a_quote_fits_telegrams_64_bytes_and_comes_back_as_card_with_the_id()
    {
        var button = _core.Run("/quote q14").Actions.Single(a => a.CommandName == "card");
        Assert.Equal(UiStrings.English.CardButton, button.Label);

        var data = ButtonCodec.Strictest.Encode(button);
        Assert.NotNull(data);
        Assert.True(ButtonCodec.Strictest.TryDecode(data, out var command, out var argument));
        Assert.Equal(("card", "q14"), (command, argument));
    }
}
