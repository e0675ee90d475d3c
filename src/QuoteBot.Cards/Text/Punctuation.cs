namespace QuoteBot.Cards.Text;

/// <summary>The punctuation classes Chinese line breaking and spacing rules are written in.</summary>
public static class Punctuation
{
    /// <summary>Marks that may not start a line (closing brackets and quotes, pause and stop marks), CJK and Latin.</summary>
    public const string Closing = "。，、；：？！”’」』）》〉】〕…‥—～·,.;:!?)]}%";

    /// <summary>Marks that may not end a line: opening brackets and quotes.</summary>
    public const string Opening = "“‘「『（《〈【〔([{";

    // Full-width CJK marks whose glyph fills one half of its em box (Simplified Chinese forms), the other half blank.
    private const string ClosingHalf = "。，、；：？！”’」』）》〉】〕";
    private const string OpeningHalf = "“‘「『（《〈【〔";

    public static bool IsClosing(char c) => Closing.Contains(c, StringComparison.Ordinal);

    public static bool IsOpening(char c) => Opening.Contains(c, StringComparison.Ordinal);

    /// <summary>A full-width closing mark drawn in the left half of its box: its right half may be taken away.</summary>
    public static bool IsClosingHalf(char c) => ClosingHalf.Contains(c, StringComparison.Ordinal);

    /// <summary>A full-width opening mark drawn in the right half of its box: its left half may be taken away.</summary>
    public static bool IsOpeningHalf(char c) => OpeningHalf.Contains(c, StringComparison.Ordinal);

    /// <summary>Marks written doubled (…… and ——) whose two halves stay on one line.</summary>
    public static bool IsDoubled(char c) => c is '…' or '—';
}
