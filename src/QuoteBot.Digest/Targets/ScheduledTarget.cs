using QuoteBot.Digest.Scheduling;

namespace QuoteBot.Digest.Targets;

/// <summary>An enabled target ready to run: its schedule and zone parsed, and the chat it posts to after any migration.</summary>
internal sealed record ScheduledTarget(DigestTarget Target, string ChatId, DigestSchedule Schedule, TimeZoneInfo Zone)
{
    public string Id => Target.Id;
}
