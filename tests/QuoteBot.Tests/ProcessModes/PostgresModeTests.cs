using QuoteBot.Fakes.Telegram;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>PostgreSQL storage (docs/STORAGE.md), as several instances would share it: a schema of its own per run.</summary>
[Trait("Category", BotProcess.Category)]
public sealed class PostgresModeTests
{
    [PostgresFact]
    public async Task On_postgres_the_bot_answers_topic_energy_shows_ready_and_exits_0_on_sigterm()
    {
        await using var schema = await PostgresSchema.CreateAsync();
        await using var api = await FakeBotApi.StartAsync(TimeProvider.System);
        using var data = TempDirectory.Create("quotebot-matrix");
        await using var bot = RunningBot.Start(ProcessEnvironment.Base(data).Telegram(api).With(new()
        {
            ["Bot__Storage__Provider"] = "postgres",
            ["Bot__Storage__ConnectionString"] = schema.ConnectionString,
        }));

        Assert.Contains("\"telegram\":{\"ready\":true", await bot.ReadyAsync(), StringComparison.Ordinal);
        // The schema names the store in the log line; the provider's name may be redacted, being the test password too.
        var log = await bot.StderrContainsAsync(schema.Name);
        Assert.Contains(log.Split('\n'), l => l.Contains("Storage ready:", StringComparison.Ordinal) && l.Contains(schema.Name, StringComparison.Ordinal));
        api.Enqueue(Updates.Message("/topic energy", chat: 6001));
        Assert.Contains("Energy", (await api.WaitForSendAsync(c => c.ChatId == 6001)).Text, StringComparison.Ordinal);
        Assert.Equal(0, await bot.StopAsync());
    }
}
