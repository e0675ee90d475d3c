using System.Globalization;
using Microsoft.AspNetCore.Builder;
using QuoteBot.Fakes.Discord;

namespace QuoteBot.LoadTest.Drivers;

/// <summary>
/// Discord: each command is an INTERACTION_CREATE on the fake gateway with its own interaction id; the answer is the
/// bot's <c>POST /interactions/{id}/{token}/callback</c>, matched by id.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001", Justification = "The fake is mapped onto the runner's server, which it does not own; nothing of it outlives the run.")]
public sealed class DiscordDriver : PlatformDriver
{
    public const string Token = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.load-test-token-0123456789abcdefghijk";
    public const string ApplicationId = "1234";

    /// <summary>Interaction ids start here (snowflake-sized); the clock of id n lives at n modulo the ring's size.</summary>
    public const long FirstInteractionId = 1_300_000_000_000_000_000;

    private const int RingMask = (1 << 20) - 1;
    private readonly long[] _starts = new long[RingMask + 1];
    private readonly FakeDiscord _discord;

    public DiscordDriver(long capacity, QuoteBot.Fakes.ResponseShape shape = QuoteBot.Fakes.ResponseShape.Full)
        : base(capacity)
    {
        // The tests' fake recording nothing: a gateway that runs the session by itself, and REST answers read off the path.
        _discord = new FakeDiscord(TimeProvider.System)
        {
            Recording = false,
            Shape = shape,
            Dispatching = OnSending,
            Answered = OnCallback,
        };
    }

    public override string Name => "discord";

    /// <summary>Gateway connections the bot opened (1 unless it reconnected).</summary>
    public int Connections => _discord.ConnectionsOpened;

    public override void Map(WebApplication app) => _discord.Map(app);

    public override IReadOnlyDictionary<string, string> Environment(Uri baseUri) => new Dictionary<string, string>
    {
        ["Bot__Discord__Token"] = Token,
        ["Bot__Discord__ApplicationId"] = ApplicationId,
        ["Bot__Discord__ApiBaseUrl"] = new Uri(baseUri, FakeDiscord.ApiPath).ToString(),
        ["Bot__Discord__GatewayUrl"] = $"ws://{baseUri.Authority}{FakeDiscord.GatewayPath}",
    };

    protected override bool Issue(long sequence, long start, bool topic)
    {
        var id = FirstInteractionId + sequence;
        ref var slot = ref _starts[id & RingMask];
        if (Volatile.Read(ref slot) != 0)
        {
            return false; // a million interactions unanswered: the ring is full
        }

        Volatile.Write(ref slot, start);
        _discord.DispatchCommand(id, topic);
        return true;
    }

    private void OnSending(long id) => Sending(ref _starts[id & RingMask]);

    private void OnCallback(string id, bool deferred)
    {
        if (!long.TryParse(id, NumberStyles.None, CultureInfo.InvariantCulture, out var interaction) || interaction <= FirstInteractionId)
        {
            Stray();
        }
        else if (TryClaim(ref _starts[interaction & RingMask], out var began))
        {
            CountAnswer(began, deferred);
        }
    }
}
