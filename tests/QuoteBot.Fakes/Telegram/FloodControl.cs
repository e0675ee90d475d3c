namespace QuoteBot.Fakes.Telegram;

/// <summary>
/// Telegram's flood control read the strictest way, on the fake clock, for <see cref="FakeBotApi"/>'s sendMessage:
/// arrivals are counted in every window [t, t + 1 s) — at most 30 overall, one per chat, and at most 20 in any minute
/// to a group — and the send that would go over starts a penalty: it and every send arriving before the penalty ends,
/// to any chat, is answered 429 with the seconds left as <c>retry_after</c>. A bot that earns a new penalty within a
/// minute of its last one waits twice as long each time. Refused sends do not count as arrivals.
/// </summary>
/// <remarks>
/// The network is simulated on the fake clock too: the clock stands still while a request is on the wire (the test's
/// clock driver waits for that), a send is taken to arrive <see cref="Latency"/>'s first part after the instant it
/// was received, and its answer is held back until the second part has passed as well. A send that arrives inside
/// a penalty and was sent strictly after that penalty's first 429 was answered went into a penalty the bot knew of:
/// <see cref="InsideKnownPenalty"/> lists them.
/// </remarks>
public sealed class FloodControl(TimeProvider time)
{
    public const int PerSecond = 30;
    public const int GroupPerMinute = 20;
    public static readonly TimeSpan FirstPenalty = TimeSpan.FromSeconds(3);

    private readonly Lock _sync = new();
    private readonly ArrivalWindow _overall = new(PerSecond, TimeSpan.FromSeconds(1));
    private readonly Dictionary<long, ArrivalWindow> _perChat = [];
    private readonly Dictionary<long, ArrivalWindow> _perGroupMinute = [];
    private readonly List<Penalty> _penalties = [];
    private readonly List<FloodVerdict> _insideKnown = [];
    private readonly List<FloodVerdict> _delivered = [];
    private readonly List<DateTimeOffset> _parked = [];
    private readonly Dictionary<int, TimeSpan> _scripted = [];
    private int _received;
    private int _refused;

    /// <summary>
    /// For the Nth send received (1-based): how long it takes to arrive, and how much longer its answer takes to come
    /// back. None by default.
    /// </summary>
    public Func<int, (TimeSpan Up, TimeSpan Down)> Latency { get; set; } = _ => (TimeSpan.Zero, TimeSpan.Zero);

    /// <summary>sendMessage calls received.</summary>
    public int Received
    {
        get
        {
            lock (_sync)
            {
                return _received;
            }
        }
    }

    /// <summary>Sends answered 429 (penalties started, and every send they covered).</summary>
    public int TooManyRequests
    {
        get
        {
            lock (_sync)
            {
                return _refused;
            }
        }
    }

    public IReadOnlyList<Penalty> Penalties
    {
        get
        {
            lock (_sync)
            {
                return [.. _penalties];
            }
        }
    }

    /// <summary>Sends that arrived inside a penalty and were sent strictly after its first 429 was answered.</summary>
    public IReadOnlyList<FloodVerdict> InsideKnownPenalty
    {
        get
        {
            lock (_sync)
            {
                return [.. _insideKnown];
            }
        }
    }

    /// <summary>Sends taken (answered with a message), in the order their answers went out.</summary>
    public IReadOnlyList<FloodVerdict> Delivered
    {
        get
        {
            lock (_sync)
            {
                return [.. _delivered];
            }
        }
    }

    public int DeliveredCount
    {
        get
        {
            lock (_sync)
            {
                return _delivered.Count;
            }
        }
    }

    /// <summary>Answers held back for the simulated way back, and when the first is due: read together.</summary>
    public (int Parked, DateTimeOffset? NextAnswerAt) Network
    {
        get
        {
            lock (_sync)
            {
                return (_parked.Count, _parked.Count == 0 ? null : _parked.Min());
            }
        }
    }

    /// <summary>Telegram being capricious: the <paramref name="nth"/> send (1-based) starts a penalty of <paramref name="retryAfter"/> whatever the rate.</summary>
    public void TooManyRequestsAt(int nth, TimeSpan retryAfter)
    {
        lock (_sync)
        {
            _scripted[nth] = retryAfter;
        }
    }

