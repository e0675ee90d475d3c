using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using QuoteBot.Discord.Models;
using QuoteBot.Fakes;
using QuoteBot.Fakes.Discord;
using QuoteBot.Fakes.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QuoteBot.LoadTest.Tests;

/// <summary>
/// The fakes' full shapes, as the load tool runs them (recording off), read by the parsers the bot uses: Telegram.Bot's
/// own client and our Discord model. A field missing or misnamed in a full shape fails here.
/// </summary>
public sealed class FullShapeTests
{
    [Fact]
    public async Task Telegram_full_update_and_sent_message_parse_with_Telegram_Bot_and_carry_the_whole_objects()
    {
        await using var app = LoopbackServer.Create();
        var api = new FakeBotApi(TimeProvider.System) { Recording = false, Shape = ResponseShape.Full };
        api.Map(app);
        await app.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, LoopbackServer.Address(app).ToString().TrimEnd('/')));

        api.EnqueueCommand(0, -10_000_001, "/topic energy");
        var update = Assert.Single(await client.GetUpdates(timeout: 0));
        var command = Assert.IsType<Message>(update.Message);
        Assert.Equal("/topic@OurBot energy", command.Text);
        Assert.Equal((ChatType.Supergroup, "analytical_readers"), (command.Chat.Type, command.Chat.Username));
        Assert.False(string.IsNullOrEmpty(command.Chat.Title));
        Assert.Equal(("Ada", "Lovelace", "ada_lovelace", "en", true), (command.From!.FirstName, command.From.LastName, command.From.Username, command.From.LanguageCode, command.From.IsPremium));
        var botCommand = Assert.Single(command.Entities!);
        Assert.Equal((MessageEntityType.BotCommand, 0, 13), (botCommand.Type, botCommand.Offset, botCommand.Length));

        var sent = await client.SendMessage(
            -10_000_001,
            "<b>Energy</b>\n<i>“Scaling is all you need.”</i> — <a href=\"https://example.com/q/14\">Ada &amp; co</a> <code>q14</code>",
            ParseMode.Html,
            replyMarkup: new InlineKeyboardMarkup(InlineKeyboardButton.WithCallbackData("Same topic", "topic:energy")),
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true });

        Assert.Equal((true, "OurBot", 123456789L), (sent.From!.IsBot, sent.From.Username, sent.From.Id));
        Assert.Equal("Energy\n“Scaling is all you need.” — Ada & co q14", sent.Text);
        Assert.Equal(
            [(MessageEntityType.Bold, 0, 6, null), (MessageEntityType.Italic, 7, 26, null), (MessageEntityType.TextLink, 36, 8, "https://example.com/q/14"), (MessageEntityType.Code, 45, 3, null)],
            sent.Entities!.Select(e => (e.Type, e.Offset, e.Length, e.Url)));
        Assert.Equal("topic:energy", Assert.Single(Assert.Single(sent.ReplyMarkup!.InlineKeyboard)).CallbackData);
        Assert.True(sent.LinkPreviewOptions!.IsDisabled);
    }

    [Fact]
    public async Task Telegram_full_callback_query_parses_with_Telegram_Bot_with_the_whole_message_and_its_keyboard()
    {
        await using var app = LoopbackServer.Create();
        var api = new FakeBotApi(TimeProvider.System) { Shape = ResponseShape.Full };
        api.Map(app);
        await app.StartAsync();
        var client = new TelegramBotClient(new TelegramBotClientOptions(FakeBotApi.Token, LoopbackServer.Address(app).ToString().TrimEnd('/')));

        api.Enqueue(Updates.FullCallback("topic:energy"));
        var callback = Assert.IsType<CallbackQuery>(Assert.Single(await client.GetUpdates(timeout: 0)).CallbackQuery);

        Assert.Equal(("topic:energy", "-5275816123981240123", true), (callback.Data, callback.ChatInstance, callback.From.IsPremium));
        Assert.Equal((true, "OurBot"), (callback.Message!.From!.IsBot, callback.Message.From.Username));
        Assert.Equal([MessageEntityType.Bold, MessageEntityType.Italic], callback.Message.Entities!.Select(e => e.Type));
        Assert.Equal(["topic:energy", null], Assert.Single(callback.Message.ReplyMarkup!.InlineKeyboard).Select(b => b.CallbackData));
    }

    [Fact]
    public async Task Discord_full_interaction_is_read_by_our_model_with_member_locale_and_permissions()
    {
        await using var app = LoopbackServer.Create();
        var discord = new FakeDiscord(TimeProvider.System) { Recording = false, Shape = ResponseShape.Full };
        discord.Map(app);
        await app.StartAsync();
        using var socket = new ClientWebSocket();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        await socket.ConnectAsync(new Uri($"ws://{LoopbackServer.Address(app).Authority}{FakeDiscord.GatewayPath}"), timeout.Token);
        Assert.Equal(GatewayOpcode.Hello, (await ReceiveAsync(socket, timeout.Token)).Op);
        await socket.SendAsync("""{"op":2,"d":{"token":"t","intents":0,"properties":{"os":"linux","browser":"b","device":"d"}}}"""u8.ToArray(), WebSocketMessageType.Text, true, timeout.Token);
        Assert.Equal("READY", (await ReceiveAsync(socket, timeout.Token)).T);

        discord.DispatchCommand(1_300_000_000_000_000_001, topic: true);
        var frame = await ReceiveAsync(socket, timeout.Token);
        var interaction = frame.D!.Value.Deserialize(DiscordJsonContext.Default.Interaction)!;

        Assert.Equal("INTERACTION_CREATE", frame.T);
        Assert.Equal(("1300000000000000001", InteractionType.ApplicationCommand, "77"), (interaction.Id, interaction.Type, interaction.GuildId));
        Assert.Equal(("topic", "energy"), (interaction.Data!.Name, Assert.Single(interaction.Data.Options!).ValueAsString()));
        Assert.Equal(("ada.lovelace", "Ada Lovelace"), (interaction.Member!.User!.Username, interaction.Member.User.GlobalName));
        Assert.NotNull(interaction.Member.Permissions);
        Assert.Equal(("en-US", "en-US", InteractionContextType.Guild), (interaction.Locale, interaction.GuildLocale, interaction.Context));
        Assert.Equal("2248473465835073", interaction.AppPermissions);
        Assert.InRange(interaction.Token.Length, 180, 260);
        Assert.Equal(interaction.ChannelId, frame.D.Value.GetProperty("channel").GetProperty("id").GetString());
        Assert.Equal(0, frame.D.Value.GetProperty("entitlements").GetArrayLength());
    }

    [Fact]
    public async Task Discord_full_edit_of_the_response_answers_with_the_whole_message_echoing_what_was_sent()
    {
        await using var app = LoopbackServer.Create();
        var discord = new FakeDiscord(TimeProvider.System) { Recording = false, Shape = ResponseShape.Full };
        discord.Map(app);
        await app.StartAsync();
        using var http = new HttpClient { BaseAddress = LoopbackServer.Address(app) };

        using var edit = new StringContent("""{"content":"","embeds":[{"title":"Energy","description":"Scaling is all you need."}],"components":[{"type":1,"components":[{"type":2,"style":2,"label":"Same topic","custom_id":"topic:energy"}]}]}""", Encoding.UTF8, "application/json");
        using var answer = await http.PatchAsync(new Uri($"{FakeDiscord.ApiPath}/webhooks/1234/token/messages/@original", UriKind.Relative), edit);
        var text = await answer.Content.ReadAsStringAsync();
        var message = JsonSerializer.Deserialize(text, DiscordJsonContext.Default.DiscordMessage)!;

        Assert.Equal(System.Net.HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal((true, "1234"), (message.Author!.Bot, message.Author.Id));
        using var document = JsonDocument.Parse(text);
        Assert.Equal("Energy", document.RootElement.GetProperty("embeds")[0].GetProperty("title").GetString());
        Assert.Equal("topic:energy", document.RootElement.GetProperty("components")[0].GetProperty("components")[0].GetProperty("custom_id").GetString());
        Assert.Equal(JsonValueKind.String, document.RootElement.GetProperty("timestamp").ValueKind);
    }

    private static async Task<GatewayPayload> ReceiveAsync(ClientWebSocket socket, CancellationToken cancellationToken)
    {
        var buffer = new byte[64 * 1024];
        var length = 0;
        ValueWebSocketReceiveResult result;
        do
        {
            result = await socket.ReceiveAsync(buffer.AsMemory(length), cancellationToken);
            length += result.Count;
        }
        while (!result.EndOfMessage);

        return JsonSerializer.Deserialize(Encoding.UTF8.GetString(buffer, 0, length), DiscordJsonContext.Default.GatewayPayload)!;
    }
}
