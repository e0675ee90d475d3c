using System.Text;
using System.Text.Json.Nodes;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace QuoteBot.Telegram.Tests.Sending;

/// <summary>The sendMessage we send: the same JSON as Telegram.Bot's own request, with Chinese as UTF-8.</summary>
public sealed class IdOnlyRequestTests
{
    private static readonly InlineKeyboardMarkup Keyboard = new(
    [
        [InlineKeyboardButton.WithCallbackData("🔄 换一条", "a"), InlineKeyboardButton.WithCallbackData("🏷 同主题", "t:energy")],
        [InlineKeyboardButton.WithSwitchInlineQuery("↗ 分享", "q14")],
    ]);

    [Fact]
    public async Task The_body_says_what_Telegram_Bots_own_request_says()
    {
        var message = new TelegramMessage("<b>智能的成本</b> \"引\" &amp; q14", Keyboard);
        var options = TelegramSendOptions.Answer with { ReplyTo = 17, MessageThreadId = 5 };

        var ours = TelegramSender.TextRequest(-1001, message, options);
        var theirs = new SendMessageRequest
        {
            ChatId = -1001,
            Text = message.Html,
            ParseMode = ParseMode.Html,
            ReplyParameters = new ReplyParameters { MessageId = 17, AllowSendingWithoutReply = true },
            ReplyMarkup = Keyboard,
            LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
            MessageThreadId = 5,
        };
        var theirBody = await theirs.ToHttpContent()!.ReadAsStringAsync();

        Assert.Equal("sendMessage", ours.MethodName);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(theirBody), JsonNode.Parse(ours.Body())), $"{theirBody}\n{Encoding.UTF8.GetString(ours.Body())}");
    }

    [Fact]
    public void Chinese_is_sent_as_UTF8_not_as_escapes()
    {
        var body = Encoding.UTF8.GetString(TelegramSender.TextRequest(42, new TelegramMessage("智能的成本", Keyboard), TelegramSendOptions.Answer).Body());

        Assert.Contains("智能的成本", body, StringComparison.Ordinal);
        Assert.Contains("换一条", body, StringComparison.Ordinal);
        // Emoji (outside the Basic Multilingual Plane) are still written as surrogate escapes; Chinese is not.
        Assert.DoesNotContain("\\u667A", body, StringComparison.OrdinalIgnoreCase);
    }
}
