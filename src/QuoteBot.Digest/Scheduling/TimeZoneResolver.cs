using QuoteBot.Core.Text;

namespace QuoteBot.Digest.Scheduling;

/// <summary>
/// Turns what an admin or the configuration wrote into a time zone, by IANA id (<c>Asia/Shanghai</c>, <c>UTC</c>),
/// in any letter case; on a typo it offers the closest ids (<c>Asia/Shangai</c> → <c>Asia/Shanghai</c>).
/// </summary>
public static class TimeZoneResolver
{
    private static readonly Lazy<string[]> Ids = new(LoadIds);

    /// <summary>Every zone id the machine knows, IANA where it has one.</summary>
    public static IReadOnlyList<string> KnownIds => Ids.Value;

    /// <summary>Finds the zone; <paramref name="id"/> is its canonical spelling, for storing and showing.</summary>
    public static bool TryResolve(string? text, out TimeZoneInfo zone, out string id)
    {
        zone = null!;
        id = string.Empty;
        var trimmed = text?.Trim() ?? string.Empty;
        if (trimmed.Length == 0)
        {
            return false;
        }

        var known = Array.Find(Ids.Value, k => string.Equals(k, trimmed, StringComparison.OrdinalIgnoreCase));
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(known ?? trimmed, out var found))
        {
            return false;
        }

        zone = found;
        id = known ?? (found.HasIanaId ? found.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(found.Id, out var iana) ? iana : found.Id);
        return true;
    }

    /// <summary>Up to <paramref name="count"/> known ids close to <paramref name="text"/>, the closest first.</summary>
    public static IReadOnlyList<string> Suggest(string? text, int count = 3)
    {
        var wanted = Normalize(text);
        if (wanted.Length == 0)
        {
            return ["UTC", "Asia/Shanghai", "America/New_York"];
        }

        var max = Math.Max(2, wanted.Length / 3);
        return [.. Ids.Value
            .Select(id => (Id: id, Distance: Distance(wanted, id, max)))
            .Where(c => c.Distance <= max)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Id)];
    }

    /// <summary>"'Asia/Shangai' is not a time zone; did you mean Asia/Shanghai?" — one line for logs, errors and chat replies.</summary>
    public static string Describe(string? text)
    {
        var suggestions = Suggest(text);
        var head = $"'{text}' is not a known time zone";
        return suggestions.Count == 0
            ? $"{head}; use an IANA id such as 'UTC', 'Asia/Shanghai' or 'America/New_York'"
            : $"{head}; did you mean {string.Join(", ", suggestions)}?";
    }

    /// <summary>A typo may be in the whole id or in its city alone ("shangai" → Asia/Shanghai).</summary>
    private static int Distance(string wanted, string id, int max)
    {
        var full = Normalize(id);
        var slash = full.LastIndexOf('/');
        var city = slash < 0 ? full : full[(slash + 1)..];
        return Math.Min(EditDistance.Compute(wanted, full, max), EditDistance.Compute(wanted, city, max));
    }

    private static string Normalize(string? text) => (text ?? string.Empty).Trim().Replace(' ', '_').ToLowerInvariant();

    private static string[] LoadIds()
    {
        var ids = TimeZoneInfo.GetSystemTimeZones()
            .Select(z => z.HasIanaId ? z.Id : TimeZoneInfo.TryConvertWindowsIdToIanaId(z.Id, out var iana) ? iana : z.Id)
            .Append("UTC")
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Order(StringComparer.Ordinal)
            .ToArray();
        return ids;
    }
}
