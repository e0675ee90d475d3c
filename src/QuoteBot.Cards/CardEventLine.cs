using System.Globalization;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Cards;

/// <summary>
/// The line under the speaker: the talk and its date, in the card's language. A Chinese card writes the date as Chinese
/// readers write it (2024年5月1日), not in ISO form; an English card keeps 2024-05-01, which no reader misreads.
/// </summary>
public static class CardEventLine
{
    /// <summary>"Harvard Business School · 2024-05-01" or "哈佛商学院 · 2024年5月1日": the attribution without the
    /// speaker, who has a line of his own.</summary>
    public static string For(QuoteCard card, UiLanguage language)
    {
        // The attribution as QuoteCards writes it in every language: speaker · event · date.
        var prefix = card.Speaker + " · ";
        var line = card.Attribution.StartsWith(prefix, StringComparison.Ordinal) ? card.Attribution[prefix.Length..] : card.Attribution;
        if (language != UiLanguage.Chinese || card.EventDate is not { } date)
        {
            return line;
        }

        var iso = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var chinese = string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");
        return line.EndsWith(iso, StringComparison.Ordinal) ? line[..^iso.Length] + chinese : line;
    }
}
