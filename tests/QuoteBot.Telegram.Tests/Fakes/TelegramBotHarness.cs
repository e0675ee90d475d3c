using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Resilience;
using QuoteBot.Core.State;
using QuoteBot.Fakes.Telegram;
using QuoteBot.Hosting;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Sending;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Fakes;

/// <summary>
/// The real bot host (the same registrations as Program.cs) with Telegram pointed at a <see cref="FakeBotApi"/>,
/// a fake clock, and deterministic backoff. Nothing of ours is mocked.
/// </summary>
public sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly TempDirectory _data;
    private bool _stopped;

    private TelegramBotHarness(FakeBotApi api, FakeTimeProvider time, IHost host, TempDirectory data)
    {
        _data = data;
        Api = api;
        Time = time;
        Host = host;
    }

    public FakeBotApi Api { get; }
    public FakeTimeProvider Time { get; }

    /// <summary>The clock with what waits on it; the harness makes one unless the test brought its own plain fake clock.</summary>
    public TestClock Clock => Time as TestClock ?? throw new InvalidOperationException("this host was started with a plain FakeTimeProvider, not a TestClock");
    public IHost Host { get; }
    public IServiceProvider Services => Host.Services;

    public static async Task<TelegramBotHarness> StartAsync(
        Dictionary<string, string?>? settings = null,
        FakeBotApi? api = null,
        FakeTimeProvider? time = null,
        ICursorStore? cursors = null,
        IChatRegistry? registry = null,
        bool durableChats = false,
        Action<IServiceCollection>? services = null)
    {
        time ??= new TestClock(new DateTimeOffset(2026, 11, 29, 8, 0, 0, TimeSpan.Zero));
        api ??= await FakeBotApi.StartAsync(time);
        var data = TempDirectory.Create("quotebot-telegram");
        var builder = QuoteBotHost.CreateBuilder([]);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Bot:Telegram:Token"] = FakeBotApi.Token,
            ["Bot:Telegram:ApiBaseUrl"] = api.BaseUrl,
            ["Bot:Telegram:PollTimeoutSeconds"] = "1",
            ["Bot:Telegram:Pacing:PerChatInterval"] = "00:00:00",
            ["Bot:Telegram:Pacing:GroupMessagesPerMinute"] = "100000",
            ["Bot:Telegram:Pacing:GlobalMessagesPerSecond"] = "100000",
            ["Bot:Console:Mode"] = "off",
            ["Bot:Http:Urls"] = "http://127.0.0.1:0",
            ["Bot:Storage:DataDirectory"] = data.Path,
            ["Serilog:MinimumLevel:Default"] = "Warning",
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSingleton(new Backoff(TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(30), new Random(7)));
        builder.AddQuoteBot();
        if (!durableChats)
        {
            // The state the test shares between hosts (a restart) or inspects, in place of the storage files.
            builder.Services.Replace(ServiceDescriptor.Singleton(cursors ?? new InMemoryCursorStore()));
            builder.Services.Replace(ServiceDescriptor.Singleton(registry ?? new InMemoryChatRegistry(time)));
        }

        services?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        if (time is TestClock clock)
        {
            host.Services.HoldClockWhileDigestAwake(clock);
        }

        var harness = new TelegramBotHarness(api, time, host, data);
        await api.WaitForCallAsync(c => c.Method is "deleteWebhook" or "setWebhook");
        return harness;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <summary>
    /// Waits until every update queued on the fake Bot API has been taken and confirmed by the bot (polling dispatches
    /// a batch before it asks for the next one) and its handling has finished: every reply it was going to send has
    /// been answered or given up. After this, a reply that is not in <see cref="FakeBotApi.Sent"/> will not come.
    /// </summary>
    public Task SettledAsync()
    {
        var pipeline = Get<UpdatePipeline>();
        return WaitUntil.TrueAsync(() => Api.Pending == 0 && pipeline.InFlight == 0, "every update taken and handled");
    }

    /// <summary>Stops and disposes the host as a restart or a shutdown would; the fake Bot API stays up for the next host.</summary>
    public async Task StopAsync()
    {
        if (_stopped)
        {
            return;
        }

        _stopped = true;
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await Host.StopAsync(stop.Token);
        Host.Dispose();
        _data.Dispose();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await Api.DisposeAsync();
    }
}
