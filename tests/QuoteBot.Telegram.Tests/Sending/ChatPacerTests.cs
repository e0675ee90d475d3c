using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Telegram.Sending;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Sending;

/// <summary>
/// The pacer alone on a fake clock. A turn is given under the pacer's lock, so its <see cref="ChatPacer.Snapshot"/>
/// tells at once, after a clock step, whether a message was let go; awaiting the turn is then a positive wait.
/// </summary>
public sealed class ChatPacerTests : IDisposable
{
    private const long Private = 1001;
    private const long OtherPrivate = 1002;
    private const long Group = -2001;

    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
    private ChatPacer _pacer = null!;

    public void Dispose() => _pacer.Dispose();

    [Fact]
    public async Task A_chats_next_message_waits_its_interval_counted_from_when_the_previous_answer_came_back()
    {
        Start(perChat: Second);
        var first = await Given(Private);
        var second = _pacer.WaitAsync(Private, CancellationToken.None);
        Assert.Equal((1, 1), Counts());
        Assert.Null(_pacer.Snapshot().NextTurnAt); // only the first answer coming back can free the chat

        _time.Advance(TimeSpan.FromSeconds(5)); // the first message is slow to be answered
        Assert.Equal((1, 1), Counts());
        first.Dispose();
        var answeredAt = _time.GetUtcNow();
        Assert.Equal(answeredAt + Second, _pacer.Snapshot().NextTurnAt);

        _time.Advance(Second - Tick);
        Assert.Equal((1, 0), Counts());
        _time.Advance(Tick);
        Assert.Equal((0, 1), Counts());
        (await second.AsTask().WaitAsync(WaitUntil.Guard)).Dispose();
    }

    [Fact]
    public async Task Messages_to_one_chat_go_in_the_order_they_were_asked_for_and_other_chats_do_not_wait_for_it()
    {
        Start(perChat: Second);
        var first = await Given(Private);
        var second = _pacer.WaitAsync(Private, CancellationToken.None).AsTask();
        var third = _pacer.WaitAsync(Private, CancellationToken.None).AsTask();

        using var other = await Given(OtherPrivate); // given at once while the first chat is busy

        first.Dispose();
        _time.Advance(Second);
        Assert.Equal((1, 2), Counts()); // the third waits for the second's answer; the other chat's is still out
        (await second.WaitAsync(WaitUntil.Guard)).Dispose();
        _time.Advance(Second);
        (await third.WaitAsync(WaitUntil.Guard)).Dispose();
    }

    [Fact]
    public async Task The_global_limit_holds_slots_until_their_answers_and_frees_each_a_second_after_it()
    {
        Start(perChat: TimeSpan.Zero, global: 3);
        var turns = new List<ChatTurn>();
        for (var chat = 1; chat <= 3; chat++)
        {
            turns.Add(await Given(chat));
        }

        var fourth = _pacer.WaitAsync(4, CancellationToken.None);
        Assert.Equal((1, 3), Counts());
        Assert.Null(_pacer.Snapshot().NextTurnAt);

        _time.Advance(TimeSpan.FromSeconds(2));
        turns[0].Dispose();
        Assert.Equal(_time.GetUtcNow() + Second, _pacer.Snapshot().NextTurnAt);
        _time.Advance(Second - Tick);
        Assert.Equal((1, 2), Counts());
        _time.Advance(Tick);
        Assert.Equal((0, 3), Counts());
        (await fourth.AsTask().WaitAsync(WaitUntil.Guard)).Dispose();
        turns[1].Dispose();
        turns[2].Dispose();
    }

    [Fact]
    public async Task A_group_gets_its_messages_a_minute_counted_from_their_answers_and_private_chats_are_not_counted()
    {
        Start(perChat: TimeSpan.Zero, group: 2);
        (await Given(Group)).Dispose();
        var firstAnswered = _time.GetUtcNow();
        _time.Advance(TimeSpan.FromSeconds(10));
        (await Given(Group)).Dispose();

        var third = _pacer.WaitAsync(Group, CancellationToken.None);
        Assert.Equal((1, 0), Counts());
        Assert.Equal(firstAnswered + TimeSpan.FromMinutes(1), _pacer.Snapshot().NextTurnAt);
        (await Given(Private)).Dispose(); // a private chat's messages are not a group's

        _time.Advance(firstAnswered + TimeSpan.FromMinutes(1) - Tick - _time.GetUtcNow());
        Assert.Equal((1, 0), Counts());
        _time.Advance(Tick);
        Assert.Equal((0, 1), Counts());
        (await third.AsTask().WaitAsync(WaitUntil.Guard)).Dispose();
    }

