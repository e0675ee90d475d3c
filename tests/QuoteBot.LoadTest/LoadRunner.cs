using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using QuoteBot.LoadTest.Drivers;
using QuoteBot.Fakes;

namespace QuoteBot.LoadTest;

/// <summary>
/// One run: the fakes on loopback, the bot as a child process against them, the first command, a warm-up, the measured
/// phase in the chosen shape with the process sampled throughout, and a quiet settle before the steady RSS is read.
/// </summary>
public sealed class LoadRunner(LoadOptions options, TextWriter progress)
{
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(120);

    public async Task<LoadResult> RunAsync(CancellationToken cancellationToken)
    {
        var loadBefore = MachineLoad();
        if (options.Mode == LoadMode.Startup)
        {
            var startup = await StartupAsync(cancellationToken);
            return new LoadResult(DateTimeOffset.Now, BotPath, Describe(), loadBefore, MachineLoad(), [], null, [], startup, null);
        }

        var drivers = CreateDrivers();
        await using var server = await StartFakesAsync(drivers);
        await using var bot = await LaunchAsync(drivers, LoopbackServer.Address(server), cancellationToken);
        var ready = await bot.WaitReadyAsync(ReadyTimeout, cancellationToken);
        var atReady = bot.Probe.Sample();
        progress.WriteLine($"ready after {ready.TotalMilliseconds:0} ms (pid {bot.Probe.Pid}, RSS {atReady.RssKb / 1024.0:0.0} MB)");

        var firstAnswer = await FirstAnswerAsync(drivers, bot, cancellationToken);
        await WarmUpAsync(drivers, cancellationToken);
        var afterWarmup = bot.Probe.Sample();
        foreach (var driver in drivers)
        {
            driver.StartPhase();
        }

        var before = drivers.Select(d => (Issued: d.Issued, Answered: d.Answered, Unmatched: d.Unmatched, Deferred: d.Deferred, Refused: d.Refused)).ToArray();
        var samples = new List<ProcessSample>();
        var startSample = bot.Probe.Sample();
        samples.Add(startSample);
        var phaseStart = Stopwatch.GetTimestamp();
        using var sampling = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var sampler = SampleAsync(bot, samples, options.Mode == LoadMode.Soak ? options.SampleEvery : TimeSpan.FromSeconds(1), sampling.Token);
        progress.WriteLine($"measuring: {Describe()}");
        await Task.WhenAll(drivers.Select(d => DriveAsync(d, drivers.Count, cancellationToken)));
        await sampling.CancelAsync();
        await sampler;

        var afterLoad = bot.Probe.Sample();
        var results = drivers.Select((d, i) => Summarize(d, before[i], phaseStart)).ToList();
        progress.WriteLine($"load done; settling {options.Settle.TotalSeconds:0} s before reading the steady RSS");
        await Task.Delay(options.Settle, cancellationToken);
        var steady = bot.Probe.Sample();
        samples.Add(steady);

        var answered = results.Sum(r => r.Answered);
        var cpu = afterLoad.CpuSeconds - startSample.CpuSeconds;
        var process = new ProcessResult(
            ready.TotalMilliseconds,
            firstAnswer.TotalMilliseconds,
            atReady.RssKb,
            steady.PeakRssKb,
            afterLoad.RssKb,
            steady.RssKb,
            steady.RssAnonKb,
            steady.RssFileKb,
            steady.RssShmemKb,
            cpu,
            answered == 0 ? 0 : cpu * 1_000 / answered,
            atReady.Threads,
            steady.Threads,
            atReady.Handles,
            steady.Handles,
            afterWarmup.RssKb);
        var soak = options.Mode == LoadMode.Soak ? Verdict(samples, startSample.At) : null;
        return new LoadResult(DateTimeOffset.Now, BotPath, Describe(), loadBefore, MachineLoad(), results, process, samples, null, soak);
    }

    private string BotPath => options.Peer?.Describe() ?? options.Bot ?? BotLauncher.DefaultBotPath();

