using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Commands;
using QuoteBot.Discord.Tests.Fakes;
using QuoteBot.Hosting;
using QuoteBot.Testing;
using Serilog.Core;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>
/// The whole bot host (the same <c>AddQuoteBot</c> list as Program.cs) with Discord pointed at the fake: gateway
/// connected and READY, every REST call recorded. Only the clock is fake.
/// </summary>
internal sealed class DiscordBotHarness : IAsyncDisposable
{
    private int _sequence = 1;

    private readonly bool _ownsFake;
    private readonly TempDirectory _data;

    private DiscordBotHarness(FakeDiscord fake, bool ownsFake, TestClock time, IHost host, RecordingLogSink logs, TempDirectory data)
    {
        _data = data;
        Logs = logs;
        Fake = fake;
        _ownsFake = ownsFake;
        Time = time;
        Host = host;
    }

    public FakeDiscord Fake { get; }
    public TestClock Time { get; }
    public IHost Host { get; }
    public FakeGatewayConnection Gateway { get; private set; } = null!;

    /// <summary>What the bot logged, at the level the settings ask (Warning unless a test sets <c>Serilog:MinimumLevel:Default</c>).</summary>
    public RecordingLogSink Logs { get; }

    public static async Task<DiscordBotHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        IEnumerable<ICommandHandler>? extraHandlers = null,
        FakeDiscord? fake = null,
        TestClock? time = null,
        string? corpusPath = null,
        bool connectGateway = true,
        Action<IServiceCollection>? configure = null)
    {
        time ??= TestTime.NewClock();
        var ownsFake = fake is null;
        fake ??= await FakeDiscord.StartAsync(time);
        var data = TempDirectory.Create("quotebot-discord");
        var builder = QuoteBotHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Discord:Token"] = DiscordTestHost.Token,
            ["Bot:Discord:ApplicationId"] = "1234",
            ["Bot:Discord:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["Bot:Console:Mode"] = "off",
            ["Bot:Http:Urls"] = "http://127.0.0.1:0",
            ["Bot:Storage:DataDirectory"] = data.Path,
            ["Bot:Digest:Enabled"] = "false",
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        if (corpusPath is not null)
        {
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:CorpusPath"] = corpusPath });
        }

        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        var logs = new RecordingLogSink();
        builder.Services.AddSingleton<ILogEventSink>(logs);
        var requests = new InFlightRequests();
        builder.Services.ConfigureHttpClientDefaults(client => client.AddHttpMessageHandler(requests.NewHandler));
        fake.HoldTimeWhileBusy(time, requests);
        foreach (var handler in extraHandlers ?? [])
        {
            builder.Services.AddSingleton(handler);
        }

        builder.AddQuoteBot();
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        host.Services.HoldClockWhileDigestAwake(time);
        var harness = new DiscordBotHarness(fake, ownsFake, time, host, logs, data);
        if (connectGateway)
        {
            harness.Gateway = await fake.NextConnectionAsync();
            await harness.Gateway.ExpectAsync(2);
            await harness.Gateway.SendReadyAsync(harness._sequence++);
        }

        return harness;
    }

    public T Get<T>() where T : notnull => Host.Services.GetRequiredService<T>();

    /// <summary>Sends the interaction over the gateway (Discord creates it now) without waiting for anything.</summary>
    public Task SendAsync(JsonObject interaction) => Gateway.SendDispatchAsync("INTERACTION_CREATE", _sequence++, interaction.ToJsonString());

    /// <summary>Sends the interaction over the gateway and returns the callback the bot posted for it.</summary>
    public async Task<JsonElement> InteractAsync(JsonObject interaction)
    {
        var id = interaction["id"]!.GetValue<string>();
        var callback = Fake.WaitForRequestAsync($"interactions/{id}/");
        await Gateway.SendDispatchAsync("INTERACTION_CREATE", _sequence++, interaction.ToJsonString());
        var request = await callback.WaitAsync(TestTime.Guard);
        return request.Json;
    }

    public async ValueTask DisposeAsync()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
        _data.Dispose();
        if (_ownsFake)
        {
            await Fake.DisposeAsync();
        }
    }
}
