using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Commands.Handlers;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.State;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Telegram.Tests.Receiving;

/// <summary>
/// The file_ids of card pictures over the fake Bot API: kept in the store under the bot's id and the picture's key,
/// sent after a restart without uploading, uploaded again once when Telegram no longer takes one, never lent to another bot.
/// </summary>
public sealed class CardFileIdTests : IDisposable
{
    private const string Scope = "telegram:123456789";
    private const string OtherToken = "987654321:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw2";

    private readonly TempDirectory _data = new("quotebot-telegram-cards");

    public void Dispose() => _data.Dispose();

    private static bool IsPhoto(ApiCall call) => call.Method == "sendPhoto";

    private static string PhotoOf(ApiCall call) => call.Body["photo"]!.GetValue<string>();

    private static bool IsUpload(ApiCall call) => IsPhoto(call) && PhotoOf(call).StartsWith("attach://", StringComparison.Ordinal);

    /// <summary>The host keeps its upload ids in <paramref name="files"/>, which outlives it (a restart keeps the store).</summary>
    internal static Action<IServiceCollection> Keeping(IUploadedFiles files, Action<IServiceCollection>? more = null) => services =>
    {
        services.RemoveAll<IUploadedFiles>().AddSingleton(files);
        more?.Invoke(services);
    };

    /// <summary>The key of q14's card as <c>/card</c> asks for it in <paramref name="language"/>.</summary>
    internal static string KeyOf(TelegramBotHarness bot, string quoteId, UiLanguage language = UiLanguage.English)
    {
        var strings = UiStrings.For(language);
        var cards = bot.Get<QuoteCards>();
        var card = CardCommand.Request(cards.Card(bot.Get<QuoteLibrary>().Find(quoteId)!, strings), strings);
        return bot.Get<ICardImages>().KeyOf(card);
    }

    [Fact]
    public async Task The_file_id_is_kept_in_the_store_and_a_restarted_bot_sends_it_without_uploading()
    {
        var files = new InMemoryUploadedFiles();
        var first = await TelegramBotHarness.StartAsync(services: Keeping(files));
        var api = first.Api;
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(IsPhoto);
        await first.SettledAsync();
        var kept = await files.FindAsync(Scope, KeyOf(first, "q14"));
        Assert.NotNull(kept);
        Assert.True(api.Photos.Knows(FakeBotApi.Token, kept));
        await first.StopAsync();

        await using var second = await TelegramBotHarness.StartAsync(api: api, time: first.Time, services: Keeping(files));
        api.Enqueue(Updates.Message("/card q14", chat: 4242));
        var again = await api.WaitForCallAsync(IsPhoto, count: 2);
        await second.SettledAsync();
        Assert.Equal(kept, PhotoOf(again));
        Assert.Single(api.Photos.Uploaded);
        Assert.Empty(api.Sent);
    }

    /// <summary>
    /// The same over the SQLite store on a real file, across two processes' worth of hosts. Runs once the storage
    /// registers a durable <see cref="IUploadedFiles"/> (<see cref="DurableUploadsFactAttribute"/>).
    /// </summary>
    [DurableUploadsFact]
    public async Task On_sqlite_a_restarted_bot_sends_the_kept_file_id_with_zero_uploads()
    {
        var settings = new Dictionary<string, string?> { ["Bot:Storage:DataDirectory"] = _data.Path };
        var first = await TelegramBotHarness.StartAsync(settings, durableChats: true);
        Assert.IsNotType<InMemoryUploadedFiles>(first.Get<IUploadedFiles>());
        var api = first.Api;
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(IsPhoto);
        await first.SettledAsync();
        Assert.Single(api.Photos.Uploaded);
        await first.StopAsync();

        await using var second = await TelegramBotHarness.StartAsync(settings, api: api, time: first.Time, durableChats: true);
        api.Enqueue(Updates.Message("/card q14"));
        var again = await api.WaitForCallAsync(IsPhoto, count: 2);
        await second.SettledAsync();
        Assert.False(IsUpload(again));
        Assert.True(api.Photos.Knows(FakeBotApi.Token, PhotoOf(again)));
        Assert.Single(api.Photos.Uploaded);
    }

