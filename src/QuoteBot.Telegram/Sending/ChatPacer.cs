using Microsoft.Extensions.Options;
using QuoteBot.Core.Pacing;

namespace QuoteBot.Telegram.Sending;

/// <summary>
/// Keeps outgoing messages under Telegram's limits as Telegram counts them, at arrival: at most one message per
/// <c>PerChatInterval</c> to a chat, <c>GroupMessagesPerMinute</c> to a group, <c>GlobalMessagesPerSecond</c> overall.
/// A message reaches Telegram somewhere between its turn and its answer, so every count runs from the answer: a
/// message holds its slots until its answer came back (<see cref="ChatTurn.Dispose"/>) and they free a window after
/// that (<see cref="CompletionWindow"/>). After a 429, <see cref="HoldAll"/> keeps every chat waiting until
/// <c>retry_after</c> has passed. Waiting for one chat never holds up another; messages to one chat go out in the
/// order they were asked for.
/// </summary>
/// <remarks>
/// One scheduler under one lock and one timer, rather than a timer per waiting message: a turn is given in the timer's
/// callback or in the call that freed it, so ten thousand waiting chats cost no wake-ups, and the figures below
/// (<see cref="Snapshot"/>) are exact at every instant.
/// </remarks>
public sealed class ChatPacer : IDisposable
{
    private readonly Lock _sync = new();
    private readonly TimeProvider _time;
    private readonly TelegramPacingOptions _pacing;
    private readonly CompletionWindow _global;
    private readonly Dictionary<long, ChatLane> _lanes = [];
    private readonly Queue<ChatLane> _ready = new();
    private readonly PriorityQueue<ChatLane, DateTimeOffset> _sleeping = new();
    private readonly ITimer _timer;
    private DateTimeOffset _heldUntil = DateTimeOffset.MinValue;
    private DateTimeOffset? _timerAt;
    private int _waiting;
    private int _inFlight;

