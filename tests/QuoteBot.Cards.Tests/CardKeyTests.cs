using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards.Tests;

public class CardKeyTests
{
    private static readonly QuoteCard Quote = Corpus.Card("q14");

    public static TheoryData<string, QuoteCard> Changes() => new()
    {
        { "text", Quote with { Text = Quote.Text + "!" } },
        { "speaker", Quote with { Speaker = "Someone" } },
        { "attribution", Quote with { Attribution = Quote.Attribution + " (rev.)" } },
        { "topics", Quote with { Topics = [.. Quote.Topics, "Extra"] } },
        { "topic order", Quote with { Topics = [.. Quote.Topics.Reverse()] } },
        { "note", Quote with { Note = "Edited." } },
        { "featured", Quote with { Featured = !Quote.Featured } },
        { "date", Quote with { EventDate = new DateOnly(2001, 2, 3) } },
        { "source", Quote with { SourceId = "other" } },
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void The_key_changes_with_anything_the_card_is_drawn_from(string what, QuoteCard changed)
    {
        Assert.NotEqual(CardKey.Of(Quote, new CardStyle()), CardKey.Of(changed, new CardStyle()));
        Assert.False(string.IsNullOrEmpty(what));
    }

    [Fact]
    public void The_key_changes_with_every_part_of_the_style()
    {
        var keys = new[]
        {
            CardKey.Of(Quote, new CardStyle()),
            CardKey.Of(Quote, new CardStyle(Theme: CardTheme.Dark)),
            CardKey.Of(Quote, new CardStyle(Size: CardSize.Square)),
            CardKey.Of(Quote, new CardStyle(Language: UiLanguage.Chinese)),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.StartsWith("q14.english.light.portrait.", keys[0], StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_quote_and_style_give_the_same_key()
    {
        Assert.Equal(CardKey.Of(Corpus.Card("q14"), new CardStyle(CardTheme.Dark)), CardKey.Of(Corpus.Card("q14"), new CardStyle(CardTheme.Dark)));
    }
}