    /// <summary>Our bot, or the Node peer with the environment it reads (installed first if need be).</summary>
    private async Task<BotLauncher> LaunchAsync(IEnumerable<PlatformDriver> drivers, Uri baseUri, CancellationToken cancellationToken)
    {
        if (options.Peer is not { } peer)
        {
            return BotLauncher.Start(BotPath, Environment(drivers, baseUri));
        }

        await peer.EnsureInstalledAsync(progress, cancellationToken);
        var environment = new Dictionary<string, string>(peer.Environment(baseUri), StringComparer.Ordinal);
        foreach (var (key, value) in options.Environment)
        {
            environment[key] = value;
        }

        return BotLauncher.StartPeer(peer, environment);
    }

    /// <summary>The load average of the machine (1, 5, 15 minutes), as <c>uptime</c> shows it.</summary>
    public static string MachineLoad() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private string Describe() => options.Mode switch
    {
        LoadMode.Max => $"{options.Platform.ToString().ToLowerInvariant()} max, {options.Concurrency} in flight per platform, {options.Commands:N0} commands",
        LoadMode.Backlog => $"{options.Platform.ToString().ToLowerInvariant()} backlog of {options.Commands:N0} commands pending at once, one chat each",
        LoadMode.Rate => $"{options.Platform.ToString().ToLowerInvariant()} rate {options.Rate:N0}/s per platform for {options.Duration.TotalSeconds:0} s",
        LoadMode.Soak => $"{options.Platform.ToString().ToLowerInvariant()} soak {options.Rate:N0}/s per platform for {options.Duration.TotalMinutes:0.#} min",
        _ => $"{options.Platform.ToString().ToLowerInvariant()} start-up x{options.Starts}",
    } + (options.Environment.Count == 0 ? string.Empty : " with " + string.Join(' ', options.Environment.Select(e => $"{e.Key}={e.Value}")));

    private List<PlatformDriver> CreateDrivers()
    {
        var count = options.Platform == Platforms.Both ? 2 : 1;
        var measured = options.Mode is LoadMode.Max or LoadMode.Backlog ? options.Commands / count : (long)(options.Rate * options.Duration.TotalSeconds);
        var capacity = measured + options.Warmup + 1_024;
        var chats = options.Mode switch
        {
            LoadMode.Max => Math.Max(options.Concurrency, 1),
            LoadMode.Backlog => (int)Math.Min(options.Commands, int.MaxValue),
            _ => Math.Max(1_024, options.Rate * 4),
        };
        var drivers = new List<PlatformDriver>();
        if (options.Platform.HasFlag(Platforms.Discord))
        {
            drivers.Add(new DiscordDriver(capacity, options.Fakes));
        }

        if (options.Platform.HasFlag(Platforms.Telegram))
        {
            drivers.Add(new TelegramDriver(capacity, Math.Max(chats, options.Concurrency), options.Fakes));
        }

        return drivers;
    }

    private static async Task<WebApplication> StartFakesAsync(IEnumerable<PlatformDriver> drivers)
    {
        var server = LoopbackServer.Create();
        foreach (var driver in drivers)
        {
            driver.Map(server);
        }

        await server.StartAsync();
        return server;
    }

    private Dictionary<string, string> Environment(IEnumerable<PlatformDriver> drivers, Uri baseUri)
    {
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in drivers.SelectMany(d => d.Environment(baseUri)).Concat(options.Environment))
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>One command per platform right after ready: the time from process start until every platform answered.</summary>
    private static async Task<TimeSpan> FirstAnswerAsync(IReadOnlyList<PlatformDriver> drivers, BotLauncher bot, CancellationToken cancellationToken)
    {
        foreach (var driver in drivers)
        {
            driver.FromIntended = true;
            driver.TryIssue(Stopwatch.GetTimestamp());
        }

        foreach (var driver in drivers)
        {
            await LoadShapes.DrainAsync(driver, TimeSpan.FromSeconds(60), cancellationToken);
            if (driver.Answered == 0)
            {
                throw new InvalidOperationException($"{driver.Name}: the first command was not answered within 60 s:\n{bot.Tail}");
            }
        }

        return Stopwatch.GetElapsedTime(bot.StartTimestamp, drivers.Max(d => d.FirstAnswerTimestamp));
    }

