using System.Text.Json.Nodes;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class RegistrationTests
{
    private const int Unchanged = 5001;
    private const int Overwritten = 5002;

    /// <summary>Registration reports what it did at Information: the tests wait for that, not for a pause.</summary>
    private static Dictionary<string, string?> InfoLogs => new() { ["Serilog:MinimumLevel:Default"] = "Information" };

    private static IReadOnlyList<RecordedRequest> Puts(FakeDiscord fake) =>
        [.. fake.Requests.Where(r => r.Method == "PUT" && r.Path.EndsWith("/commands", StringComparison.Ordinal))];

    /// <summary>What Discord would answer to GET after the PUT: the same commands with ids and versions.</summary>
    private static string Registered(string putBody, Action<JsonArray>? change = null)
    {
        var commands = JsonNode.Parse(putBody)!.AsArray();
        var i = 1;
        foreach (var command in commands)
        {
            command!["id"] = (1000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture);
            command["application_id"] = "1234";
            command["version"] = (2000 + i++).ToString(System.Globalization.CultureInfo.InvariantCulture);
            // Discord answers null for commands without permissions, and keeps the ones that have them (/daily: "32").
            command["default_member_permissions"] ??= null;
            command["nsfw"] = false;
        }

        change?.Invoke(commands);
        return commands.ToJsonString();
    }

    [Fact]
    public async Task First_start_puts_the_set_a_same_set_puts_nothing_and_a_changed_set_puts_again()
    {
        var time = TestTime.NewClock();
        await using var fake = await FakeDiscord.StartAsync(time);

        // Nothing moves the fake clock here, so no attempt can time out and be repeated: counts are exact.
        await using (var first = await DiscordBotHarness.StartAsync(InfoLogs, fake: fake, time: time, connectGateway: false))
        {
            await first.Logs.WaitForAsync(Overwritten);
        }

        var put = Assert.Single(Puts(fake));
        Assert.Equal("applications/1234/commands", put.Path);
        var sent = JsonNode.Parse(put.Body)!.AsArray();
        Assert.Equal(["quote", "topic", "context", "search", "today", "card", "sources", "help", "daily"], sent.Select(c => c!["name"]!.GetValue<string>()));
        Assert.All(sent, c =>
        {
            Assert.NotNull(c!["name_localizations"]!["zh-CN"]);
            Assert.NotNull(c["description_localizations"]!["zh-CN"]);
        });
        Assert.All(sent.Take(8), c => Assert.Equal("[0,1]", c!["contexts"]!.ToJsonString()));

        // /daily is the digest's admin command: servers only, Manage Server by default, subcommands set/off/status/preview.
        var daily = sent[8]!;
        Assert.Equal("[0]", daily["contexts"]!.ToJsonString());
        Assert.Equal("32", daily["default_member_permissions"]!.GetValue<string>());
        Assert.Equal("每日", daily["name_localizations"]!["zh-CN"]!.GetValue<string>());
        Assert.Equal(["set", "off", "status", "preview"], daily["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        var set = daily["options"]![0]!["options"]!.AsArray();
        Assert.Equal(7, set[0]!["type"]!.GetValue<int>());
        Assert.True(set[2]!["autocomplete"]!.GetValue<bool>());
        Assert.True(sent[1]!["options"]![0]!["autocomplete"]!.GetValue<bool>());
        Assert.Equal("话题", sent[1]!["name_localizations"]!["zh-CN"]!.GetValue<string>());
        Assert.Equal("来源", sent[6]!["name_localizations"]!["zh-CN"]!.GetValue<string>());

        // /quote and /topic take a second, optional option: the talk, offered as fixed choices named in both languages.
        Assert.Equal(["id", "source"], sent[0]!["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        Assert.Equal(["topic", "source"], sent[1]!["options"]!.AsArray().Select(o => o!["name"]!.GetValue<string>()));
        var source = sent[1]!["options"]![1]!;
        Assert.False(source["required"]!.GetValue<bool>());
        Assert.False(source["autocomplete"]!.GetValue<bool>());
        Assert.Equal("来源", source["name_localizations"]!["zh-CN"]!.GetValue<string>());
        var choice = Assert.Single(source["choices"]!.AsArray())!;
        Assert.Equal("harvard-2024", choice["value"]!.GetValue<string>());
        Assert.Equal("Sam Altman · Harvard Business School · 2024-05-01", choice["name"]!.GetValue<string>());
        Assert.Equal("Sam Altman · 哈佛商学院 · 2024-05-01", choice["name_localizations"]!["zh-CN"]!.GetValue<string>());

        // Discord now has our set: a restart compares and leaves it alone.
        fake.Enqueue("GET", "applications/1234/commands", FakeResponse.Json(Registered(put.Body)));
        await using (var second = await DiscordBotHarness.StartAsync(InfoLogs, fake: fake, time: time, connectGateway: false))
        {
            // Registration decided (and logged) that the set is the same: after that it sends nothing more.
            await second.Logs.WaitForAsync(Unchanged);
            Assert.Single(Puts(fake));
        }

        // Someone (or an older version) changed a description: the next start puts ours again.
        fake.Enqueue("GET", "applications/1234/commands", FakeResponse.Json(Registered(put.Body, c => c[0]!["description"] = "old text")));
        await using (var third = await DiscordBotHarness.StartAsync(InfoLogs, fake: fake, time: time, connectGateway: false))
        {
            await third.Logs.WaitForAsync(Overwritten);
            Assert.Equal(2, Puts(fake).Count);
        }
    }

    [Fact]
    public async Task A_development_guild_gets_the_commands_instead_of_everyone()
    {
        await using var bot = await DiscordBotHarness.StartAsync(new Dictionary<string, string?> { ["Bot:Discord:GuildId"] = "4242" }, connectGateway: false);
        await TestTime.WaitUntilAsync(() => Puts(bot.Fake).Count >= 1);
        Assert.All(Puts(bot.Fake), p => Assert.Equal("applications/1234/guilds/4242/commands", p.Path));
    }
}
