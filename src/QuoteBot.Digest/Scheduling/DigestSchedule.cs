using System.Globalization;
using System.Text.RegularExpressions;
using Cronos;

namespace QuoteBot.Digest.Scheduling;

/// <summary>
/// When a target posts: a local time of day (<c>08:00</c>, every day) or a five-field cron expression
/// (<c>0 8 * * 1-5</c>), always read in the target's own time zone. At most one post per local date goes out,
/// so a cron expression that fires several times a day posts at its first time.
/// </summary>
/// <remarks>
/// Cronos does the daylight-saving arithmetic: a time skipped by a spring-forward runs once at the next valid
/// instant (02:30 becomes 03:00), and a time repeated by a fall-back runs once, at its first occurrence.
/// </remarks>
public sealed partial class DigestSchedule
{
    private readonly CronExpression _cron;

    private DigestSchedule(string text, CronExpression cron)
    {
        Text = text;
        _cron = cron;
    }

    /// <summary>The schedule as the admin or the configuration wrote it, normalised (<c>8:00</c> → <c>08:00</c>).</summary>
    public string Text { get; }

    /// <summary>Whether this is a daily time of day rather than a cron expression.</summary>
    public bool IsTimeOfDay => TimeOfDay().IsMatch(Text);

    /// <summary>Parses <c>HH:mm</c> or a five-field cron expression; <paramref name="error"/> says what is wrong otherwise.</summary>
    public static bool TryParse(string? text, out DigestSchedule schedule, out string error)
    {
        schedule = null!;
        var trimmed = text?.Trim() ?? string.Empty;
        var time = TimeOfDay().Match(trimmed);
        if (time.Success)
        {
            var hour = int.Parse(time.Groups["h"].ValueSpan, CultureInfo.InvariantCulture);
            var minute = int.Parse(time.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
            schedule = new DigestSchedule($"{hour:00}:{minute:00}", CronExpression.Parse($"{minute} {hour} * * *"));
            error = string.Empty;
            return true;
        }

        if (trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length == 5)
        {
            try
            {
                schedule = new DigestSchedule(trimmed, CronExpression.Parse(trimmed, CronFormat.Standard));
                error = string.Empty;
                return true;
            }
            catch (CronFormatException ex)
            {
                error = $"'{trimmed}' is not a valid cron expression: {ex.Message}";
                return false;
            }
        }

        error = $"'{trimmed}' is neither a time of day such as 08:00 nor a five-field cron expression such as '0 8 * * 1-5'";
        return false;
    }

    /// <summary>Parses a schedule known to be valid (stored or already validated); throws on anything else.</summary>
    public static DigestSchedule Parse(string text) =>
        TryParse(text, out var schedule, out var error) ? schedule : throw new FormatException(error);

    /// <summary>The first run strictly after <paramref name="instant"/>, or null if the expression never fires again.</summary>
    public DigestSlot? NextAfter(DateTimeOffset instant, TimeZoneInfo zone) =>
        Slot(_cron.GetNextOccurrence(instant, zone, inclusive: false), zone);

    /// <summary>The last run at or before <paramref name="instant"/>, looking back no further than <paramref name="window"/>.</summary>
    public DigestSlot? LatestAtOrBefore(DateTimeOffset instant, TimeZoneInfo zone, TimeSpan window)
    {
        var previous = _cron.GetPreviousOccurrence(instant, zone, inclusive: true);
        return previous is { } at && instant - at <= window ? Slot(at, zone) : null;
    }

    public override string ToString() => Text;

    private static DigestSlot? Slot(DateTimeOffset? at, TimeZoneInfo zone) =>
        at is { } instant ? new DigestSlot(DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime), instant) : null;

    [GeneratedRegex(@"^(?<h>[01]?\d|2[0-3]):(?<m>[0-5]\d)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeOfDay();
}