    private async Task WarmUpAsync(IReadOnlyList<PlatformDriver> drivers, CancellationToken cancellationToken)
    {
        if (options.Warmup <= 0)
        {
            return;
        }

        progress.WriteLine($"warming up: {options.Warmup:N0} commands per platform");
        await Task.WhenAll(drivers.Select(d => LoadShapes.ClosedAsync(d, options.Concurrency, options.Warmup, TimeSpan.FromMinutes(2), cancellationToken)));
    }

    private Task DriveAsync(PlatformDriver driver, int platforms, CancellationToken cancellationToken) => options.Mode switch
    {
        LoadMode.Max => LoadShapes.ClosedAsync(driver, options.Concurrency, options.Commands / platforms, options.Duration, cancellationToken),
        LoadMode.Backlog => LoadShapes.BacklogAsync((TelegramDriver)driver, options.Commands, options.Duration, cancellationToken),
        _ => LoadShapes.OpenAsync(driver, options.Rate, options.Duration, cancellationToken),
    };

    private PlatformResult Summarize(PlatformDriver driver, (long Issued, long Answered, long Unmatched, long Deferred, long Refused) before, long phaseStart)
    {
        var answered = driver.Answered - before.Answered;

        // A backlog is timed from the first update handed out, not from queuing it: the bot's poll may be on its way.
        var from = options.Mode == LoadMode.Backlog && driver.FirstSentTimestamp != 0 ? driver.FirstSentTimestamp : phaseStart;
        var seconds = Stopwatch.GetElapsedTime(from, Math.Max(driver.LastAnswerTimestamp, from)).TotalSeconds;
        return new PlatformResult(
            driver.Name,
            options.Mode.ToString().ToLowerInvariant(),
            driver.Issued - before.Issued,
            answered,
            driver.Unmatched - before.Unmatched,
            driver.Deferred - before.Deferred,
            driver.Refused - before.Refused,
            seconds,
            seconds > 0 ? answered / seconds : 0,
            driver.Latency.Summarize());
    }

    private async Task SampleAsync(BotLauncher bot, List<ProcessSample> samples, TimeSpan every, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(every);
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken))
            {
                var sample = bot.Probe.Sample();
                samples.Add(sample);
                if (options.Mode == LoadMode.Soak)
                {
                    progress.WriteLine($"  {sample.At:hh\\:mm\\:ss}  RSS {sample.RssKb / 1024.0,7:0.0} MB  fds {sample.Handles,4}  threads {sample.Threads,3}  load {MachineLoad()}");
                }
            }
        }
        catch (OperationCanceledException)
        {
            // End of the measured phase.
        }
    }

    /// <summary>Compares the last sample under load with the one half-way through the soak.</summary>
    private static SoakVerdict Verdict(List<ProcessSample> samples, TimeSpan phaseStart)
    {
        var underLoad = samples.Take(samples.Count - 1).ToList(); // the last sample is the settled one
        var end = underLoad[^1];
        var halfway = phaseStart + ((end.At - phaseStart) / 2);
        var mid = underLoad.MinBy(s => (s.At - halfway).Duration())!;
        return new SoakVerdict(mid.At - phaseStart, mid.RssKb, end.RssKb, mid.Handles, end.Handles, mid.Threads, end.Threads);
    }

    private async Task<StartupResult> StartupAsync(CancellationToken cancellationToken)
    {
        var ready = new List<double>();
        var first = new List<double>();
        for (var i = 0; i < options.Starts; i++)
        {
            var drivers = CreateDrivers();
            await using var server = await StartFakesAsync(drivers);
            await using var bot = await LaunchAsync(drivers, LoopbackServer.Address(server), cancellationToken);
            var readyAfter = await bot.WaitReadyAsync(ReadyTimeout, cancellationToken);
            var firstAfter = await FirstAnswerAsync(drivers, bot, cancellationToken);
            ready.Add(readyAfter.TotalMilliseconds);
            first.Add(firstAfter.TotalMilliseconds);
            progress.WriteLine($"start {i + 1}: ready {readyAfter.TotalMilliseconds:0} ms, first answer {firstAfter.TotalMilliseconds:0} ms (load {MachineLoad()})");
        }

        return new StartupResult(ready, first);
    }
}
