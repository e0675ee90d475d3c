using QuoteBot.Discord.Gateway;

namespace QuoteBot.Discord.Tests.Gateway;

public sealed class GatewayCloseCodesTests
{
    [Theory]
    [InlineData(null, GatewayReconnectAction.Resume)]
    [InlineData(1000, GatewayReconnectAction.Resume)]
    [InlineData(1001, GatewayReconnectAction.Resume)]
    [InlineData(1006, GatewayReconnectAction.Resume)]
    [InlineData(4000, GatewayReconnectAction.Resume)]
    [InlineData(4001, GatewayReconnectAction.Resume)]
    [InlineData(4002, GatewayReconnectAction.Resume)]
    [InlineData(4003, GatewayReconnectAction.Identify)]
    [InlineData(4004, GatewayReconnectAction.Fatal)]
    [InlineData(4005, GatewayReconnectAction.Resume)]
    [InlineData(4007, GatewayReconnectAction.Identify)]
    [InlineData(4008, GatewayReconnectAction.Resume)]
    [InlineData(4009, GatewayReconnectAction.Identify)]
    [InlineData(4010, GatewayReconnectAction.Fatal)]
    [InlineData(4011, GatewayReconnectAction.Fatal)]
    [InlineData(4012, GatewayReconnectAction.Fatal)]
    [InlineData(4013, GatewayReconnectAction.Fatal)]
    [InlineData(4014, GatewayReconnectAction.Fatal)]
    [InlineData(4999, GatewayReconnectAction.Resume)]
    public void Each_close_code_maps_to_resume_identify_or_fatal(int? code, GatewayReconnectAction expected) =>
        Assert.Equal(expected, GatewayCloseCodes.Classify(code));

    [Theory]
    [InlineData(4004, "authentication failed", "Bot:Discord:Token")]
    [InlineData(4010, "invalid shard", "Bot:Discord:ShardIds")]
    [InlineData(4011, "sharding required", "Bot:Discord:ShardCount")]
    [InlineData(4012, "invalid API version", "v10")]
    [InlineData(4013, "invalid intents", "Bot:Discord:Intents")]
    [InlineData(4014, "disallowed intents", "Bot:Discord:Intents")]
    public void Fatal_errors_name_the_cause_and_the_setting_in_one_line(int code, string cause, string hint)
    {
        var error = new DiscordGatewayFatalException(code);

        Assert.Contains(cause, error.Message, StringComparison.Ordinal);
        Assert.Contains(hint, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
        Assert.Equal(code, error.CloseCode);
    }

    [Theory]
    [InlineData(GatewayDisconnectReason.Zombie, null, false, GatewayReconnectAction.Resume)]
    [InlineData(GatewayDisconnectReason.TransportFailed, null, false, GatewayReconnectAction.Resume)]
    [InlineData(GatewayDisconnectReason.ReconnectRequested, null, false, GatewayReconnectAction.Resume)]
    [InlineData(GatewayDisconnectReason.ConnectFailed, null, false, GatewayReconnectAction.Resume)]
    [InlineData(GatewayDisconnectReason.InvalidSession, null, true, GatewayReconnectAction.Resume)]
    [InlineData(GatewayDisconnectReason.InvalidSession, null, false, GatewayReconnectAction.Identify)]
    [InlineData(GatewayDisconnectReason.ServerClosed, 4007, false, GatewayReconnectAction.Identify)]
    [InlineData(GatewayDisconnectReason.ServerClosed, 4014, false, GatewayReconnectAction.Fatal)]
    internal void Each_way_a_connection_ends_has_one_next_step(GatewayDisconnectReason reason, int? code, bool resumable, GatewayReconnectAction expected) =>
        Assert.Equal(expected, new GatewayDisconnect(reason, code, Resumable: resumable).NextAction());
}
