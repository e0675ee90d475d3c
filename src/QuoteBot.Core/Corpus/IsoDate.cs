using System.Globalization;

namespace QuoteBot.Core.Corpus;

/// <summary>The corpus's dates: ISO 8601 calendar days, yyyy-MM-dd.</summary>
public static class IsoDate
{
    public static DateOnly? Parse(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static bool IsValid(string? value) => Parse(value) is not null;
}
