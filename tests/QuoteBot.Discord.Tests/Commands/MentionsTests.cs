using System.Text.Json.Nodes;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

public sealed class MentionsTests : IDisposable
{
    private const string Pings = "@everyone @here <@123> <@&1> ";
    private readonly string _corpus = Path.Combine(Directory.CreateTempSubdirectory("quotebot-mentions-").FullName, "quotes.json");

    public MentionsTests()
    {
        // q06 gets mentions in the transcript itself; anchors and paragraphs are moved to match, so it still validates.
        var root = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "quotes.json")))!.AsObject();
        var quote = root["quotes"]!.AsArray().Single(q => q!["id"]!.GetValue<string>() == "q06")!;
        var turn = root["turns"]!.AsArray().Single(t => t!["id"]!.GetValue<string>() == quote["turn"]!.GetValue<string>())!;
        var start = quote["start"]!.GetValue<int>();
        var text = turn["text"]!.GetValue<string>();
        turn["text"] = text.Insert(start, Pings);
        quote["text"] = Pings + quote["text"]!.GetValue<string>();
        quote["length"] = quote["length"]!.GetValue<int>() + Pings.Length;
        var paragraph = quote["context"]!["paragraph"]!.GetValue<string>();
        quote["context"]!["paragraph"] = paragraph.Replace("我认为用户都很聪明", Pings + "我认为用户都很聪明", StringComparison.Ordinal);
        foreach (var other in root["quotes"]!.AsArray().Where(q => q!["turn"]!.GetValue<string>() == turn["id"]!.GetValue<string>() && q["start"]!.GetValue<int>() > start))
        {
            other!["start"] = other["start"]!.GetValue<int>() + Pings.Length;
        }

        File.WriteAllText(_corpus, root.ToJsonString());
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_corpus)!, recursive: true);

    [Fact]
    public async Task Quotes_that_mention_people_ping_nobody()
    {
        await using var bot = await DiscordBotHarness.StartAsync(corpusPath: _corpus);
        var callbacks = new List<System.Text.Json.JsonElement>
        {
            await bot.InteractAsync(Interactions.Command("quote", "id", "q06")),
            await bot.InteractAsync(Interactions.Command("context", "id", "q06")),
            await bot.InteractAsync(Interactions.Command("search", "query", "用户都很聪明")),
            await bot.InteractAsync(Interactions.Command("search", "query", "@everyone")),
            await bot.InteractAsync(Interactions.Button("qb:c:q06")),
        };

        var description = callbacks[0].GetProperty("data").GetProperty("embeds")[0].GetProperty("description").GetString()!;
        Assert.Contains("@\u200Beveryone", description, StringComparison.Ordinal);
        Assert.Contains("<\u200B@\u200B&1>", description, StringComparison.Ordinal);

        // Every message the bot sent to Discord, whatever the route, carries allowed_mentions with nothing to parse.
        var messages = bot.Fake.Requests.Where(r => r.Body.Contains("\"embeds\"", StringComparison.Ordinal) || r.Body.Contains("\"content\"", StringComparison.Ordinal)).ToList();
        Assert.True(messages.Count >= callbacks.Count);
        Assert.All(messages, m =>
        {
            var json = m.Json;
            var data = json.TryGetProperty("data", out var d) ? d : json;
            Assert.Empty(data.GetProperty("allowed_mentions").GetProperty("parse").EnumerateArray());
            Assert.False(data.GetProperty("allowed_mentions").TryGetProperty("users", out _));
            Assert.False(data.GetProperty("allowed_mentions").TryGetProperty("roles", out _));
        });
    }
}
