using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.State;
using QuoteBot.Digest.Admin;
using QuoteBot.Digest.Delivery;
using QuoteBot.Digest.Engine;
using QuoteBot.Digest.Targets;
using QuoteBot.Storage;
using QuoteBot.Core.Tests;

namespace QuoteBot.Digest.Tests.Support;

/// <summary>
/// The real container of one bot instance (command core, digest, optionally durable storage) over a fake clock and
/// fake platforms. Drives the engine the way the hosted loop does, jumping the clock from one wake-up to the next.
/// </summary>
internal sealed class DigestHarness : IAsyncDisposable
{
    private static readonly Lazy<QuoteCorpus> Corpus = new(() => CorpusLoader.Load(RepoFiles.QuotesPath));

    private readonly ServiceProvider _services;
    private readonly CancellationTokenSource _stop = new();

    public DigestHarness(FakeTimeProvider time, IReadOnlyDictionary<string, string?> settings, params FakePlatform[] platforms)
        : this(time, settings, Corpus.Value, platforms)
    {
    }

    /// <summary>An instance over <paramref name="corpus"/> instead of the committed one.</summary>
    public DigestHarness(FakeTimeProvider time, IReadOnlyDictionary<string, string?> settings, QuoteCorpus corpus, params FakePlatform[] platforms)
    {
        Time = time;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Bot:Digest:InstanceId"] = "host-a" })
            .AddInMemoryCollection(settings)
            .Build();
        var services = new ServiceCollection();
        services.AddFakeLogging();
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(Options.Create(new CoreOptions()));
        services.AddQuoteCore(_ => corpus);
        services.AddSingleton<System.Diagnostics.Metrics.IMeterFactory, TestMeterFactory>();
        services.AddSingleton<QuoteBot.Core.Diagnostics.BotMetrics>();
        if (configuration["Bot:Storage:Provider"] is not null)
        {
            services.AddStorage(configuration);
        }

        services.AddDigest(configuration);
        foreach (var platform in platforms)
        {
            services.AddSingleton<IDigestSender>(platform);
        }

        _services = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        // Options are validated as the host would at start.
        _ = _services.GetRequiredService<IOptions<DigestOptions>>().Value;
    }

    public FakeTimeProvider Time { get; }

    public IServiceProvider Services => _services;

    internal DigestEngine Engine => _services.GetRequiredService<DigestEngine>();

    public IDigestAdmin Admin => _services.GetRequiredService<IDigestAdmin>();

    public IDeliveryLedger Ledger => _services.GetRequiredService<IDeliveryLedger>();

    public IDigestTargetStore TargetStore => _services.GetRequiredService<IDigestTargetStore>();

    public IChatRegistry Chats => _services.GetRequiredService<IChatRegistry>();

    public FakeLogCollector Logs => _services.GetFakeLogCollector();

    /// <summary>Ends the instance as a crash would: in-flight sends are cancelled and nothing more is recorded.</summary>
    public void Crash() => _stop.Cancel();

    /// <summary>
    /// One round of the loop, waiting for the deliveries it started, and rounds again while deliveries start (as the
    /// loop does when a delivery's retry wakes it); returns the next wake-up.
    /// </summary>
    public async Task<DateTimeOffset?> RunOnceAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var started = Engine.Started;
            var next = await Engine.RunOnceAsync(_stop.Token);
            if (Engine.Started == started)
            {
                return next;
            }

            await Engine.DrainAsync();
        }

        return null;
    }

    /// <summary>Runs the loop until <paramref name="end"/>, moving the clock straight to each wake-up.</summary>
    public async Task RunUntilAsync(DateTimeOffset end)
    {
        while (!_stop.IsCancellationRequested)
        {
            var next = await RunOnceAsync();
            if (next is null || next > end)
            {
                if (Time.GetUtcNow() < end)
                {
                    Time.SetUtcNow(end);
                    await RunOnceAsync();
                }

                return;
            }

            if (next > Time.GetUtcNow())
            {
                Time.SetUtcNow(next.Value.ToUniversalTime());
            }
        }
    }

    /// <summary>Completes when the hosted loop next goes to sleep (its timer set on the fake clock).</summary>
    public Task WhenLoopSleeps()
    {
        var wakeup = _services.GetRequiredService<DigestWakeup>();
        var asleep = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnSleeping()
        {
            wakeup.Sleeping -= OnSleeping;
            asleep.TrySetResult();
        }

        wakeup.Sleeping += OnSleeping;
        return asleep.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public IReadOnlyList<FakeLogRecord> LogsWithId(int eventId) => [.. Logs.GetSnapshot().Where(r => r.Id.Id == eventId)];

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        await _services.DisposeAsync();
        _stop.Dispose();
    }

    /// <summary>Configuration lines for targets in <c>Bot:Digest:Targets</c>.</summary>
    public static Dictionary<string, string?> Targets(params (string Platform, string ChatId, string Time, string Zone)[] targets)
    {
        var settings = new Dictionary<string, string?>();
        for (var i = 0; i < targets.Length; i++)
        {
            var key = $"Bot:Digest:Targets:{i}";
            settings[$"{key}:Platform"] = targets[i].Platform;
            settings[$"{key}:ChatId"] = targets[i].ChatId;
            settings[$"{key}:Time"] = targets[i].Time;
            settings[$"{key}:TimeZone"] = targets[i].Zone;
        }

        return settings;
    }

    /// <summary>Settings plus a SQLite file as the store.</summary>
    public static Dictionary<string, string?> OnSqlite(Dictionary<string, string?> settings, string directory) => new(settings)
    {
        ["Bot:Storage:Provider"] = "sqlite",
        ["Bot:Storage:DataDirectory"] = directory,
    };

    /// <summary>Settings plus a PostgreSQL schema as the store.</summary>
    public static Dictionary<string, string?> OnPostgres(Dictionary<string, string?> settings, string connectionString) => new(settings)
    {
        ["Bot:Storage:Provider"] = "postgres",
        ["Bot:Storage:ConnectionString"] = connectionString,
    };
}
