using QuoteBot.Core.Localization;

namespace QuoteBot.Cards;

/// <summary>The card's own words, in the card's language. Every character here must be in the shipped font
/// (Fonts/card-characters.txt feeds the subset; FontCoverageTests checks).</summary>
public sealed record CardStrings(string Label, string SpeakerDash, string Separator)
{
    public static readonly CardStrings English = new("QUOTE", "— ", " · ");
    public static readonly CardStrings Chinese = new("金句", "—— ", " · ");

    public static CardStrings For(UiLanguage language) => language == UiLanguage.Chinese ? Chinese : English;

    public static IEnumerable<CardStrings> All => [English, Chinese];

    /// <summary>Everything these strings draw, for the coverage test.</summary>
    public string AllText => Label + SpeakerDash + Separator;
}
