using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Requests;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QuoteBot.Benchmarks;

/// <summary>
/// The two ends of a <c>sendMessage</c> for a quote reply (q14, Chinese): its JSON body, and reading Telegram's answer.
/// Each comes twice: as Telegram.Bot does it by itself (the request's own content, escaping every non-ASCII
/// character; the whole <see cref="Message"/> read back) and as <see cref="TelegramSender"/> sends it
/// (<see cref="IdOnlyRequest"/>: UTF-8 as it is, only <see cref="MessageId"/> read back).
/// </summary>
[MemoryDiagnoser]
public class TelegramSendBenchmarks
{
    /// <summary>What Telegram answers to the reply: the whole message, its entities, the keyboard echoed (about 1.3 KB).</summary>
    private const string Answer = """
        {"ok":true,"result":{"message_id":52811,"from":{"id":7000000001,"is_bot":true,"first_name":"QuoteBot","username":"OurQuoteBot"},"chat":{"id":-1001234567890,"title":"AI quotes","username":"aiquotes","type":"supergroup"},"date":1795000000,"text":"智能的成本应该与能源的成本大致相等。移动原子，或者在这种情况下移动电子，仍然需要一些难度。算法是高度可重复的。\n— Sam Altman, Harvard Business School · 2024-05-01 · q14\nEnergy · Compute","entities":[{"offset":0,"length":56,"type":"bold"},{"offset":57,"length":12,"type":"italic"},{"offset":71,"length":23,"type":"text_link","url":"https://example.org/talks/hbs-2024"},{"offset":97,"length":3,"type":"code"}],"link_preview_options":{"is_disabled":true},"reply_markup":{"inline_keyboard":[[{"text":"🔄 Another","callback_data":"a"},{"text":"📖 Context","callback_data":"c:q14"},{"text":"🏷 Same topic","callback_data":"t:energy"},{"text":"🖼 Card","callback_data":"k:q14"}],[{"text":"↗ Share","switch_inline_query":"q14"}]]}}}
        """;

    private readonly TelegramMessage _message;
    private readonly byte[] _answer = Encoding.UTF8.GetBytes(Answer);

    public TelegramSendBenchmarks()
    {
        using var core = new CoreHost();
        var reply = core.Dispatcher.Dispatch(new("quote", "q14", "-1001234567890", UiLanguage.Chinese) { Platform = TelegramSender.Platform });
        _message = TelegramRenderer.Render(reply, UiStrings.Chinese.Share);
    }

    [Benchmark(Description = "sendMessage body, Telegram.Bot's own content (\\uXXXX)")]
    public byte[] BodyAsTelegramBot() =>
        TheirRequest().ToHttpContent()!.ReadAsByteArrayAsync().GetAwaiter().GetResult();

    [Benchmark(Description = "sendMessage body, IdOnlyRequest (UTF-8)")]
    public byte[] BodyAsSent() => TelegramSender.TextRequest(-1001234567890, _message, TelegramSendOptions.Answer).Body();

    [Benchmark(Description = "sendMessage answer read as the whole Message")]
    public int AnswerAsMessage() => JsonSerializer.Deserialize<ApiResponse<Message>>(_answer, JsonBotAPI.Options)!.Result!.MessageId;

    [Benchmark(Description = "sendMessage answer read as MessageId only")]
    public int AnswerAsMessageId() => JsonSerializer.Deserialize<ApiResponse<MessageId>>(_answer, JsonBotAPI.Options)!.Result!.Id;

    private SendMessageRequest TheirRequest() => new()
    {
        ChatId = -1001234567890,
        Text = _message.Html,
        ParseMode = ParseMode.Html,
        ReplyMarkup = _message.Keyboard,
        LinkPreviewOptions = new LinkPreviewOptions { IsDisabled = true },
    };
}
