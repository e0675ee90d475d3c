using System.Text;
using System.Text.Json;
using QuoteBot.Discord.Gateway;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Tests.Gateway;

public sealed class GatewayFrameTests
{
    [Fact]
    public void A_dispatch_gives_its_opcode_sequence_name_and_data()
    {
        using var frame = GatewayFrame.Parse(Bytes("""{"t":"INTERACTION_CREATE","s":42,"op":0,"d":{"id":"7","type":2}}"""));

        Assert.Equal(GatewayOpcode.Dispatch, frame.Op);
        Assert.Equal(42, frame.S);
        Assert.Same(GatewayFrame.InteractionCreate, frame.T);
        Assert.Equal("7", frame.D!.Value.GetProperty("id").GetString());
    }

    [Fact]
    public void Other_event_names_are_read_as_they_are()
    {
        using var frame = GatewayFrame.Parse(Bytes("""{"op":0,"s":1,"t":"READY","d":{}}"""));

        Assert.Equal("READY", frame.T);
    }

    [Fact]
    public void Null_sequence_name_and_data_are_absent()
    {
        using var frame = GatewayFrame.Parse(Bytes("""{"op":11,"s":null,"t":null,"d":null}"""));

        Assert.Equal(GatewayOpcode.HeartbeatAck, frame.Op);
        Assert.Null(frame.S);
        Assert.Null(frame.T);
        Assert.Null(frame.D);
    }

    [Fact]
    public void A_boolean_data_is_kept()
    {
        using var frame = GatewayFrame.Parse(Bytes("""{"op":9,"d":true}"""));

        Assert.Equal(JsonValueKind.True, frame.D!.Value.ValueKind);
    }

    [Theory]
    [InlineData("""{"t":"READY","d":{}}""")]
    [InlineData("""{"op":"0"}""")]
    [InlineData("""[1,2]""")]
    [InlineData("""not json""")]
    public void A_message_without_a_numeric_opcode_is_undecodable(string message) =>
        Assert.ThrowsAny<JsonException>(() => GatewayFrame.Parse(Bytes(message)));

    private static byte[] Bytes(string text) => Encoding.UTF8.GetBytes(text);
}
