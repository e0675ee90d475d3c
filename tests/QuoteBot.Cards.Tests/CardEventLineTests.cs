using QuoteBot.Core.Localization;

namespace QuoteBot.Cards.Tests;

public class CardEventLineTests
{
    [Fact]
    public void A_chinese_card_writes_the_date_as_chinese_readers_do()
    {
        var card = Corpus.Card("q14", UiLanguage.Chinese);
        Assert.NotNull(card.EventDate);
        var date = card.EventDate.Value;
        var line = CardEventLine.For(card, UiLanguage.Chinese);
        Assert.EndsWith($" · {date.Year}年{date.Month}月{date.Day}日", line, StringComparison.Ordinal);
        Assert.DoesNotContain(card.Speaker, line, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_card_keeps_the_iso_date()
    {
        var card = Corpus.Card("q14");
        Assert.EndsWith(" · " + card.EventDate!.Value.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), CardEventLine.For(card, UiLanguage.English), StringComparison.Ordinal);
    }
}
