using Microsoft.Extensions.Time.Testing;
using QuoteBot.Digest.Tests.Support;
using QuoteBot.Testing;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>The host stops in the middle of a fan-out and starts again: every target ends with one post for the day.</summary>
public sealed class RestartTests : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new("quotebot-restart");

    public void Dispose() => _data.Dispose();

    public static TheoryData<string, string, int> Crashes => new()
    {
        // Discord accepted the message but the answer was lost; the retry carries the same nonce and is dropped.
        { "discord-after-post", "host-a", 0 },
        // The same, with the host replaced by another instance: it waits for the old claim's lease, then retries.
        { "discord-after-post", "host-b", 11 },
        // Telegram: the claim was made but the message never left.
        { "telegram-before-send", "host-a", 0 },
    };

    [Theory]
    [MemberData(nameof(Crashes))]
    public async Task Every_target_has_exactly_one_post_for_the_day(string crash, string restartedAs, int minutesLater)
    {
        var clock = new FakeTimeProvider(Slot);
        var discord = new FakePlatform("discord", clock, dedupesByNonce: true);
        var telegram = new FakePlatform("telegram", clock);
        var chats = Enumerable.Range(0, 6).SelectMany(i => new[] { ("discord", $"d{i}"), ("telegram", $"t{i}") }).ToArray();
        var settings = DigestHarness.OnSqlite(DigestHarness.Targets([.. chats.Select(c => (c.Item1, c.Item2, "08:00", "UTC"))]), _data.Path);
        settings["Bot:Digest:MaxConcurrency"] = "1";

        await using (var first = new DigestHarness(clock, settings, discord, telegram))
        {
            var calls = 0;
            if (crash == "discord-after-post")
            {
                discord.AfterPost = (_, ct) => CrashOnThird(first, ref calls, ct);
            }
            else
            {
                telegram.Behave = async (_, ct) =>
                {
                    await CrashOnThird(first, ref calls, ct);
                    return null;
                };
            }

            await first.RunOnceAsync();
        }

        Assert.InRange(discord.Posts.Count + telegram.Posts.Count, 2, chats.Length - 1);
        discord.AfterPost = null;
        telegram.Behave = null;
        clock.Advance(TimeSpan.FromMinutes(2));
        settings["Bot:Digest:InstanceId"] = restartedAs;
        await using var second = new DigestHarness(clock, settings, discord, telegram);
        await second.RunOnceAsync();
        clock.Advance(TimeSpan.FromMinutes(minutesLater));
        await second.RunUntilAsync(Slot + TimeSpan.FromHours(1));

        foreach (var (platform, chat) in chats)
        {
            var posts = (platform == "discord" ? discord : telegram).PostsTo(chat);
            Assert.True(posts.Count == 1, $"{platform} {chat}: {posts.Count} posts");
        }

        var resumed = Assert.Single(second.LogsWithId(4605));
        Assert.Contains("same idempotency key", resumed.Message, StringComparison.Ordinal);
        Assert.Contains(crash.StartsWith("discord", StringComparison.Ordinal) ? "discord:" : "telegram:", resumed.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_telegram_at_most_the_one_message_in_flight_repeats_and_the_log_says_so()
    {
        var clock = new FakeTimeProvider(Slot);
        var telegram = new FakePlatform("telegram", clock);
        var settings = DigestHarness.OnSqlite(DigestHarness.Targets([.. Enumerable.Range(0, 5).Select(i => ("telegram", $"t{i}", "08:00", "UTC"))]), _data.Path);
        settings["Bot:Digest:MaxConcurrency"] = "1";

        await using (var first = new DigestHarness(clock, settings, telegram))
        {
            var calls = 0;
            telegram.AfterPost = (_, ct) => CrashOnThird(first, ref calls, ct);
            await first.RunOnceAsync();
        }

        telegram.AfterPost = null;
        await using var second = new DigestHarness(clock, settings, telegram);
        await second.RunUntilAsync(Slot + TimeSpan.FromHours(1));

        var counts = Enumerable.Range(0, 5).Select(i => telegram.PostsTo($"t{i}").Count).ToArray();
        Assert.Equal(1, counts.Count(c => c == 2));
        Assert.Equal(4, counts.Count(c => c == 1));
        Assert.Contains("at most this one message can appear twice", Assert.Single(second.LogsWithId(4605)).Message, StringComparison.Ordinal);
    }

    /// <summary>The third call ends the instance as a crash would: the answer never reaches the engine.</summary>
    private static Task CrashOnThird(DigestHarness instance, ref int calls, CancellationToken cancellationToken)
    {
        if (Interlocked.Increment(ref calls) == 3)
        {
            instance.Crash();
            cancellationToken.ThrowIfCancellationRequested();
        }

        return Task.CompletedTask;
    }
}
