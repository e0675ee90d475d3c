using System.Globalization;

namespace QuoteBot.Cards;

/// <summary>
/// A card would show characters its font has no glyph for: drawn, they would be empty boxes (tofu). Raised instead,
/// so the caller falls back to text; the shipped font is regenerated with scripts/subset-card-font.sh.
/// </summary>
public sealed class MissingGlyphException : Exception
{
    public MissingGlyphException()
        : this(string.Empty, [])
    {
    }

    public MissingGlyphException(string message)
        : base(message)
    {
        Characters = [];
        QuoteId = string.Empty;
    }

    public MissingGlyphException(string message, Exception innerException)
        : base(message, innerException)
    {
        Characters = [];
        QuoteId = string.Empty;
    }

    public MissingGlyphException(string quoteId, IReadOnlyList<string> characters)
        : base(Describe(quoteId, characters))
    {
        QuoteId = quoteId;
        Characters = characters;
    }

    /// <summary>The quote whose card could not be drawn.</summary>
    public string QuoteId { get; }

    /// <summary>The characters missing from the font, each once, in the order they appear.</summary>
    public IReadOnlyList<string> Characters { get; }

    private static string Describe(string quoteId, IReadOnlyList<string> characters) =>
        $"The card font has no glyph for {string.Join(", ", characters.Select(c => string.Create(CultureInfo.InvariantCulture, $"“{c}” (U+{char.ConvertToUtf32(c, 0):X4})")))} on the card of {quoteId}; "
        + "regenerate the font with scripts/subset-card-font.sh.";
}
