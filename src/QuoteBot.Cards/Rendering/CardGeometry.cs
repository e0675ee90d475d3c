namespace QuoteBot.Cards.Rendering;

/// <summary>Where each part of a card goes, in pixels, for a card's size: everything is measured from the margins.</summary>
internal sealed record CardGeometry(float Width, float Height)
{
    public const float Margin = 96;
    public const float LabelSize = 28;
    public const float SpeakerSize = 40;
    public const float EventSize = 30;
    public const float FooterSize = 28;

    public static CardGeometry For(CardStyle style) => new(CardStyle.Width, style.Height);

    /// <summary>The width text may fill between the side margins.</summary>
    public float TextWidth => Width - 2 * Margin;

    public static float LabelBaseline => Margin + LabelSize * 0.4f;

    // From the bottom up: topics and id, the rule, the talk and its date, the speaker.
    public float FooterBaseline => Height - Margin + 8;

    public float RuleY => FooterBaseline - FooterSize - 28;

    public float EventBaseline => RuleY - 40;

    public float SpeakerBaseline => EventBaseline - EventSize - 24;

    /// <summary>The box the quote is fitted into and centred in vertically.</summary>
    public static float QuoteTop => Margin + 6 + 72;

    public float QuoteBottom => SpeakerBaseline - SpeakerSize - 72;

    public float QuoteHeight => QuoteBottom - QuoteTop;
}
