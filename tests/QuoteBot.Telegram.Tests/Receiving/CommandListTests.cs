using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Receiving;

public sealed class CommandListTests
{
    [Fact]
    public async Task The_six_command_lists_are_on_their_way_together_and_polling_starts_once_all_are_set()
    {
        var time = new TestClock(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        await using var api = await FakeBotApi.StartAsync(time);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.HoldCommandLists = release.Task;
        var starting = TelegramBotHarness.StartAsync(api: api, time: time);

        // None is answered until the test lets them go: one after the other, only the first would ever arrive.
        await WaitUntil.TrueAsync(() => api.CallsTo("setMyCommands").Count == 6, () => $"six setMyCommands at once, {api.CallsTo("setMyCommands").Count} arrived");
        Assert.Empty(api.CallsTo("getUpdates"));

        release.SetResult();
        await using var bot = await starting;
        await api.WaitForCallAsync(c => c.Method == "getUpdates");
        Assert.Equal(6, api.CallsTo("setMyCommands").Select(c => (c.Body["scope"]?["type"]?.GetValue<string>(), c.Body["language_code"]?.GetValue<string>())).Distinct().Count());
    }
}
