using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using QuoteBot.Core.State;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Sending;

public sealed class FailureTests : IAsyncLifetime
{
    private TelegramBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await TelegramBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Rate_limited_send_waits_retry_after_then_sends_exactly_once_more()
    {
        _bot.Api.FailNext("sendMessage", 429, "Too Many Requests: retry after 5", new JsonObject { ["retry_after"] = 5 });
        _bot.Api.Enqueue(Updates.Message("/quote q03"));
        var first = await _bot.Api.WaitForSendAsync();

        // The resend waits on the clock for the 5 seconds Telegram asked for: 4 of them release nothing.
        await WaitUntil.TrueAsync(() => _bot.Clock.IsWaitingFor(first.At + TimeSpan.FromSeconds(5)), "the resend waiting for retry_after");
        _bot.Time.Advance(TimeSpan.FromSeconds(4));
        Assert.Single(_bot.Api.Sent);

        await _bot.Time.AdvanceUntilAsync(() => _bot.Api.Sent.Count == 2);
        var second = _bot.Api.Sent[1];
        Assert.True(second.At - first.At >= TimeSpan.FromSeconds(5));
        Assert.Equal(first.Text, second.Text);
        await _bot.SettledAsync();
        Assert.Equal(2, _bot.Api.Sent.Count);
    }

    [Fact]
    public async Task A_chat_that_blocked_the_bot_is_recorded_and_not_sent_to_again()
    {
        _bot.Api.FailNext("sendMessage", 403, "Forbidden: bot was blocked by the user");
        _bot.Api.Enqueue(Updates.Message("/quote", Updates.PrivateChat));
        await _bot.Api.WaitForSendAsync();
        await WaitForStatusAsync(Updates.PrivateChat.ToString(System.Globalization.CultureInfo.InvariantCulture), ChatStatus.Blocked);

        var digest = await _bot.Get<TelegramSender>().SendAsync(Updates.PrivateChat, new TelegramMessage("hello", null));
        Assert.Equal(TelegramSendStatus.ChatGone, digest.Status);
        _bot.Api.Enqueue(Updates.Message("/help", 4040));
        await _bot.Api.WaitForSendAsync(c => c.ChatId == 4040);
        await _bot.SettledAsync();
        Assert.Single(_bot.Api.Sent, c => c.ChatId == Updates.PrivateChat);
    }

    [Fact]
    public async Task A_chat_recorded_as_gone_that_writes_to_the_bot_again_is_answered()
    {
        var chat = Updates.PrivateChat.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await _bot.Get<IChatRegistry>().MarkBlockedAsync("telegram", chat, "403: Forbidden: bot was blocked by the user");

        _bot.Api.Enqueue(Updates.Message("/quote q03", Updates.PrivateChat));

        var answer = await _bot.Api.WaitForSendAsync(c => c.ChatId == Updates.PrivateChat);
        Assert.Contains("q03", answer.Text, StringComparison.Ordinal);
        var digest = await _bot.Get<TelegramSender>().SendAsync(Updates.PrivateChat, new TelegramMessage("digest", null));
        Assert.Equal(TelegramSendStatus.ChatGone, digest.Status);
    }

    [Fact]
    public async Task A_group_upgraded_to_a_supergroup_moves_and_the_message_is_resent_there()
    {
        _bot.Api.FailNext("sendMessage", 400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = Updates.Supergroup });
        _bot.Api.Enqueue(Updates.Message("/quote q05", Updates.Group));
        var resent = await _bot.Api.WaitForSendAsync(c => c.ChatId == Updates.Supergroup);
        Assert.Contains("q05", resent.Text, StringComparison.Ordinal);

        var record = await _bot.Get<IChatRegistry>().FindAsync("telegram", Updates.Group.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ChatStatus.Migrated, record!.Status);
        Assert.Equal(Updates.Supergroup.ToString(System.Globalization.CultureInfo.InvariantCulture), record.MigratedTo);

        // Later sends to the old id go to the new one straight away.
        var later = await _bot.Get<TelegramSender>().SendAsync(Updates.Group, new TelegramMessage("digest", null));
        Assert.Equal(Updates.Supergroup, later.ChatId);
        Assert.Equal(2, _bot.Api.Sent.Count(c => c.ChatId == Updates.Supergroup));
    }

    [Fact]
    public async Task Server_errors_and_dropped_connections_back_off_and_resume()
    {
        _bot.Api.FailNext("sendMessage", 502, "Bad Gateway");
        _bot.Api.Fault((call, context) =>
        {
            if (call.Method != "sendMessage")
            {
                return Task.FromResult(false);
            }

            context.Abort();
            return Task.FromResult(true);
        });
        _bot.Api.Enqueue(Updates.Message("/quote q02"));
        await _bot.Api.WaitForSendAsync();
        await _bot.Time.AdvanceUntilAsync(() => _bot.Api.Sent.Count == 3);
        await _bot.SettledAsync();
        Assert.Equal(3, _bot.Api.Sent.Count);
        Assert.All(_bot.Api.Sent, s => Assert.Contains("q02", s.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Being_removed_from_a_group_is_recorded_and_being_added_back_undoes_it()
    {
        var chat = Updates.Supergroup.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _bot.Api.Enqueue(Updates.MyChatMember(Updates.Supergroup, "member", "kicked"));
        await WaitForStatusAsync(chat, ChatStatus.Blocked);
        _bot.Api.Enqueue(Updates.MyChatMember(Updates.Supergroup, "left", "member"));
        await WaitForStatusAsync(chat, ChatStatus.Active);
    }

    private Task WaitForStatusAsync(string chat, ChatStatus status)
    {
        var registry = _bot.Get<IChatRegistry>();
        return WaitUntil.TrueAsync(async () => (await registry.FindAsync("telegram", chat))?.Status == status, $"chat {chat} {status}");
    }
}
