using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.State;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Tests.Support;
using QuoteBot.Testing;

namespace QuoteBot.Digest.Tests.Engine;

/// <summary>Many targets at once: chats that are gone or moved are handled while the rest are delivered; nothing holds up the others.</summary>
public sealed class FanOutTests : IDisposable
{
    private static readonly DateTimeOffset Slot = new(2026, 5, 4, 8, 0, 0, TimeSpan.Zero);
    private readonly TempDirectory _data = new("quotebot-digest");

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task A_blocked_chat_a_migrated_group_and_a_channel_without_permission_do_not_stop_the_rest()
    {
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromMinutes(1));
        var telegram = new FakePlatform("telegram", clock)
        {
            Behave = (d, _) => Task.FromResult<DigestSendResult?>(d.ChatId switch
            {
                "-blocked" => new DigestSendResult.TargetGone("403: Forbidden: bot was blocked by the user"),
                "-group" => new DigestSendResult.Migrated("-100super"),
                _ => null,
            }),
        };
        var discord = new FakePlatform("discord", clock, dedupesByNonce: true)
        {
            Behave = (d, _) => Task.FromResult<DigestSendResult?>(d.ChatId == "no-perm" ? new DigestSendResult.TargetGone("50013: Missing Permissions") : null),
        };
        var targets = new List<(string, string, string, string)>
        {
            ("telegram", "-blocked", "08:00", "UTC"),
            ("telegram", "-group", "08:00", "UTC"),
            ("discord", "no-perm", "08:00", "UTC"),
        };
        targets.AddRange(Enumerable.Range(0, 10).Select(i => (i % 2 == 0 ? "telegram" : "discord", $"ok-{i}", "08:00", "UTC")));
        await using var bot = new DigestHarness(clock, DigestHarness.OnSqlite(DigestHarness.Targets([.. targets]), _data.Path), telegram, discord);

        await bot.RunUntilAsync(Slot + TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        for (var i = 0; i < 10; i++)
        {
            var platform = i % 2 == 0 ? telegram : discord;
            Assert.Equal(2, platform.PostsTo($"ok-{i}").Count);
        }

        // The migrated group is posted in its new chat, once a day, and the registry remembers the move.
        Assert.Equal(2, telegram.PostsTo("-100super").Count);
        Assert.Equal(ChatStatus.Migrated, (await bot.Chats.FindAsync("telegram", "-group"))!.Status);

        // The gone chats are tried once, marked blocked, and not tried the next day.
        Assert.Single(telegram.Calls, c => c.ChatId == "-blocked");
        Assert.Single(discord.Calls, c => c.ChatId == "no-perm");
        Assert.Equal(ChatStatus.Blocked, (await bot.Chats.FindAsync("telegram", "-blocked"))!.Status);
        Assert.Equal("50013: Missing Permissions", (await bot.Chats.FindAsync("discord", "no-perm"))!.Reason);
        var status = await bot.Admin.StatusAsync("discord", "no-perm");
        Assert.False(status.Enabled);
        Assert.Equal("50013: Missing Permissions", status.DisabledReason);
        Assert.Equal(2, bot.LogsWithId(4606).Count);
        Assert.Single(bot.LogsWithId(4607));
    }

