using QuoteBot.Core.Localization;

namespace QuoteBot.Cards.Tests;

/// <summary>The layout cases, each against a committed PNG (Golden/): look at a changed one before accepting it.</summary>
public class GoldenImageTests
{
    private static readonly CardRenderer Renderer = new();

    [Theory]
    [InlineData("short-q06-light-portrait-en", "q06", CardTheme.Light, CardSize.Portrait, UiLanguage.English)]
    [InlineData("long-q05-light-portrait-zh", "q05", CardTheme.Light, CardSize.Portrait, UiLanguage.Chinese)]
    [InlineData("mixed-latin-q03-light-portrait-en", "q03", CardTheme.Light, CardSize.Portrait, UiLanguage.English)]
    [InlineData("punctuation-edge-q05-dark-square-zh", "q05", CardTheme.Dark, CardSize.Square, UiLanguage.Chinese)]
    [InlineData("q14-light-portrait-en", "q14", CardTheme.Light, CardSize.Portrait, UiLanguage.English)]
    [InlineData("q14-dark-portrait-en", "q14", CardTheme.Dark, CardSize.Portrait, UiLanguage.English)]
    [InlineData("q14-light-square-zh", "q14", CardTheme.Light, CardSize.Square, UiLanguage.Chinese)]
    public void Card_matches_its_golden_image(string name, string id, CardTheme theme, CardSize size, UiLanguage language)
    {
        var style = new CardStyle(theme, size, language);
        GoldenImage.AssertMatches(name, Renderer.Render(Corpus.Card(id, language), style));
    }
}
