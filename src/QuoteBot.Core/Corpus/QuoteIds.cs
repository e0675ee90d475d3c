using System.Globalization;

namespace QuoteBot.Core.Corpus;

/// <summary>
/// The shape of a quote id: the source's prefix and the quote's number, at least two digits and never more than the
/// number needs (q07, q99, q100), so an id does not change when a re-import passes 100 quotes, and the id stored is the
/// one <see cref="QuoteLibrary.Find(string?)"/> reads back from its number.
/// </summary>
public static class QuoteIds
{
    public static string Format(string prefix, int number) =>
        prefix + number.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>True for exactly <see cref="Format"/>'s output: "q07" and "q100", not "q7" or "q007".</summary>
    public static bool IsCanonical(string id, string prefix) =>
        TryGetNumber(id, prefix, StringComparison.Ordinal, out var number)
        && number > 0
        && string.Equals(id, Format(prefix, number), StringComparison.Ordinal);

    /// <summary>The number after <paramref name="prefix"/> in <paramref name="id"/> ("q07" → 7), false when it has none.</summary>
    public static bool TryGetNumber(string id, string prefix, StringComparison prefixComparison, out int number)
    {
        number = 0;
        return id.Length > prefix.Length
            && id.StartsWith(prefix, prefixComparison)
            && int.TryParse(id.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }
}
