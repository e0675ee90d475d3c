using QuoteBot.Core.Localization;

namespace QuoteBot.Cards;

/// <summary>How a card is drawn: theme, shape and the language of its own words. With the quote, what <see cref="CardKey"/> names.</summary>
public readonly record struct CardStyle(CardTheme Theme = CardTheme.Light, CardSize Size = CardSize.Portrait, UiLanguage Language = UiLanguage.English)
{
    public static int Width => 1080;

    public int Height => Size == CardSize.Portrait ? 1350 : 1080;

    /// <summary>How the command line and settings write the themes and sizes (the first of each pair is canonical).</summary>
    public const string Themes = "light, dark";

    public const string Sizes = "4:5, 1:1";

    /// <summary>"light" or "dark", as the command line and settings write it.</summary>
    public static bool TryParseTheme(string? text, out CardTheme theme)
    {
        theme = text?.Trim().ToLowerInvariant() switch
        {
            "light" => CardTheme.Light,
            "dark" => CardTheme.Dark,
            _ => (CardTheme)(-1),
        };
        return Enum.IsDefined(theme);
    }

    /// <summary>"4:5" (or "portrait") and "1:1" (or "square").</summary>
    public static bool TryParseSize(string? text, out CardSize size)
    {
        size = text?.Trim().ToLowerInvariant() switch
        {
            "4:5" or "portrait" => CardSize.Portrait,
            "1:1" or "square" => CardSize.Square,
            _ => (CardSize)(-1),
        };
        return Enum.IsDefined(size);
    }
}
