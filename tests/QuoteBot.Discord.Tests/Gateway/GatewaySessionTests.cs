using QuoteBot.Discord.Gateway;

namespace QuoteBot.Discord.Tests.Gateway;

public sealed class GatewaySessionTests
{
    [Fact]
    public void A_sequence_already_seen_is_refused_so_replays_are_handled_once()
    {
        var session = new GatewaySession();

        Assert.True(session.TryAdvance(1));
        Assert.True(session.TryAdvance(2));
        Assert.False(session.TryAdvance(2));
        Assert.False(session.TryAdvance(1));
        Assert.True(session.TryAdvance(3));
        Assert.Equal(3, session.Sequence);
    }

    [Fact]
    public void Reset_forgets_the_session_so_the_next_connection_identifies()
    {
        var session = new GatewaySession();
        session.TryAdvance(7);
        session.Start("s", new Uri("wss://resume.example"), "1234");
        Assert.True(session.CanResume);

        session.Reset();

        Assert.False(session.CanResume);
        Assert.Null(session.Sequence);
        Assert.True(session.TryAdvance(1));
    }
}