    public ChatPacer(IOptions<TelegramOptions> options, TimeProvider time)
    {
        _time = time;
        _pacing = options.Value.Pacing;
        _global = new CompletionWindow(_pacing.GlobalMessagesPerSecond, TimeSpan.FromSeconds(1), time);
        _timer = time.CreateTimer(_ => Pump(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    /// <summary>
    /// Messages waiting for their turn, messages given their turn whose answer has not come back (what may be on its
    /// way to Telegram), and when the pacer next gives a turn by itself (null when only an answer coming back can free
    /// one), read together at one instant.
    /// </summary>
    public ChatPacerState Snapshot()
    {
        lock (_sync)
        {
            return new ChatPacerState(_waiting, _inFlight, _timerAt, _heldUntil);
        }
    }

    /// <summary>Waits for the chat's turn; dispose the result once the message's answer came back (or it was given up).</summary>
    public async ValueTask<ChatTurn> WaitAsync(long chatId, CancellationToken cancellationToken)
    {
        ChatLane lane;
        lock (_sync)
        {
            if (!_lanes.TryGetValue(chatId, out lane!))
            {
                var perMinute = chatId < 0 ? new CompletionWindow(_pacing.GroupMessagesPerMinute, TimeSpan.FromMinutes(1), _time) : null;
                lane = new ChatLane(perMinute);
                _lanes[chatId] = lane;
            }
        }

        var turn = new ChatTurn(this, lane);
        Enqueue(turn);
        await turn.GrantedAsync(cancellationToken);
        return turn;
    }

    /// <summary>
    /// Telegram answered 429: no send starts until <paramref name="retryAfter"/> from now, in any chat, since Telegram
    /// does not say which chats its penalty covers. Sends already on their way are not recalled.
    /// </summary>
    public void HoldAll(TimeSpan retryAfter)
    {
        lock (_sync)
        {
            var until = _time.GetUtcNow() + retryAfter;
            if (until > _heldUntil)
            {
                _heldUntil = until;
            }

            PumpLocked();
        }
    }

    /// <summary>Waits out a hold set by <see cref="HoldAll"/>, for Bot API calls that are not paced as messages.</summary>
    public async ValueTask WaitOutHoldAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var wait = Snapshot().HeldUntil - _time.GetUtcNow();
            if (wait <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(wait, _time, cancellationToken);
        }
    }

    public void Dispose() => _timer.Dispose();

    private void Enqueue(ChatTurn turn)
    {
        lock (_sync)
        {
            turn.Node = turn.Lane.Pending.AddLast(turn);
            _waiting++;
            Schedule(turn.Lane);
            PumpLocked();
        }
    }

    /// <summary>Takes a waiting turn back (cancelled); false when it was given meanwhile.</summary>
    internal bool Withdraw(ChatTurn turn)
    {
        lock (_sync)
        {
            return WithdrawLocked(turn);
        }
    }

    /// <summary>A given turn is completed, a waiting one withdrawn; a second call does nothing.</summary>
    internal void Release(ChatTurn turn)
    {
        lock (_sync)
        {
            if (!WithdrawLocked(turn))
            {
                CompleteLocked(turn, again: false, TimeSpan.Zero);
            }
        }
    }

    /// <summary>
    /// The turn's answer came back: its slots start their window now, and the chat's next message may follow the
    /// interval after it. With <paramref name="again"/>, that same message waits again, first in its chat, and not
    /// before <paramref name="notBefore"/> from now. False when the turn was not given.
    /// </summary>
    internal bool Complete(ChatTurn turn, bool again, TimeSpan notBefore)
    {
        lock (_sync)
        {
            return CompleteLocked(turn, again, notBefore);
        }
    }

    private bool WithdrawLocked(ChatTurn turn)
    {
        if (turn.State != ChatTurn.Stage.Waiting || turn.Node is not { } node)
        {
            return false;
        }

        turn.Lane.Pending.Remove(node);
        turn.Node = null;
        turn.State = ChatTurn.Stage.Done;
        _waiting--;
        return true;
    }

    private bool CompleteLocked(ChatTurn turn, bool again, TimeSpan notBefore)
    {
        if (turn.State != ChatTurn.Stage.Given)
        {
            return false;
        }

        var lane = turn.Lane;
        _inFlight--;
        _global.Complete();
        lane.PerMinute?.Complete();
        lane.Busy = false;
        var interval = notBefore > _pacing.PerChatInterval ? notBefore : _pacing.PerChatInterval;
        lane.NextAllowed = _time.GetUtcNow() + interval;
        turn.State = ChatTurn.Stage.Done;
        if (again)
        {
            turn.State = ChatTurn.Stage.Waiting;
            turn.Node = lane.Pending.AddFirst(turn);
            _waiting++;
        }

        Schedule(lane);
        PumpLocked();
        return true;
    }

    private void Pump()
    {
        lock (_sync)
        {
            _timerAt = null;
            PumpLocked();
        }
    }

    /// <summary>Gives every turn that may go now, then sets the timer for the next moment one may.</summary>
    private void PumpLocked()
    {
        var now = _time.GetUtcNow();
        while (_sleeping.TryPeek(out var sleeper, out var wakeAt) && wakeAt <= now)
        {
            _sleeping.Dequeue();
            sleeper.Queued = false;
            Schedule(sleeper);
        }

        DateTimeOffset? next = _sleeping.TryPeek(out _, out var sleeperAt) ? sleeperAt : null;
        if (_heldUntil > now)
        {
            next = _ready.Count > 0 || next is not null ? Earliest(next, _heldUntil) : next;
        }
        else
        {
            next = Earliest(next, GiveReadyTurns(now));
        }

        SetTimer(now, next);
    }

    /// <summary>Gives turns to ready chats in the order they became ready while global slots last; returns when a slot frees, if one is needed.</summary>
    private DateTimeOffset? GiveReadyTurns(DateTimeOffset now)
    {
        DateTimeOffset? next = null;
        while (_ready.TryPeek(out var lane))
        {
            if (lane.Pending.First is not { } head)
            {
                _ready.Dequeue();
                lane.Queued = false;
                continue;
            }

            if (!_global.TryTake(out var globalFreeAt))
            {
                return globalFreeAt;
            }

            _ready.Dequeue();
            lane.Queued = false;
            if (lane.PerMinute is { } perMinute && !perMinute.TryTake(out var laneFreeAt))
            {
                // The group's own minute is full: its slots are all completed (one message at a time), so a time is known.
                _global.Return();
                var wake = laneFreeAt ?? now + TimeSpan.FromMinutes(1);
                Sleep(lane, wake);
                next = Earliest(next, wake);
                continue;
            }

            lane.Pending.RemoveFirst();
            head.Value.Node = null;
            head.Value.State = ChatTurn.Stage.Given;
            lane.Busy = true;
            _waiting--;
            _inFlight++;
            head.Value.Grant();
        }

        return next;
    }

    /// <summary>Puts a chat with a waiting message where it belongs: ready, or asleep until its interval has passed.</summary>
    private void Schedule(ChatLane lane)
    {
        if (lane.Busy || lane.Queued || lane.Pending.Count == 0)
        {
            return;
        }

        if (lane.NextAllowed > _time.GetUtcNow())
        {
            Sleep(lane, lane.NextAllowed);
            return;
        }

        lane.Queued = true;
        _ready.Enqueue(lane);
    }

    private void Sleep(ChatLane lane, DateTimeOffset until)
    {
        lane.Queued = true;
        _sleeping.Enqueue(lane, until);
    }

    private void SetTimer(DateTimeOffset now, DateTimeOffset? at)
    {
        if (at == _timerAt)
        {
            return;
        }

        _timerAt = at;
        _timer.Change(at is { } due ? due - now : Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    private static DateTimeOffset? Earliest(DateTimeOffset? a, DateTimeOffset? b) =>
        a is null ? b : b is null ? a : a < b ? a : b;
}
