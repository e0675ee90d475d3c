using System.Text.Json;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Models;

public sealed class InteractionJsonTests
{
    [Fact]
    public void A_slash_command_with_a_subcommand_reads_its_nested_options()
    {
        var interaction = Read(FakePayloads.CommandInteraction("1"));

        Assert.Equal(InteractionType.ApplicationCommand, interaction.Type);
        Assert.Equal("quote", interaction.Data!.Name);
        var sub = Assert.Single(interaction.Data.Options!);
        Assert.Equal(ApplicationCommandOptionType.SubCommand, sub.Type);
        Assert.Equal("energy", sub.Options![0].ValueAsString());
        Assert.Equal("alice", interaction.InvokingUser!.Username);
        Assert.Equal(InteractionContextType.Guild, interaction.Context);
    }

    [Fact]
    public void Autocomplete_finds_the_focused_option_at_any_depth()
    {
        var interaction = Read("""
            {"id":"2","type":4,"token":"t","version":1,"user":{"id":"9","username":"bob"},
             "data":{"id":"300","name":"quote","type":1,"options":[
               {"name":"topic","type":1,"options":[{"name":"limit","type":4,"value":3},{"name":"name","type":3,"value":"ene","focused":true}]}]}}
            """);

        Assert.Equal(InteractionType.ApplicationCommandAutocomplete, interaction.Type);
        Assert.Equal("ene", interaction.Data!.FindFocusedOption()!.ValueAsString());
        Assert.Equal("3", interaction.Data.Options![0].Options![0].ValueAsString());
        Assert.Equal("bob", interaction.InvokingUser!.Username);
    }

    [Fact]
    public void A_button_click_reads_its_custom_id_and_source_message()
    {
        var interaction = Read("""
            {"id":"3","type":3,"token":"t","version":1,"channel_id":"88",
             "message":{"id":"555","channel_id":"88","content":"quote"},
             "data":{"custom_id":"quote:next:42","component_type":2}}
            """);

        Assert.Equal(InteractionType.MessageComponent, interaction.Type);
        Assert.Equal("quote:next:42", interaction.Data!.CustomId);
        Assert.Equal(ComponentType.Button, interaction.Data.ComponentType);
        Assert.Equal("555", interaction.Message!.Id);
    }

    [Fact]
    public void A_button_click_whose_data_carries_the_numeric_component_id_is_read()
    {
        var interaction = Read("""
            {"id":"4","type":3,"token":"t","version":1,"channel_id":"88",
             "data":{"id":3,"custom_id":"qb:t:energy","component_type":2}}
            """);

        Assert.Equal("3", interaction.Data!.Id);
        Assert.Equal("qb:t:energy", interaction.Data.CustomId);
    }

    [Fact]
    public void READY_keeps_what_resuming_needs()
    {
        var ready = JsonSerializer.Deserialize("""
            {"v":10,"user":{"id":"42","username":"quotebot","bot":true},"guilds":[],"session_id":"s1",
             "resume_gateway_url":"wss://gateway-us-east1-b.discord.gg","shard":[1,4],"application":{"id":"1234","flags":0}}
            """, DiscordJsonContext.Default.ReadyEvent)!;

        Assert.Equal("s1", ready.SessionId);
        Assert.Equal("wss://gateway-us-east1-b.discord.gg", ready.ResumeGatewayUrl);
        Assert.Equal([1, 4], ready.Shard);
        Assert.Equal("1234", ready.Application!.Id);
    }

    private static Interaction Read(string json) => JsonSerializer.Deserialize(json, DiscordJsonContext.Default.Interaction)!;
}
