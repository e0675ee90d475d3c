using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Testing;
using Serilog.Events;

namespace QuoteBot.Discord.Tests.Interactions;

/// <summary>The gateway path of the dispatcher: handler, callback, and what happens without one.</summary>
public sealed class InteractionDispatcherTests : IAsyncLifetime
{
    private readonly TestClock _time = TestTime.NewClock();
    private readonly Interaction _interaction = JsonSerializer.Deserialize(FakePayloads.CommandInteraction("800"), DiscordJsonContext.Default.Interaction)!;
    private FakeDiscord _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeDiscord.StartAsync(_time);

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Without_a_handler_the_interaction_is_ignored_with_a_debug_log_and_no_callback()
    {
        await using var host = DiscordTestHost.Create(_fake, _time);

        await host.Services.GetRequiredService<InteractionDispatcher>().HandleAndRespondAsync(_interaction, CancellationToken.None).WithGuard();

        Assert.Contains(host.Logs.WithId(5300), e => e.Level == LogEventLevel.Debug);
        Assert.Empty(_fake.Requests);
    }

    [Fact]
    public async Task A_failing_handler_is_logged_and_does_not_escape()
    {
        var handler = new RecordingInteractionHandler { Respond = _ => throw new InvalidOperationException("boom") };
        await using var host = DiscordTestHost.Create(_fake, _time, handler: handler);

        await host.Services.GetRequiredService<InteractionDispatcher>().HandleAndRespondAsync(_interaction, CancellationToken.None).WithGuard();

        var error = Assert.Single(host.Logs.WithId(5301));
        Assert.IsType<InvalidOperationException>(error.Exception);
        Assert.Empty(_fake.Requests);
    }
}