    [Fact]
    public async Task A_stored_target_follows_its_chat_when_it_migrates()
    {
        var clock = new FakeTimeProvider(Slot - TimeSpan.FromHours(2));
        var telegram = new FakePlatform("telegram", clock)
        {
            Behave = (d, _) => Task.FromResult<DigestSendResult?>(d.ChatId == "-42" ? new DigestSendResult.Migrated("-10042") : null),
        };
        await using var bot = new DigestHarness(clock, DigestHarness.OnSqlite([], _data.Path), telegram);
        await bot.Admin.SetAsync(new("telegram", "-42", "08:00", "UTC", "admin"));

        await bot.RunUntilAsync(Slot + TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        Assert.Equal(2, telegram.PostsTo("-10042").Count);
        Assert.Single(telegram.Calls, c => c.ChatId == "-42");
        Assert.Equal("-10042", (await bot.TargetStore.FindAsync("telegram:-42"))!.ChatId);
        Assert.Equal("-10042", (await bot.Admin.StatusAsync("telegram", "-10042")).ChatId);
    }

    [Fact]
    public async Task A_slow_chat_holds_up_only_itself()
    {
        var clock = new FakeTimeProvider(Slot);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var discord = new FakePlatform("discord", clock)
        {
            Behave = async (d, ct) =>
            {
                if (d.ChatId == "slow")
                {
                    await release.Task.WaitAsync(ct);
                }

                return null;
            },
        };
        var settings = DigestHarness.Targets([("discord", "slow", "08:00", "UTC"), .. Enumerable.Range(0, 20).Select(i => ("discord", $"c{i}", "08:00", "UTC"))]);
        settings["Bot:Digest:MaxConcurrency"] = "4";
        await using var bot = new DigestHarness(clock, settings, discord);

        await bot.Engine.RunOnceAsync(CancellationToken.None);
        await discord.WhenPosted(20);

        // A post is recorded just before its delivery finishes: let the last of the 20 settle.
        await WaitUntil.TrueAsync(() => bot.Engine.InFlight == 1, "only the slow chat still in flight");
        Assert.Empty(discord.PostsTo("slow"));
        release.SetResult();
        await bot.Engine.DrainAsync();
        Assert.Single(discord.PostsTo("slow"));
    }

    [Fact]
    public async Task A_sender_that_throws_is_retried_later_with_the_same_key_and_the_others_are_delivered()
    {
        var clock = new FakeTimeProvider(Slot);
        var failures = 0;
        var telegram = new FakePlatform("telegram", clock)
        {
            Behave = (d, _) => d.ChatId == "flaky" && Interlocked.Increment(ref failures) <= 2
                ? throw new HttpRequestException("502 Bad Gateway")
                : Task.FromResult<DigestSendResult?>(null),
        };
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "flaky", "08:00", "UTC"), ("telegram", "fine", "08:00", "UTC")), telegram);

        await bot.RunUntilAsync(Slot + TimeSpan.FromHours(1));

        Assert.Equal(Slot, Assert.Single(telegram.PostsTo("fine")).At);
        var post = Assert.Single(telegram.PostsTo("flaky"));
        // 30 s after the first failure, then 1 min after the second.
        Assert.Equal(Slot + TimeSpan.FromSeconds(90), post.At);
        Assert.Single(telegram.Calls.Where(c => c.ChatId == "flaky").Select(c => c.IdempotencyKey).Distinct());
        Assert.Equal(2, bot.LogsWithId(4610).Count);
        Assert.Empty(bot.LogsWithId(4605));
    }

    [Fact]
    public async Task Retry_later_is_honoured_and_a_target_still_failing_past_the_grace_is_given_up()
    {
        var clock = new FakeTimeProvider(Slot);
        var telegram = new FakePlatform("telegram", clock)
        {
            Behave = (d, _) => Task.FromResult<DigestSendResult?>(d.ChatId switch
            {
                "limited" when d.Attempt == 1 => new DigestSendResult.RetryLater(TimeSpan.FromSeconds(17)),
                "down" => new DigestSendResult.RetryLater(TimeSpan.FromMinutes(45)),
                _ => null,
            }),
        };
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "limited", "08:00", "UTC"), ("telegram", "down", "08:00", "UTC")), telegram);

        await bot.RunUntilAsync(Slot + TimeSpan.FromHours(8));

        Assert.Equal(Slot + TimeSpan.FromSeconds(17), Assert.Single(telegram.PostsTo("limited")).At);
        Assert.Empty(telegram.PostsTo("down"));
        Assert.Equal(DeliveryState.Failed, (await bot.Ledger.FindAsync("telegram:down", new DateOnly(2026, 5, 4)))!.State);
        Assert.Single(bot.LogsWithId(4609));
    }

    [Fact]
    public async Task A_platform_without_a_sender_is_reported_once_and_its_targets_wait()
    {
        var clock = new FakeTimeProvider(Slot);
        var telegram = new FakePlatform("telegram", clock);
        await using var bot = new DigestHarness(clock, DigestHarness.Targets(("telegram", "-1", "08:00", "UTC"), ("discord", "1", "08:00", "UTC"), ("discord", "2", "08:00", "UTC")), telegram);

        await bot.RunUntilAsync(Slot + TimeSpan.FromDays(1));

        Assert.Equal(2, telegram.Posts.Count);
        Assert.Single(bot.LogsWithId(4613));
        Assert.Null(await bot.Ledger.FindAsync("discord:1", new DateOnly(2026, 5, 4)));
    }
}
