using QuoteBot.Cards.Rendering;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Localization;
using QuoteBot.Testing;

namespace QuoteBot.Cards.Tests;

/// <summary>The shipped font draws everything a card can show, so a corpus change cannot render tofu.</summary>
public class FontCoverageTests
{
    private const string Fix = "run scripts/subset-card-font.sh (needs the Debian packages fonts-noto-cjk and python3-fonttools) and commit the font";

    [Fact]
    public void Every_character_of_every_quote_its_attribution_and_topics_is_in_the_font()
    {
        var cards = new QuoteCards(Corpus.Library);
        var problems = new List<string>();
        foreach (var quote in Corpus.Library.Quotes)
        {
            foreach (var language in new[] { UiLanguage.English, UiLanguage.Chinese })
            {
                var card = cards.Card(quote, UiStrings.For(language));
                Check($"{quote.Id} text", card.Text);
                Check($"{quote.Id} speaker", card.Speaker);
                Check($"{quote.Id} attribution ({language})", card.Attribution);
                Check($"{quote.Id} id", card.Id);
                foreach (var topic in card.Topics)
                {
                    Check($"{quote.Id} topic ({language})", topic);
                }
            }
        }

        foreach (var topic in Corpus.Library.Topics)
        {
            Check($"topic {topic.Id}", topic.NameFor(UiLanguage.English) + topic.NameFor(UiLanguage.Chinese));
        }

        Assert.True(problems.Count == 0, $"Characters missing from the card font ({Fix}):\n{string.Join('\n', problems)}");

        void Check(string what, string text)
        {
            if (CardFont.Embedded.Missing(text) is { Count: > 0 } missing)
            {
                problems.Add($"{what}: {string.Join(' ', missing)}");
            }
        }
    }

    [Fact]
    public void The_cards_own_words_and_the_ellipsis_are_in_the_font()
    {
        foreach (var strings in CardStrings.All)
        {
            Assert.Empty(CardFont.Embedded.Missing(strings.AllText));
        }

        Assert.Empty(CardFont.Embedded.Missing("…"));
    }

    [Fact]
    public void A_character_outside_the_subset_is_reported_missing()
    {
        // The test above must be able to fail: a rare character no quote uses is not in the font.
        Assert.Equal(["龘"], CardFont.Embedded.Missing("金句龘"));
    }

    [Fact]
    public void The_font_ships_with_its_licence_and_stays_small()
    {
        var fonts = System.IO.Path.Combine(RepositoryRoot.Path, "src", "QuoteBot.Cards", "Fonts");
        var licence = File.ReadAllText(System.IO.Path.Combine(fonts, "OFL.txt"));
        Assert.Contains("SIL OPEN FONT LICENSE Version 1.1", licence, StringComparison.Ordinal);
        var font = CardFont.ReadEmbedded();
        Assert.Equal(File.ReadAllBytes(System.IO.Path.Combine(fonts, "CardFont.otf")), font);
        Assert.InRange(font.Length, 1, 600_000);
    }
}
