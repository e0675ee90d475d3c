using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Tests.Models;

public sealed class InteractionResponseJsonTests
{
    private static readonly InteractionCallbackData Quote = new() { Content = "Q" };

    public static TheoryData<string, InteractionResponse> Responses => new()
    {
        { """{"type":1}""", InteractionResponse.Pong() },
        { """{"type":4,"data":{"content":"Q","allowed_mentions":{"parse":[]}}}""", InteractionResponse.Message(Quote) },
        { """{"type":5}""", InteractionResponse.DeferredMessage() },
        { """{"type":5,"data":{"allowed_mentions":{"parse":[]},"flags":64}}""", InteractionResponse.DeferredMessage(ephemeral: true) },
        { """{"type":6}""", InteractionResponse.DeferredUpdate() },
        { """{"type":7,"data":{"content":"Q","allowed_mentions":{"parse":[]}}}""", InteractionResponse.UpdateMessage(Quote) },
        {
            """{"type":8,"data":{"choices":[{"name":"Energy","value":"energy"},{"name":"Seven","value":7}]}}""",
            InteractionResponse.Autocomplete([ApplicationCommandOptionChoice.FromString("Energy", "energy"), ApplicationCommandOptionChoice.FromInteger("Seven", 7)])
        },
    };

    [Theory]
    [MemberData(nameof(Responses))]
    public void Each_response_type_has_the_documented_shape(string expected, InteractionResponse response) =>
        JsonAssert.Serializes(expected, response, DiscordJsonContext.Default.InteractionResponse);

    [Fact]
    public void A_message_with_embeds_buttons_and_ephemeral_flag_still_cannot_ping()
    {
        var response = InteractionResponse.Message(new InteractionCallbackData
        {
            Content = "@everyone",
            Flags = MessageFlags.Ephemeral,
            Embeds = [new Embed { Title = "金句", Description = "Fusion", Color = 0x5865F2, Footer = new EmbedFooter { Text = "Talk, 2024" } }],
            Components = [MessageComponent.ActionRow(MessageComponent.Button("Another", "quote:next"), MessageComponent.LinkButton("Source", "https://example.org"))],
        });

        JsonAssert.Serializes("""
            {"type":4,"data":{"content":"@everyone","flags":64,"allowed_mentions":{"parse":[]},
              "embeds":[{"title":"金句","description":"Fusion","color":5793266,"footer":{"text":"Talk, 2024"}}],
              "components":[{"type":1,"components":[
                {"type":2,"style":2,"label":"Another","custom_id":"quote:next"},
                {"type":2,"style":5,"label":"Source","url":"https://example.org"}]}]}}
            """, response, DiscordJsonContext.Default.InteractionResponse);
    }

    [Fact]
    public void A_channel_message_carries_nonce_enforcement_and_no_pings_by_default()
    {
        JsonAssert.Serializes(
            """{"content":"hi","allowed_mentions":{"parse":[]},"nonce":"n1","enforce_nonce":true}""",
            new MessageCreate { Content = "hi", Nonce = "n1" },
            DiscordJsonContext.Default.MessageCreate);
    }
}
