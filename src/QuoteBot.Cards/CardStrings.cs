using QuoteBot.Core.Localization;

namespace QuoteBot.Cards;

/// <summary>The card's own words, in the card's language. Every character here must be in the shipped font
/// (Fonts/card-characters.txt feeds the subset; FontCoverageTests checks).</summary>
/// <param name="Label">The word at the top of the card.</param>
/// <param name="DashEms">The dash before the speaker, in ems of the speaker's size: one in English, two in Chinese
/// (——). Drawn as a rule: the font's dashes have side bearings, so two of them do not join.</param>
/// <param name="Separator">Between the event and the date, and between topics.</param>
public sealed record CardStrings(string Label, int DashEms, string Separator)
{
    public static readonly CardStrings English = new("QUOTE", 1, " · ");
    public static readonly CardStrings Chinese = new("金句", 2, " · ");

    public static CardStrings For(UiLanguage language) => language == UiLanguage.Chinese ? Chinese : English;

    public static IEnumerable<CardStrings> All => [English, Chinese];

    /// <summary>Everything these strings draw, for the coverage test.</summary>
    public string AllText => Label + Separator;
}
