namespace QuoteBot.Cards;

/// <summary>The card's colours.</summary>
public enum CardTheme
{
    Light,
    Dark,
}
