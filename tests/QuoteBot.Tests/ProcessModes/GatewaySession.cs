using QuoteBot.Discord.Tests.Commands;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Tests.ProcessModes;

/// <summary>The fake Discord's side of a gateway session with the bot process: Hello, Identify, READY, then commands.</summary>
internal static class GatewaySession
{
    /// <summary>Waits for the bot to connect and identify, and answers READY.</summary>
    public static async Task<FakeGatewayConnection> OpenAsync(FakeDiscord fake)
    {
        var gateway = await fake.NextConnectionAsync();
        await gateway.ExpectAsync(2);
        await gateway.SendReadyAsync(1);
        return gateway;
    }

    /// <summary>Dispatches <c>/topic energy</c> as an INTERACTION_CREATE and returns the callback the bot posted.</summary>
    public static async Task<RecordedRequest> TopicEnergyAsync(this FakeGatewayConnection gateway, FakeDiscord fake, int sequence)
    {
        var interaction = Interactions.Command("topic", "topic", "energy");
        var callback = fake.WaitForRequestAsync($"interactions/{interaction["id"]!.GetValue<string>()}/");
        await gateway.SendDispatchAsync("INTERACTION_CREATE", sequence, interaction.ToJsonString());
        return await callback.WaitAsync(RunningBot.Guard);
    }
}