    [Fact]
    public async Task After_a_429_no_chat_gets_a_turn_until_retry_after_has_passed()
    {
        Start(perChat: Second);
        using var inFlight = await Given(Private);
        _pacer.HoldAll(TimeSpan.FromSeconds(7));
        var heldAt = _time.GetUtcNow();
        var other = _pacer.WaitAsync(OtherPrivate, CancellationToken.None);
        var calls = _pacer.WaitOutHoldAsync(CancellationToken.None).AsTask();

        Assert.Equal(heldAt + TimeSpan.FromSeconds(7), _pacer.Snapshot().HeldUntil);
        Assert.Equal(heldAt + TimeSpan.FromSeconds(7), _pacer.Snapshot().NextTurnAt);
        Assert.Equal((1, 1), Counts()); // the send already on its way is not recalled

        _pacer.HoldAll(TimeSpan.FromSeconds(2)); // a shorter hold does not cut the longer one short
        _time.Advance(TimeSpan.FromSeconds(7) - Tick);
        Assert.Equal((1, 1), Counts());
        Assert.False(calls.IsCompleted);
        _time.Advance(Tick);
        Assert.Equal((0, 2), Counts());
        (await other.AsTask().WaitAsync(WaitUntil.Guard)).Dispose();
        await calls.WaitAsync(WaitUntil.Guard);
    }

    [Fact]
    public async Task A_message_sent_again_goes_first_in_its_chat_and_not_before_the_time_it_was_given()
    {
        Start(perChat: Second);
        var turn = await Given(Private);
        var next = _pacer.WaitAsync(Private, CancellationToken.None).AsTask();

        var again = turn.AgainAsync(TimeSpan.FromSeconds(3), CancellationToken.None).AsTask();
        Assert.Equal((2, 0), Counts());
        Assert.Equal(_time.GetUtcNow() + TimeSpan.FromSeconds(3), _pacer.Snapshot().NextTurnAt);

        _time.Advance(TimeSpan.FromSeconds(3));
        await again.WaitAsync(WaitUntil.Guard);
        Assert.Equal((1, 1), Counts()); // the next one still waits behind it
        turn.Dispose();
        _time.Advance(Second);
        (await next.WaitAsync(WaitUntil.Guard)).Dispose();
    }

    [Fact]
    public async Task A_cancelled_wait_is_withdrawn_and_a_turn_is_released_only_once()
    {
        Start(perChat: Second, global: 1);
        var turn = await Given(Private);
        using var cancel = new CancellationTokenSource();
        var waiting = _pacer.WaitAsync(OtherPrivate, cancel.Token).AsTask();
        Assert.Equal((1, 1), Counts());

        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting.WaitAsync(WaitUntil.Guard));
        Assert.Equal((0, 1), Counts());

        turn.Dispose();
        turn.Dispose();
        Assert.Equal((0, 0), Counts());
        await Assert.ThrowsAsync<InvalidOperationException>(() => turn.AgainAsync(TimeSpan.Zero, CancellationToken.None).AsTask());
    }

    private void Start(TimeSpan perChat, int global = 28, int group = 20)
    {
        var options = new TelegramOptions
        {
            Pacing = new TelegramPacingOptions { PerChatInterval = perChat, GlobalMessagesPerSecond = global, GroupMessagesPerMinute = group },
        };
        _pacer = new ChatPacer(Options.Create(options), _time);
    }

    /// <summary>A turn the pacer must give at once, without the clock moving.</summary>
    private async Task<ChatTurn> Given(long chat)
    {
        var turn = _pacer.WaitAsync(chat, CancellationToken.None);
        Assert.True(turn.IsCompleted || _pacer.Snapshot().Waiting == 0, $"chat {chat} was not given its turn at once");
        return await turn.AsTask().WaitAsync(WaitUntil.Guard);
    }

    private (int Waiting, int InFlight) Counts()
    {
        var state = _pacer.Snapshot();
        return (state.Waiting, state.InFlight);
    }
}
