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
    /// Two chats asking for a card never uploaded: neither waits for the other's upload, so both upload it (the later
    /// id is kept; both work). One chat's slow upload is held at the fake while the other's goes through.
    /// </summary>
    [Fact]
    public async Task A_first_card_in_one_chat_does_not_wait_for_another_chats_upload_of_it_and_both_upload()
    {
        await using var bot = await TelegramBotHarness.StartAsync();
        var api = bot.Api;
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        api.PhotoArriving = call => call.ChatId == Updates.PrivateChat ? release.Task : Task.CompletedTask;
        api.Enqueue(Updates.Message("/card q14"));
        await api.WaitForCallAsync(c => IsPhoto(c) && c.ChatId == Updates.PrivateChat);

        api.Enqueue(Updates.Message("/card q14", chat: 4242));
        var files = bot.Get<IUploadedFiles>();
        var key = KeyOf(bot, "q14");
        await WaitUntil.TrueAsync(async () => await files.FindAsync(Scope, key) is not null, "the other chat's upload answered and kept");
        Assert.False(release.Task.IsCompleted);
        var other = await files.FindAsync(Scope, key);
        Assert.Single(api.Photos.Uploaded);

        release.SetResult();
        await bot.SettledAsync();
        Assert.Equal(2, api.Photos.Uploaded.Count);
        Assert.All(api.CallsTo("sendPhoto"), c => Assert.True(IsUpload(c)));
        var kept = await files.FindAsync(Scope, key);
        Assert.NotEqual(other, kept);
        Assert.True(api.Photos.Knows(FakeBotApi.Token, other!));
    }
}
