namespace QuoteBot.Cards;

/// <summary>The card's shape.</summary>
public enum CardSize
{
    /// <summary>4:5, 1080×1350: what phones show largest in a feed or chat.</summary>
    Portrait,
    /// <summary>1:1, 1080×1080.</summary>
    Square,
}