    [Fact]
    public async Task A_file_id_telegram_no_longer_takes_is_uploaded_again_once_and_the_card_still_arrives()
    {
        var log = new RecordingLogSink();
        await using var bot = await TelegramBotHarness.StartAsync(services: s => s.AddSingleton<ILogEventSink>(log));
        var api = bot.Api;
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(IsPhoto);
        await bot.SettledAsync();
        var files = bot.Get<IUploadedFiles>();
        var key = KeyOf(bot, "q14");
        var stale = (await files.FindAsync(Scope, key))!;
        api.Photos.Invalidate(stale);

        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(IsPhoto, count: 3);
        await bot.SettledAsync();
        var photos = api.CallsTo("sendPhoto");
        Assert.Equal(3, photos.Count);
        Assert.Equal(stale, PhotoOf(photos[1]));
        Assert.True(IsUpload(photos[2]));
        Assert.Equal(2, api.Photos.Uploaded.Count);
        var fresh = await files.FindAsync(Scope, key);
        Assert.NotEqual(stale, fresh);
        Assert.Contains("wrong file identifier", Assert.Single(log.WithEventId(3011)), StringComparison.Ordinal);
        Assert.Empty(log.WithEventId(3105)); // not an error: nothing was given up
        Assert.Empty(api.Sent);

        // The new id is the one sent from now on.
        api.Enqueue(Updates.Message("/card q14"));
        var next = await api.WaitForCallAsync(IsPhoto, count: 4);
        Assert.Equal(fresh, PhotoOf(next));
    }

    [Fact]
    public async Task A_file_id_is_kept_for_its_own_bot_and_another_bot_on_the_same_store_uploads_its_own()
    {
        var files = new InMemoryUploadedFiles();
        var first = await TelegramBotHarness.StartAsync(services: Keeping(files));
        var api = first.Api;
        api.AcceptToken(OtherToken);
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(IsPhoto);
        await first.SettledAsync();
        await first.StopAsync();

        var other = new Dictionary<string, string?> { ["Bot:Telegram:Token"] = OtherToken };
        await using var second = await TelegramBotHarness.StartAsync(other, api: api, time: first.Time, services: Keeping(files));
        api.Enqueue(Updates.Message("/card q14"));
        var its = await api.WaitForCallAsync(IsPhoto, count: 2);
        await second.SettledAsync();

        // Straight to an upload: the first bot's id is not even tried (Telegram would refuse it to this bot).
        Assert.True(IsUpload(its));
        Assert.Equal(2, api.CallsTo("sendPhoto").Count);
        var key = KeyOf(second, "q14");
        var mine = await files.FindAsync(Scope, key);
        var theirs = await files.FindAsync("telegram:987654321", key);
        Assert.NotNull(theirs);
        Assert.NotEqual(mine, theirs);
        Assert.True(api.Photos.Knows(OtherToken, theirs));
        Assert.False(api.Photos.Knows(OtherToken, mine!));
    }

    /// <summary>
    /// Two chats asking at once for a card never uploaded: it goes up once (the first chat's upload, held at the fake),
    /// and the second chat waits for it and sends its file_id.
    /// </summary>
    [Fact]
    public async Task Two_chats_asking_at_once_for_a_card_never_uploaded_upload_it_once_and_the_second_sends_its_file_id()
    {
        var files = new FailingUploadedFiles();
        await using var bot = await TelegramBotHarness.StartAsync(services: Keeping(files));
        var api = bot.Api;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.PhotoArriving = call => call.ChatId == Updates.PrivateChat ? release.Task : Task.CompletedTask;
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(c => IsPhoto(c) && c.ChatId == Updates.PrivateChat);

        // The second chat has looked the card up (and found nothing) while the first upload is held.
        api.Enqueue(Updates.Message("/card q14", chat: 4242));
        await WaitUntil.TrueAsync(() => files.Finds >= 3, "the second chat looked the card up");
        release.SetResult();

        var second = await api.WaitForCallAsync(c => IsPhoto(c) && c.ChatId == 4242);
        await bot.SettledAsync();
        var kept = await files.FindAsync(Scope, KeyOf(bot, "q14"));
        Assert.Single(api.Photos.Uploaded);
        Assert.Equal(kept, PhotoOf(second));
        Assert.True(IsUpload(api.CallsTo("sendPhoto")[0]));
        Assert.Empty(api.Sent);
    }

