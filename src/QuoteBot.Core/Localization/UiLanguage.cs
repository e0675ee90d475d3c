namespace QuoteBot.Core.Localization;

/// <summary>The language of the bot's own words.</summary>
public enum UiLanguage
{
    English,
    Chinese,
}

/// <summary>Maps a platform locale (Telegram <c>language_code</c>, Discord <c>locale</c>) to a UI language.</summary>
public static class UiLanguages
{
    /// <summary><c>zh</c>, <c>zh-CN</c>, <c>zh-TW</c>… are Chinese; any other tag is English; none takes the fallback.</summary>
    public static UiLanguage FromLocale(string? locale, UiLanguage fallback)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return fallback;
        }

        var tag = locale.Trim();
        return tag.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? UiLanguage.Chinese : UiLanguage.English;
    }

    public static bool TryParse(string? value, out UiLanguage language)
    {
        switch (value?.Trim().ToLowerInvariant())
        {
            case "en" or "english":
                language = UiLanguage.English;
                return true;
            case "zh" or "chinese" or "zh-cn" or "中文":
                language = UiLanguage.Chinese;
                return true;
            default:
                language = UiLanguage.English;
                return false;
        }
    }
}
