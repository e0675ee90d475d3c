using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.State;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Targets;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Telegram.Tests.Receiving;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests.Digest;

/// <summary>Digest targets with cards on Telegram: one photo a day, uploaded once, captioned with the quote, once per day across restarts.</summary>
public sealed partial class DigestCardTests : IDisposable
{
    private const long Chat = -1007007;
    private static readonly DateTimeOffset Slot = new(2026, 11, 29, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _data = new("quotebot-telegram-digest-cards");

    public void Dispose() => _data.Dispose();

    private Dictionary<string, string?> CardTarget(bool pin = false)
    {
        var settings = DigestDeliveryTests.Targets(("-1007007", "09:00", "UTC"));
        settings["Bot:Digest:Targets:0:Card"] = "true";
        settings["Bot:Digest:Targets:0:Pin"] = pin ? "true" : "false";
        settings["Bot:Storage:DataDirectory"] = _data.Path;
        return settings;
    }

    private static bool IsPost(ApiCall call) => call.Method is "sendPhoto" or "sendMessage" && call.ChatId == Chat;

    private static async Task PostedAsync(TelegramBotHarness bot, DateTimeOffset slot) =>
        await WaitUntil.TrueAsync(
            async () => (await bot.Get<IDeliveryLedger>().FindAsync("telegram:-1007007", DateOnly.FromDateTime(slot.UtcDateTime)))?.State == DeliveryState.Sent,
            $"the post of {slot:yyyy-MM-dd} recorded");

    [Fact]
    public async Task A_card_target_posts_one_pinned_photo_a_day_uploaded_once_and_a_restart_repeats_nothing()
    {
        var files = new InMemoryUploadedFiles();
        var first = await TelegramBotHarness.StartAsync(CardTarget(pin: true), durableChats: true, services: CardFileIdTests.Keeping(files));
        var api = first.Api;
        await DigestDeliveryTests.YesterdayHandledAsync(first, Slot, "-1007007");

        await first.Time.AdvanceToAsync(Slot);
        var post = await api.WaitForCallAsync(IsPost);
        Assert.Equal("sendPhoto", post.Method);
        Assert.StartsWith("attach://", post.Body["photo"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("html", post.Body["parse_mode"]!.GetValue<string>(), ignoreCase: true);
        var caption = post.Body["caption"]!.GetValue<string>();
        Assert.StartsWith("<b>Quote of the day · 2026-11-29</b>\n<blockquote>", caption, StringComparison.Ordinal);
        Assert.Matches(@"— Sam Altman · Harvard Business School · 2024-05-01 · <code>q\d+</code>", caption);
        TelegramHtmlCheck.AssertValid(caption);
        var buttons = JsonNode.Parse(post.Body["reply_markup"]!.GetValue<string>())!["inline_keyboard"]![0]!.AsArray()
            .Select(b => b!["callback_data"]!.GetValue<string>()).ToList();
        Assert.Contains(buttons, b => b.StartsWith("c:q", StringComparison.Ordinal));
        Assert.DoesNotContain(buttons, b => b.StartsWith("/card", StringComparison.Ordinal)); // no card button under the card
        var pin = await api.WaitForCallAsync(c => c.Method == "pinChatMessage" && c.ChatId == Chat);
        Assert.True(pin.Body["disable_notification"]!.GetValue<bool>());
        await PostedAsync(first, Slot);
        var record = await first.Get<IDeliveryLedger>().FindAsync("telegram:-1007007", new DateOnly(2026, 11, 29));
        Assert.Equal(record!.MessageId, pin.Body["message_id"]!.GetValue<int>().ToString(System.Globalization.CultureInfo.InvariantCulture));

        await first.Time.AdvanceToAsync(Slot + TimeSpan.FromMinutes(5));
        await first.Services.DigestAsleepAsync();
        await first.StopAsync();
        await using var second = await TelegramBotHarness.StartAsync(CardTarget(pin: true), api: api, time: first.Time, durableChats: true, services: CardFileIdTests.Keeping(files));
        await second.Time.AdvanceToAsync(Slot + TimeSpan.FromHours(2));
        await second.Services.DigestAsleepAsync();
        Assert.Single(api.Calls, IsPost);

        // Each day's picture goes up once: by its file_id from then on.
        await second.Time.AdvanceToAsync(Slot.AddDays(1));
        var next = await api.WaitForCallAsync(IsPost, count: 2);
        Assert.Equal("sendPhoto", next.Method);
        Assert.Contains("Quote of the day · 2026-11-30", next.Body["caption"]!.GetValue<string>(), StringComparison.Ordinal);
        await PostedAsync(second, Slot.AddDays(1));
        await second.Time.AdvanceToAsync(Slot.AddDays(1).AddHours(3));
        await second.Services.DigestAsleepAsync();
        Assert.Equal(2, api.Calls.Count(IsPost));
        Assert.Equal(2, api.CallsTo("pinChatMessage").Count);
        var daily = second.Get<Core.Selection.DailyQuote>();
        var pictures = new[] { daily.For(new DateOnly(2026, 11, 29)).Id, daily.For(new DateOnly(2026, 11, 30)).Id }.Distinct().Count();
        Assert.Equal(pictures, api.Photos.Uploaded.Count);
    }

    /// <summary>
    /// The store cannot keep the file_id Telegram gave the upload: the post stands and is recorded (a retry would post
    /// the photo twice: Telegram has no nonce), with a warning; the next day's card is simply uploaded again.
    /// </summary>
    [Fact]
    public async Task A_store_that_cannot_keep_the_file_id_still_posts_the_card_once_and_records_the_delivery()
    {
        var log = new RecordingLogSink();
        var files = new FailingUploadedFiles { FailRemember = true };
        await using var bot = await TelegramBotHarness.StartAsync(CardTarget(), services: CardFileIdTests.Keeping(files, s => s.AddSingleton<ILogEventSink>(log)));
        await DigestDeliveryTests.YesterdayHandledAsync(bot, Slot, "-1007007");

        await bot.Time.AdvanceToAsync(Slot);
        var post = await bot.Api.WaitForCallAsync(IsPost);
        Assert.Equal("sendPhoto", post.Method);
        await PostedAsync(bot, Slot);
        await bot.Time.AdvanceToAsync(Slot + TimeSpan.FromHours(2));
        await bot.Services.DigestAsleepAsync();
        Assert.Single(bot.Api.Calls, IsPost);
        Assert.Contains("write", Assert.Single(log.WithEventId(3013)), StringComparison.Ordinal);
    }

    /// <summary>
    /// Two card targets due at the same minute draw the same card: it goes up once (the first post's upload, held at
    /// the fake until the other post has looked for it), and the other post is sent by its file_id.
    /// </summary>
    [Fact]
    public async Task Two_card_targets_due_at_once_upload_the_card_once()
    {
        var settings = DigestDeliveryTests.Targets(("-1007007", "09:00", "UTC"), ("-1007008", "09:00", "UTC"));
        settings["Bot:Digest:Targets:0:Card"] = "true";
        settings["Bot:Digest:Targets:1:Card"] = "true";
        settings["Bot:Storage:DataDirectory"] = _data.Path;
        var files = new FailingUploadedFiles();
        await using var bot = await TelegramBotHarness.StartAsync(settings, services: CardFileIdTests.Keeping(files));
        await DigestDeliveryTests.YesterdayHandledAsync(bot, Slot, "-1007007", "-1007008");
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bot.Api.PhotoArriving = _ => release.Task;

        await bot.Time.AdvanceToAsync(Slot);
        var first = await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto");
        await WaitUntil.TrueAsync(() => files.Finds >= 3, "the other target looked the card up");
        release.SetResult();

        var both = await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto", count: 2);
        await PostedAsync(bot, Slot);
        await WaitUntil.TrueAsync(
            async () => (await bot.Get<IDeliveryLedger>().FindAsync("telegram:-1007008", DateOnly.FromDateTime(Slot.UtcDateTime)))?.State == DeliveryState.Sent,
            "the other post recorded");
        Assert.StartsWith("attach://", first.Body["photo"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(bot.Api.Photos.Knows(FakeBotApi.Token, both.Body["photo"]!.GetValue<string>()));
        Assert.Single(bot.Api.Photos.Uploaded);
        Assert.Equal(2, bot.Api.CallsTo("sendPhoto").Count);
    }

    [Fact]
    public async Task A_card_uploaded_by_a_command_is_posted_by_its_file_id()
    {
        await using var bot = await TelegramBotHarness.StartAsync(CardTarget());
        await DigestDeliveryTests.YesterdayHandledAsync(bot, Slot, "-1007007");
        var today = bot.Get<Core.Selection.DailyQuote>().For(new DateOnly(2026, 11, 29));
        bot.Api.Enqueue(Updates.Message($"/card {today.Id}"));
        await bot.Api.WaitForCallAsync(c => c.Method == "sendPhoto");
        await bot.SettledAsync();

        await bot.Time.AdvanceToAsync(Slot);
        var post = await bot.Api.WaitForCallAsync(IsPost);
        Assert.Equal("sendPhoto", post.Method);
        Assert.True(bot.Api.Photos.Knows(FakeBotApi.Token, post.Body["photo"]!.GetValue<string>()));
        Assert.Single(bot.Api.Photos.Uploaded);
    }

    [Fact]
    public async Task A_card_that_cannot_be_drawn_posts_the_text_digest_with_an_error_logged()
    {
        var log = new RecordingLogSink();
        await using var bot = await TelegramBotHarness.StartAsync(
            CardTarget(),
            services: s => s.AddSingleton<ILogEventSink>(log).AddSingleton<ICardImages, BrokenCardImages>());
        await DigestDeliveryTests.YesterdayHandledAsync(bot, Slot, "-1007007");

        await bot.Time.AdvanceToAsync(Slot);
        var post = await bot.Api.WaitForCallAsync(IsPost);
        Assert.Equal("sendMessage", post.Method);
        Assert.Contains("Quote of the day · 2026-11-29", post.Text, StringComparison.Ordinal);
        TelegramHtmlCheck.AssertValid(post.Text);
        var error = await log.WaitForAsync(3010);
        Assert.Equal(Serilog.Events.LogEventLevel.Error, error.Level);
        await PostedAsync(bot, Slot);
        Assert.Empty(bot.Api.CallsTo("sendPhoto"));
    }

    /// <summary>
    /// Captions as Telegram counts them: the quote in HTML when its visible text fits 1024 characters (however long its
    /// tags and entities make it), else the card's plain caption, cut to fit. The fake refuses any caption over the limit.
    /// </summary>
    [Fact]
    public async Task A_caption_is_the_quote_in_html_while_it_fits_1024_characters_else_the_plain_caption_cut_to_fit()
    {
        await using var bot = await TelegramBotHarness.StartAsync();
        var sender = bot.Services.GetServices<IDigestSender>().Single(s => s.Platform == "telegram");

        // 140 × "A & B " is 840 visible characters but 1,400 of HTML: it fits.
        var fits = await SendAsync(bot, sender, string.Concat(Enumerable.Repeat("A & B ", 140)), "fits");
        var html = fits.Body["caption"]!.GetValue<string>();
        Assert.True(html.Length > 1024);
        Assert.StartsWith("<b>Quote of the day", html, StringComparison.Ordinal);
        Assert.InRange(TelegramHtmlCheck.AssertValid(html).Length, 840, 1024);

        // 1,100 characters of quote do not: the card's own caption, cut to 1024.
        var over = await SendAsync(bot, sender, new string('x', 1100), "over");
        var plain = over.Body["caption"]!.GetValue<string>();
        Assert.StartsWith("Quote of the day", plain, StringComparison.Ordinal);
        Assert.DoesNotMatch(Tag(), plain);
        Assert.InRange(WebUtility.HtmlDecode(plain).Length, 1000, 1024);
        Assert.Equal(2, bot.Api.CallsTo("sendPhoto").Count);
        Assert.Empty(bot.Api.Sent);
    }

    /// <summary>Posts q14's card as the digest would, with <paramref name="text"/> as the quote's words in the caption.</summary>
    private static async Task<ApiCall> SendAsync(TelegramBotHarness bot, IDigestSender sender, string text, string key)
    {
        var strings = UiStrings.For(UiLanguage.English);
        var title = "Quote of the day · 2026-11-29";
        var reply = bot.Get<QuoteCards>().QuoteReply(bot.Get<QuoteLibrary>().Find("q14")!, strings, title);
        var quote = reply.Quote! with { Text = text };
        // The picture is q14's as drawn; the words under it are the long ones.
        reply = reply with { Quote = quote, Card = new CardRequest(reply.Quote!, $"{title}\n\n{text}\n— {quote.Attribution} · {quote.Id}", strings.Language) };
        var target = new DigestTarget { Id = "telegram:-1007007", Platform = "telegram", ChatId = "-1007007", Schedule = "09:00", TimeZone = "UTC", Card = true };
        var result = await sender.SendAsync(new DigestDelivery(target, "-1007007", new DateOnly(2026, 11, 29), Slot, reply, key, 1), CancellationToken.None);
        Assert.IsType<DigestSendResult.Sent>(result);
        return bot.Api.CallsTo("sendPhoto")[^1];
    }

    [GeneratedRegex("<[a-z/]")]
    private static partial Regex Tag();
}