    /// <summary>A sendMessage to <paramref name="chatId"/> was received now: decides what Telegram answers when it arrives.</summary>
    public FloodVerdict Arrive(long chatId)
    {
        lock (_sync)
        {
            var index = ++_received;
            var sentAt = time.GetUtcNow();
            var (up, down) = Latency(index);
            var arrivedAt = sentAt + up;
            var answerAt = arrivedAt + down;
            var verdict = new FloodVerdict(index, chatId, sentAt, arrivedAt, answerAt, null, 0);
            if (_penalties.LastOrDefault(p => p.Start <= arrivedAt && arrivedAt < p.End) is { } covering)
            {
                if (covering.KnownAt is { } known && sentAt > known)
                {
                    _insideKnown.Add(verdict);
                }

                return Refuse(verdict, covering);
            }

            if (_scripted.Remove(index, out var scripted))
            {
                return Refuse(verdict, StartPenalty(arrivedAt, scripted, scripted: true));
            }

            var chat = Window(_perChat, chatId, 1, TimeSpan.FromSeconds(1));
            var group = chatId < 0 ? Window(_perGroupMinute, chatId, GroupPerMinute, TimeSpan.FromMinutes(1)) : null;
            if (!_overall.Fits(arrivedAt) || !chat.Fits(arrivedAt) || group?.Fits(arrivedAt) == false)
            {
                var earned = _penalties.Count(p => !p.Scripted && arrivedAt - p.End < TimeSpan.FromMinutes(1));
                return Refuse(verdict, StartPenalty(arrivedAt, FirstPenalty * (1 << Math.Min(earned, 8)), scripted: false));
            }

            _overall.Add(arrivedAt, sentAt);
            chat.Add(arrivedAt, sentAt);
            group?.Add(arrivedAt, sentAt);
            return verdict;
        }
    }

    /// <summary>Holds the answer until its way back has passed on the fake clock.</summary>
    /// <remarks>
    /// The timer is set before the answer counts as parked: the clock driver moves the clock only once every send in
    /// flight is parked, so the clock cannot move between reading the wait and setting the timer (a timer set after a
    /// step would fire late, leaving an answer parked past its due time with nothing left to move the clock).
    /// </remarks>
    public async Task ParkAsync(FloodVerdict verdict)
    {
        var wait = verdict.AnswerAt - time.GetUtcNow();
        var delay = wait > TimeSpan.Zero ? Task.Delay(wait, time) : Task.CompletedTask;
        lock (_sync)
        {
            _parked.Add(verdict.AnswerAt);
        }

        try
        {
            await delay;
        }
        finally
        {
            lock (_sync)
            {
                _parked.Remove(verdict.AnswerAt);
            }
        }
    }

    /// <summary>The answer goes out now: a 429 makes its penalty known to the bot from this instant.</summary>
    public void Answering(FloodVerdict verdict)
    {
        lock (_sync)
        {
            if (verdict.Penalty is { } penalty)
            {
                penalty.KnownAt ??= time.GetUtcNow();
            }
            else
            {
                _delivered.Add(verdict);
            }
        }
    }

    private FloodVerdict Refuse(FloodVerdict verdict, Penalty penalty)
    {
        _refused++;
        var seconds = (int)Math.Ceiling((penalty.End - verdict.ArrivedAt).TotalSeconds);
        return verdict with { Penalty = penalty, RetryAfter = Math.Max(1, seconds) };
    }

    private Penalty StartPenalty(DateTimeOffset at, TimeSpan length, bool scripted)
    {
        var penalty = new Penalty(at, at + length, scripted);
        _penalties.Add(penalty);
        return penalty;
    }

    private static ArrivalWindow Window(Dictionary<long, ArrivalWindow> windows, long chatId, int limit, TimeSpan length)
    {
        if (!windows.TryGetValue(chatId, out var window))
        {
            window = new ArrivalWindow(limit, length);
            windows[chatId] = window;
        }

        return window;
    }

    /// <summary>A penalty: every send arriving in [Start, End) is refused.</summary>
    public sealed class Penalty(DateTimeOffset start, DateTimeOffset end, bool scripted)
    {
        public DateTimeOffset Start { get; } = start;
        public DateTimeOffset End { get; } = end;
        public bool Scripted { get; } = scripted;

        /// <summary>When its first 429 was answered (the bot can know of it from then on); null before.</summary>
        public DateTimeOffset? KnownAt { get; internal set; }
    }

    /// <summary>Arrival times in order; does one more fit in every window of <paramref name="length"/> that holds it?</summary>
    private sealed class ArrivalWindow(int limit, TimeSpan length)
    {
        private readonly List<DateTimeOffset> _arrivals = [];

        public bool Fits(DateTimeOffset at)
        {
            // The fullest window holding `at` starts at an arrival (or at `at` itself) no more than a window before it.
            var near = _arrivals.Where(a => a > at - length && a < at + length).Append(at).Order().ToList();
            for (var from = 0; from < near.Count && near[from] <= at; from++)
            {
                if (at - near[from] >= length)
                {
                    continue;
                }

                var count = near.Skip(from).TakeWhile(a => a - near[from] < length).Count();
                if (count > limit)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Counts an arrival; what arrived a window before <paramref name="now"/> is forgotten, as nothing sent from now on can arrive earlier.</summary>
        public void Add(DateTimeOffset at, DateTimeOffset now)
        {
            _arrivals.RemoveAll(a => a <= now - length);
            var index = _arrivals.BinarySearch(at);
            _arrivals.Insert(index < 0 ? ~index : index, at);
        }
    }
}

/// <summary>What the fake decided for one send: when it was sent, arrived and is answered, and the penalty that refused it (if any).</summary>
public sealed record FloodVerdict(int Index, long ChatId, DateTimeOffset SentAt, DateTimeOffset ArrivedAt, DateTimeOffset AnswerAt, FloodControl.Penalty? Penalty, int RetryAfter);
