using QuoteBot.Digest.Scheduling;

namespace QuoteBot.Digest.Tests.Scheduling;

public sealed class DigestScheduleTests
{
    private static TimeZoneInfo Zone(string id) => TimeZoneInfo.FindSystemTimeZoneById(id);

    private static DateTimeOffset Utc(string text) => DateTimeOffset.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("08:00", "08:00", true)]
    [InlineData("8:05", "08:05", true)]
    [InlineData(" 23:59 ", "23:59", true)]
    [InlineData("0 8 * * 1-5", "0 8 * * 1-5", false)]
    public void Times_of_day_and_cron_expressions_parse(string text, string normalized, bool timeOfDay)
    {
        Assert.True(DigestSchedule.TryParse(text, out var schedule, out _));
        Assert.Equal((normalized, timeOfDay), (schedule.Text, schedule.IsTimeOfDay));
    }

    [Theory]
    [InlineData("24:00", "neither a time of day")]
    [InlineData("8h", "neither a time of day")]
    [InlineData("", "neither a time of day")]
    [InlineData("0 25 * * *", "is not a valid cron expression")]
    public void Anything_else_is_refused_with_the_reason(string text, string reason)
    {
        Assert.False(DigestSchedule.TryParse(text, out _, out var error));
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Eight_in_Shanghai_is_midnight_utc_every_day()
    {
        var schedule = DigestSchedule.Parse("08:00");
        var slot = schedule.NextAfter(Utc("2026-06-30T23:59:59Z"), Zone("Asia/Shanghai"));
        Assert.Equal(new DigestSlot(new DateOnly(2026, 7, 1), Utc("2026-07-01T00:00:00Z")), slot);
    }

    [Fact]
    public void A_time_skipped_by_spring_forward_runs_once_at_the_next_valid_instant()
    {
        // 2026-03-08 in New York: 02:00 EST jumps to 03:00 EDT, so 02:30 does not exist that night.
        var schedule = DigestSchedule.Parse("02:30");
        var ny = Zone("America/New_York");

        var slot = schedule.NextAfter(Utc("2026-03-08T05:00:00Z"), ny);

        Assert.Equal(new DigestSlot(new DateOnly(2026, 3, 8), Utc("2026-03-08T07:00:00Z")), slot);
        Assert.Equal(Utc("2026-03-09T06:30:00Z"), schedule.NextAfter(slot!.Value.DueAt, ny)!.Value.DueAt);
    }

    [Fact]
    public void A_time_repeated_by_fall_back_runs_once_at_its_first_occurrence()
    {
        // 2026-11-01 in New York: 02:00 EDT falls back to 01:00 EST, so 01:30 happens twice.
        var schedule = DigestSchedule.Parse("01:30");
        var ny = Zone("America/New_York");

        var first = schedule.NextAfter(Utc("2026-11-01T04:00:00Z"), ny)!.Value;
        var next = schedule.NextAfter(first.DueAt, ny)!.Value;

        Assert.Equal(new DigestSlot(new DateOnly(2026, 11, 1), Utc("2026-11-01T05:30:00Z")), first);
        Assert.Equal(new DigestSlot(new DateOnly(2026, 11, 2), Utc("2026-11-02T06:30:00Z")), next);
    }

    [Fact]
    public void The_latest_slot_is_found_within_the_window_only()
    {
        var schedule = DigestSchedule.Parse("08:00");
        var utc = TimeZoneInfo.Utc;

        Assert.Equal(Utc("2026-05-01T08:00:00Z"), schedule.LatestAtOrBefore(Utc("2026-05-01T08:00:00Z"), utc, TimeSpan.FromHours(1))!.Value.DueAt);
        Assert.Equal(Utc("2026-05-01T08:00:00Z"), schedule.LatestAtOrBefore(Utc("2026-05-01T13:00:00Z"), utc, TimeSpan.FromHours(6))!.Value.DueAt);
        Assert.Null(schedule.LatestAtOrBefore(Utc("2026-05-01T15:00:00Z"), utc, TimeSpan.FromHours(6)));
    }

    [Fact]
    public void A_weekday_cron_skips_the_weekend()
    {
        var schedule = DigestSchedule.Parse("0 9 * * 1-5");
        // Friday 2026-05-01 09:00 UTC → Monday 2026-05-04.
        Assert.Equal(new DateOnly(2026, 5, 4), schedule.NextAfter(Utc("2026-05-01T09:00:00Z"), TimeZoneInfo.Utc)!.Value.LocalDate);
    }
}
