using System.Globalization;

namespace QuoteBot.Cards.Rendering;

/// <summary>
/// A one-line text (speaker, talk, topics) fitted to its width: set smaller, down to 70 %, and beyond that cut with an
/// ellipsis, so a long line never runs into the margin or the text beside it.
/// </summary>
internal static class SingleLine
{
    private const float SmallestScale = 0.7f;
    private const string Ellipsis = "…";

    public static (ShapedAtom Shaped, float Size) Fit(CardFont font, string text, float size, float maxWidth)
    {
        var shaped = ShapedAtom.Shape(font, text);
        var width = Width(font, shaped, size);
        if (width <= maxWidth)
        {
            return (shaped, size);
        }

        var smaller = Math.Max(size * SmallestScale, size * maxWidth / width);
        if (Width(font, shaped, smaller) <= maxWidth + 0.5f)
        {
            return (shaped, smaller);
        }

        // The longest start of the text (whole characters) that fits with the ellipsis after it.
        var elements = StringInfo.ParseCombiningCharacters(text);
        var (low, high) = (0, elements.Length - 1);
        var best = ShapedAtom.Shape(font, Ellipsis);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var candidate = ShapedAtom.Shape(font, text[..elements[middle]].TrimEnd(' ', '·', ',', '，', '、') + Ellipsis);
            if (Width(font, candidate, smaller) <= maxWidth)
            {
                best = candidate;
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (best, smaller);
    }

    public static float Width(CardFont font, ShapedAtom shaped, float size) => shaped.Advance * size / font.UnitsPerEm;
}
