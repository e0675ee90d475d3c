namespace QuoteBot.Digest;

/// <summary>The daily digest (section <c>Bot:Digest</c>).</summary>
public sealed partial class DigestOptions
{
    public const string Section = "Bot:Digest";

    /// <summary>Posts go out only when true; admins can still set targets while it is off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary><c>all</c>: the featured highlights first, then the other quotes (the <c>/today</c> quote); <c>highlights</c>: only featured ones.</summary>
    public string Pool { get; set; } = DigestPools.All;

    /// <summary>A slot missed by less than this (the bot was down) is posted at start; an older one is skipped and logged.</summary>
    public TimeSpan CatchUpGrace { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How long a claim on a delivery stays this instance's before another instance may retry it.</summary>
    public TimeSpan ClaimLease { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Sends in flight at once across all targets; the platforms pace them further.</summary>
    public int MaxConcurrency { get; set; } = 16;

    /// <summary>Names this instance in delivery claims; unique per running instance. Empty: the machine name.</summary>
    public string InstanceId { get; set; } = string.Empty;

    /// <summary>Targets fixed in the configuration.</summary>
    public List<DigestTargetOptions> Targets { get; set; } = [];

    /// <summary>The instance id in effect.</summary>
    public string EffectiveInstanceId => string.IsNullOrWhiteSpace(InstanceId) ? Environment.MachineName : InstanceId.Trim();
}

/// <summary>The quote pools of <see cref="DigestOptions.Pool"/>.</summary>
public static class DigestPools
{
    public const string All = "all";
    public const string Highlights = "highlights";
}

/// <summary>One entry of <c>Bot:Digest:Targets</c>.</summary>
public sealed class DigestTargetOptions
{
    /// <summary><c>discord</c> or <c>telegram</c>.</summary>
    public string Platform { get; set; } = string.Empty;

    /// <summary>Channel id (Discord) or chat id (Telegram).</summary>
    public string ChatId { get; set; } = string.Empty;

    /// <summary>Local time of day, <c>HH:mm</c>. Give this or <see cref="Cron"/>.</summary>
    public string? Time { get; set; }

    /// <summary>A five-field cron expression read in <see cref="TimeZone"/>. Give this or <see cref="Time"/>.</summary>
    public string? Cron { get; set; }

    /// <summary>IANA time zone id.</summary>
    public string TimeZone { get; set; } = "UTC";

    public bool Enabled { get; set; } = true;

    public bool Pin { get; set; }

    /// <summary>Post the quote of the day as its card, the quote's words as the caption or embed text.</summary>
    public bool Card { get; set; }

    public string? ThreadId { get; set; }

    /// <summary><c>en</c> or <c>zh</c>; empty takes <c>Bot:DefaultLanguage</c>.</summary>
    public string? Language { get; set; }

    /// <summary>The schedule as one string: <see cref="Time"/> if given, else <see cref="Cron"/>.</summary>
    public string ScheduleText => string.IsNullOrWhiteSpace(Time) ? Cron ?? string.Empty : Time;
}
