using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards.Tests;

public class CardOptionsTests
{
    [Theory]
    [InlineData("light", "4:5", CardTheme.Light, CardSize.Portrait)]
    [InlineData("dark", "1:1", CardTheme.Dark, CardSize.Square)]
    [InlineData(" Dark ", "square", CardTheme.Dark, CardSize.Square)]
    public void Theme_and_size_are_read_as_the_command_line_reads_them(string theme, string size, CardTheme expectedTheme, CardSize expectedSize)
    {
        var options = new CardOptions { Theme = theme, Size = size };
        Assert.Empty(options.Validate(new ValidationContext(options)));
        Assert.Equal(new CardStyle(expectedTheme, expectedSize, UiLanguage.Chinese), options.StyleFor(UiLanguage.Chinese));
    }

    [Fact]
    public void A_bad_theme_or_size_names_the_key_and_the_allowed_values()
    {
        var options = new CardOptions { Theme = "sepia", Size = "16:9" };
        var errors = options.Validate(new ValidationContext(options)).Select(e => e.ErrorMessage).ToList();
        Assert.Equal(["Bot:Cards:Theme must be one of light, dark (was 'sepia').", "Bot:Cards:Size must be one of 4:5, 1:1 (was '16:9')."], errors);
    }

    [Fact]
    public void Card_images_draw_and_name_every_card_in_the_configured_style()
    {
        var drawn = new List<CardStyle>();
        var cache = new CardCache((card, style) =>
        {
            drawn.Add(style);
            return [1];
        });
        var images = new CardImages(cache, Options.Create(new CardOptions { Theme = "dark", Size = "1:1" }));
        var request = new CardRequest(Corpus.Card("q14", UiLanguage.Chinese), "caption", UiLanguage.Chinese);

        images.Render(request);
        Assert.Equal([new CardStyle(CardTheme.Dark, CardSize.Square, UiLanguage.Chinese)], drawn);
        Assert.StartsWith("q14.chinese.dark.square.", images.KeyOf(request), StringComparison.Ordinal);
        Assert.NotEqual(images.KeyOf(request), new CardImages(cache, Options.Create(new CardOptions())).KeyOf(request));
    }
}
