using System.ComponentModel.DataAnnotations;
using QuoteBot.Core.Localization;

namespace QuoteBot.Cards;

/// <summary>
/// <c>Bot:Cards</c>: how every card the bot sends looks, whatever the platform (platforms never pick a style), and
/// where the console writes them.
/// </summary>
public sealed class CardOptions : IValidatableObject
{
    public const string Section = "Bot:Cards";

    /// <summary><c>light</c> or <c>dark</c>.</summary>
    public string Theme { get; set; } = "light";

    /// <summary><c>4:5</c> (1080×1350) or <c>1:1</c> (1080×1080).</summary>
    public string Size { get; set; } = "4:5";

    /// <summary>Where the console writes <c>/card</c>'s PNG; empty: the working directory.</summary>
    public string? OutputDirectory { get; set; }

    /// <summary>The style of a card in <paramref name="language"/> (the options are valid: checked at start).</summary>
    public CardStyle StyleFor(UiLanguage language)
    {
        var theme = CardStyle.TryParseTheme(Theme, out var parsedTheme) ? parsedTheme : CardTheme.Light;
        var size = CardStyle.TryParseSize(Size, out var parsedSize) ? parsedSize : CardSize.Portrait;
        return new(theme, size, language);
    }

    /// <summary>Each bad value as one line naming the key and what it may be.</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!CardStyle.TryParseTheme(Theme, out _))
        {
            yield return new($"{Section}:Theme must be one of {CardStyle.Themes} (was '{Theme}').");
        }

        if (!CardStyle.TryParseSize(Size, out _))
        {
            yield return new($"{Section}:Size must be one of {CardStyle.Sizes} (was '{Size}').");
        }
    }
}
