using System.Text.Json.Nodes;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;

namespace QuoteBot.Telegram.Tests.Receiving;

public sealed class CommandsTests : IAsyncLifetime
{
    private TelegramBotHarness _bot = null!;

    public async Task InitializeAsync() => _bot = await TelegramBotHarness.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    private async Task<ApiCall> AskAsync(string text, long chat = Updates.PrivateChat, string language = "en")
    {
        var before = _bot.Api.Sent.Count(c => c.ChatId == chat);
        _bot.Api.Enqueue(Updates.Message(text, chat, language));
        return await _bot.Api.WaitForSendAsync(c => c.ChatId == chat, before + 1);
    }

    [Fact]
    public async Task Start_and_help_list_the_commands()
    {
        var start = await AskAsync("/start");
        Assert.Contains("Sam Altman at Harvard Business School", start.Text, StringComparison.Ordinal);
        Assert.Contains("/search", start.Text, StringComparison.Ordinal);
        var help = await AskAsync("/help");
        Assert.Contains("/topic", help.Text, StringComparison.Ordinal);
        // Telegram's own admin command is listed by Telegram, after the core's commands.
        Assert.Contains("/daily &lt;HH:mm&gt; [zone]", help.Text, StringComparison.Ordinal);
        Assert.True(help.Text.IndexOf("/daily", StringComparison.Ordinal) > help.Text.IndexOf("/help", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quote_is_html_with_attribution_and_three_buttons_plus_share()
    {
        var sent = await AskAsync("/quote");
        Assert.Equal("html", sent.Body["parse_mode"]!.GetValue<string>().ToLowerInvariant());
        var visible = TelegramHtmlCheck.AssertValid(sent.Text);
        Assert.Contains("Sam Altman · Harvard Business School", visible, StringComparison.Ordinal);

        var rows = sent.Body["reply_markup"]!["inline_keyboard"]!.AsArray();
        var buttons = rows[0]!.AsArray().Select(b => b!["callback_data"]!.GetValue<string>()).ToList();
        Assert.Equal("a", buttons[0]);
        Assert.StartsWith("c:q", buttons[1], StringComparison.Ordinal);
        Assert.StartsWith("t:", buttons[2], StringComparison.Ordinal);
        Assert.All(buttons, b => Assert.True(System.Text.Encoding.UTF8.GetByteCount(b) <= 64));
        Assert.Equal(buttons[1][2..], rows[1]![0]!["switch_inline_query"]!.GetValue<string>());
    }

    [Fact]
    public async Task Topic_energy_answers_with_the_energy_quote()
    {
        var sent = await AskAsync("/topic energy");
        Assert.Contains("能源", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_topic_gets_suggestions()
    {
        var sent = await AskAsync("/topic enrgy");
        Assert.Contains("Did you mean", sent.Text, StringComparison.Ordinal);
        Assert.Contains("/topic energy", sent.Text, StringComparison.Ordinal);
        var xyz = await AskAsync("/topic xyz");
        Assert.Contains("I don't know the topic", xyz.Text, StringComparison.Ordinal);
        Assert.Contains("/topic scaling", xyz.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Context_after_a_quote_gives_its_question()
    {
        await AskAsync("/quote q14");
        var sent = await AskAsync("/context");
        var visible = TelegramHtmlCheck.AssertValid(sent.Text);
        Assert.Contains("弗莱彻", visible, StringComparison.Ordinal);
        Assert.Contains("我有一个关于能源的问题", visible, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_for_fusion_finds_the_energy_answer()
    {
        var sent = await AskAsync("/search 核聚变");
        Assert.Contains("智能的成本应该与能源的成本", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plain_text_in_a_private_chat_is_a_search()
    {
        var sent = await AskAsync("广告");
        Assert.Contains("广告对我们来说是商业模式的最后手段", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task In_a_group_our_commands_are_answered_and_other_bots_commands_ignored()
    {
        _bot.Api.Enqueue(Updates.Message("/quote@OtherBot", Updates.Group));
        _bot.Api.Enqueue(Updates.Message("/ban someone", Updates.Group));
        _bot.Api.Enqueue(Updates.Message("just chatting", Updates.Group));
        _bot.Api.Enqueue(Updates.Message("/quote@OurBot", Updates.Group));
        _bot.Api.Enqueue(Updates.Message("/quote", Updates.Group));
        await _bot.Api.WaitForSendAsync(c => c.ChatId == Updates.Group, 2);
        // Updates are handled concurrently, so no later reply proves these are done: wait until every one is handled.
        await _bot.SettledAsync();
        Assert.Equal(2, _bot.Api.Sent.Count(c => c.ChatId == Updates.Group));
    }

    [Fact]
    public async Task Channel_posts_with_commands_are_answered_in_the_channel()
    {
        _bot.Api.Enqueue(Updates.ChannelPost("/today"));
        var sent = await _bot.Api.WaitForSendAsync(c => c.ChatId == -1004004);
        Assert.Contains("Quote of the day", sent.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Replies_follow_the_users_language()
    {
        var chinese = await AskAsync("/topic", language: "zh-hans");
        Assert.Contains("话题", chinese.Text, StringComparison.Ordinal);
        Assert.Contains("能源 Energy — 2 条", TelegramHtmlCheck.AssertValid(chinese.Text), StringComparison.Ordinal);
        var english = await AskAsync("/topic", language: "de");
        Assert.Contains("Topics", english.Text, StringComparison.Ordinal);
        var buttons = (await AskAsync("/quote", language: "zh")).Body["reply_markup"]!["inline_keyboard"]![0]!.AsArray();
        Assert.Equal("🔄 换一句", buttons[0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Markup_in_user_input_is_escaped_and_every_reply_is_valid_html()
    {
        var sent = await AskAsync("/search <b>x & y</b> <script>");
        var visible = TelegramHtmlCheck.AssertValid(sent.Text);
        Assert.Contains("<b>x & y</b> <script>", visible, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;x &amp; y&lt;/b&gt;", sent.Text, StringComparison.Ordinal);

        foreach (var command in new[] { "/quote", "/topic", "/context q01", "/search AGI", "/today", "/help", "/nonsense", "/topic " + new string('能', 5000) })
        {
            TelegramHtmlCheck.AssertValid((await AskAsync(command)).Text);
        }
    }

    [Fact]
    public async Task Start_registers_the_commands_in_english_and_chinese_for_private_and_group_chats_and_daily_for_group_admins()
    {
        var calls = await Task.FromResult(_bot.Api.CallsTo("setMyCommands"));
        Assert.Equal(6, calls.Count);
        Assert.Equal(3, calls.Count(c => c.Body["language_code"]?.GetValue<string>() == "zh"));
        List<string> Names(ApiCall call) => [.. call.Body["commands"]!.AsArray().Select(c => c!["command"]!.GetValue<string>())];
        string? Scope(ApiCall call) => call.Body["scope"]?["type"]?.GetValue<string>();

        // Everyone sees the commands every platform answers; /daily only where Telegram shows it to a group's admins.
        Assert.Equal(["quote", "topic", "context", "search", "today", "card", "sources", "help"], Names(calls[0]));
        Assert.All(calls.Where(c => Scope(c) is null or "default" or "all_group_chats"), c => Assert.DoesNotContain("daily", Names(c)));
        var admins = calls.Where(c => Scope(c) == "all_chat_administrators").ToList();
        Assert.Equal(2, admins.Count);
        Assert.All(admins, c => Assert.Equal(["quote", "topic", "context", "search", "today", "card", "sources", "help", "daily"], Names(c)));
        Assert.Contains("管理员", admins.Single(c => c.Body["language_code"]?.GetValue<string>() == "zh").Body["commands"]![8]!["description"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Polling_asks_only_for_the_update_kinds_we_use()
    {
        var poll = await _bot.Api.WaitForCallAsync(c => c.Method == "getUpdates");
        var kinds = poll.Body["allowed_updates"]!.AsArray().Select(k => k!.GetValue<string>()).Order().ToList();
        Assert.Equal(["callback_query", "channel_post", "inline_query", "message", "my_chat_member"], kinds);
    }

    [Fact]
    public async Task An_update_we_cannot_handle_is_skipped_and_the_next_one_handled()
    {
        _bot.Api.Enqueue(new JsonObject { ["poll"] = new JsonObject { ["id"] = "p1", ["question"] = "?", ["options"] = new JsonArray() } });
        _bot.Api.Enqueue(new JsonObject { ["callback_query"] = new JsonObject { ["id"] = "broken" } });
        var sent = await AskAsync("/help");
        Assert.Contains("/quote", sent.Text, StringComparison.Ordinal);
    }
}
