using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using QuoteBot.Fakes.Telegram;

namespace QuoteBot.LoadTest.Drivers;

/// <summary>
/// Telegram: each command is a message update from one chat of a pool; a chat has at most one command in flight, so
/// the bot's <c>sendMessage</c> to that chat is its answer (a reply to <c>/quote</c> carries no reference to the
/// update). Even chats are private chats, odd ones groups, so both paths of the bot are taken. A backlog
/// (<see cref="QueueAtOnce"/>) takes a chat per command from a pool as large as the backlog, so many commands are in
/// flight without two in one chat.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The fake is mapped onto the runner's server, which it does not own; nothing of it outlives the run.")]
public sealed class TelegramDriver : PlatformDriver
{
    public const string Token = FakeBotApi.Token;

    /// <summary>Chat ids are this plus the chat's index (negative for groups).</summary>
    public const long ChatBase = 10_000_000;

    private readonly long[] _starts;
    private readonly ConcurrentQueue<int> _free = new();
    private readonly FakeBotApi _api;
    private List<(int Tag, long ChatId, string Command)>? _atOnce;

    public TelegramDriver(long capacity, int chats, QuoteBot.Fakes.ResponseShape shape = QuoteBot.Fakes.ResponseShape.Full)
        : base(capacity)
    {
        _starts = new long[chats];
        for (var i = 0; i < chats; i++)
        {
            _free.Enqueue(i);
        }

        // The tests' fake recording nothing: a reader's pass over each request and answers written as they go.
        _api = new FakeBotApi(TimeProvider.System)
        {
            Recording = false,
            Shape = shape,
            AnswerFirstPollAtOnce = true,
            EmptyPollHold = null,
            Delivering = OnDelivering,
            Sending = OnSendMessage,
        };
    }

    public override string Name => "telegram";

    public static long ChatId(int chat) => (chat & 1) == 0 ? ChatBase + chat : -(ChatBase + chat);

    public override void Map(WebApplication app) => _api.Map(app);

    public override IReadOnlyDictionary<string, string> Environment(Uri baseUri) => new Dictionary<string, string>
    {
        ["Bot__Telegram__Token"] = Token,
        ["Bot__Telegram__ApiBaseUrl"] = baseUri.ToString().TrimEnd('/'),
        // Real pacing would hold each chat to a message a second and the bot to 30 a second: lift it to measure the bot.
        ["Bot__Telegram__Pacing__PerChatInterval"] = "00:00:00",
        ["Bot__Telegram__Pacing__GroupMessagesPerMinute"] = "10000000",
        ["Bot__Telegram__Pacing__GlobalMessagesPerSecond"] = "10000000",
        ["Bot__Telegram__RegisterCommands"] = "true",
    };

    /// <summary>
    /// A backlog: <paramref name="count"/> commands, each from a chat of its own, queued on the fake in one go as
    /// Telegram holds them for a bot that was away; returns how many (fewer if the pool has fewer free chats).
    /// </summary>
    public long QueueAtOnce(long count)
    {
        _atOnce = [];
        long queued = 0;
        while (queued < count && TryIssue(0))
        {
            queued++;
        }

        _api.EnqueueCommands(_atOnce);
        _atOnce = null;
        return queued;
    }

    protected override bool Issue(long sequence, long start, bool topic)
    {
        if (!_free.TryDequeue(out var chat))
        {
            return false;
        }

        Volatile.Write(ref _starts[chat], start);
        var command = topic ? "/topic energy" : "/quote";
        if (_atOnce is { } batch)
        {
            batch.Add((chat, ChatId(chat), command));
        }
        else
        {
            _api.EnqueueCommand(chat, ChatId(chat), command);
        }

        return true;
    }

    private void OnDelivering(int chat) => Sending(ref _starts[chat]);

    private void OnSendMessage(long chatId)
    {
        var chat = Math.Abs(chatId) - ChatBase;
        if (chat < 0 || chat >= _starts.Length)
        {
            Stray();
        }
        else if (TryClaim(ref _starts[chat], out var began))
        {
            // Free the chat before counting the answer: the closed loop issues the next command from the count.
            _free.Enqueue((int)chat);
            CountAnswer(began);
        }
    }
}