    /// <summary>The first chat's upload fails (the bot is blocked there): the chat that waited for it uploads the card itself.</summary>
    [Fact]
    public async Task When_the_upload_a_chat_waits_for_fails_that_chat_uploads_the_card_itself()
    {
        var files = new FailingUploadedFiles();
        await using var bot = await TelegramBotHarness.StartAsync(services: Keeping(files));
        var api = bot.Api;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.Fault(async (call, context) =>
        {
            if (!IsPhoto(call) || call.ChatId != Updates.PrivateChat)
            {
                return false;
            }

            await release.Task.WaitAsync(context.RequestAborted);
            await FakeBotApi.WriteError(context, 403, "Forbidden: bot was blocked by the user");
            return true;
        });
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(c => IsPhoto(c) && c.ChatId == Updates.PrivateChat);

        api.Enqueue(Updates.Message("/card q14", chat: 4242));
        await WaitUntil.TrueAsync(() => files.Finds >= 3, "the second chat looked the card up");
        release.SetResult();

        var second = await api.WaitForCallAsync(c => IsPhoto(c) && c.ChatId == 4242);
        await bot.SettledAsync();
        Assert.True(IsUpload(second));
        Assert.Single(api.Photos.Uploaded);
        Assert.NotNull(await files.FindAsync(Scope, KeyOf(bot, "q14")));
    }

    /// <summary>A store that fails every read and write: /card is still a photo, with a warning, never "something went wrong".</summary>
    [Fact]
    public async Task A_store_that_cannot_be_read_or_written_still_answers_card_with_the_photo()
    {
        var log = new RecordingLogSink();
        var files = new FailingUploadedFiles { FailFind = true, FailRemember = true };
        await using var bot = await TelegramBotHarness.StartAsync(services: Keeping(files, s => s.AddSingleton<ILogEventSink>(log)));
        var api = bot.Api;

        api.Enqueue(Updates.Message("/card q14"));
        var photo = await api.WaitForCallAsync(IsPhoto);
        await bot.SettledAsync();
        Assert.True(IsUpload(photo));
        Assert.Single(api.CallsTo("sendPhoto"));
        Assert.Empty(api.Sent);
        Assert.Equal(3, log.WithEventId(3013).Count); // the two reads (before and on taking the upload) and the write
    }

    /// <summary>Telegram refuses a kept file_id and the store cannot forget it: the card is uploaded again all the same.</summary>
    [Fact]
    public async Task A_store_that_cannot_forget_a_refused_file_id_still_gets_the_card_uploaded_again()
    {
        var log = new RecordingLogSink();
        var files = new FailingUploadedFiles();
        await using var bot = await TelegramBotHarness.StartAsync(services: Keeping(files, s => s.AddSingleton<ILogEventSink>(log)));
        var api = bot.Api;
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(IsPhoto);
        await bot.SettledAsync();
        api.Photos.Invalidate((await files.FindAsync(Scope, KeyOf(bot, "q14")))!);
        files.FailForget = true;

        api.Enqueue(Updates.Message("/card q14"));
        var again = await api.WaitForCallAsync(IsPhoto, count: 3);
        await bot.SettledAsync();
        Assert.True(IsUpload(again));
        Assert.Equal(2, api.Photos.Uploaded.Count);
        Assert.Empty(api.Sent);
        Assert.Single(log.WithEventId(3013));
    }
}
