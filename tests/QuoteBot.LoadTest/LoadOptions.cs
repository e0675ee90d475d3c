using System.Globalization;

namespace QuoteBot.LoadTest;

/// <summary>Which chat platforms the bot connects to during a run.</summary>
public enum Platforms
{
    Discord = 1,
    Telegram = 2,
    Both = Discord | Telegram,
}

/// <summary>
/// The load shape: closed loop (throughput), open loop at a fixed rate (latency), a long steady run (leaks), start-up
/// only, or Telegram's backlog (every command pending at once, as after the bot was away).
/// </summary>
public enum LoadMode
{
    Max,
    Rate,
    Soak,
    Startup,
    Backlog,
}

/// <summary>The command line of the load tool. Rate and concurrency are per platform; the command count is the total.</summary>
public sealed record LoadOptions
{
    public Platforms Platform { get; init; } = Platforms.Discord;

    public LoadMode Mode { get; init; } = LoadMode.Max;

    /// <summary>Open loop: commands per second per platform.</summary>
    public int Rate { get; init; } = 1_000;

    /// <summary>Closed loop: commands in flight per platform.</summary>
    public int Concurrency { get; init; } = 64;

    /// <summary>
    /// Closed loop: stop after this many commands (all platforms together) or <see cref="Duration"/>, whichever comes
    /// first; backlog: the commands queued at once (and <see cref="Duration"/> the longest the drain may take).
    /// </summary>
    public long Commands { get; init; } = 50_000;

    /// <summary>
    /// Ours and the Node peers one after the other (<c>--compare</c>): Telegram as a backlog of <see cref="Commands"/>,
    /// Discord closed loop with <see cref="DiscordCommands"/> at <see cref="Concurrency"/> in flight.
    /// </summary>
    public bool Compare { get; init; }

    /// <summary>The comparison's Discord runs: commands in the closed loop.</summary>
    public long DiscordCommands { get; init; } = 3_000;

    /// <summary>The comparison: a native build of ours to run after the JIT one (<c>--native PATH</c>).</summary>
    public string? Native { get; init; }

    /// <summary>Open loop and soak: how long to send; closed loop: the longest the measured phase may take.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Commands per platform sent and answered before measuring, so tiered compilation has settled.</summary>
    public int Warmup { get; init; } = 2_000;

    /// <summary>Idle time after the load before the steady RSS is read.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Start-up mode: how many starts to take the median of.</summary>
    public int Starts { get; init; } = 5;

    /// <summary>Soak mode: the interval between two samples of the process.</summary>
    public TimeSpan SampleEvery { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>The bot to run: a <c>.dll</c> runs under <c>dotnet</c>, anything else (a Native AOT build) directly.</summary>
    public string? Bot { get; init; }

    /// <summary>A Node peer of <c>tests/peers/</c> to run instead of our bot (<c>--peer grammy|discordjs</c>); its platform is the only one.</summary>
    public Peers.NodePeer? Peer { get; init; }

    public string? JsonPath { get; init; }

    /// <summary>What the fakes answer with: the platforms' whole objects (the default) or only what the bot reads.</summary>
    public QuoteBot.Fakes.ResponseShape Fakes { get; init; } = QuoteBot.Fakes.ResponseShape.Full;

    /// <summary>Extra environment for the bot (<c>--env KEY=VALUE</c>), e.g. <c>DOTNET_gcServer=1</c>.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = new Dictionary<string, string>();

    public static string Usage => """
        QuoteBot.LoadTest: drives the real bot process against loopback fakes of Discord and Telegram.

          --platform discord|telegram|both   (default discord)
          --mode max|rate|soak|startup|backlog
                                             max: closed loop; rate: open loop; soak: long steady run; startup: start
                                             times; backlog (Telegram): --commands updates pending at once, drained
          --concurrency N                    commands in flight per platform in max mode (default 64)
          --rate N                           commands per second per platform in rate and soak mode (default 1000; soak 200)
          --commands N                       commands in max mode, all platforms together (default 50000)
          --duration 10s|5m|00:10:00         rate and soak: how long (default 10s; soak 10m); max: the longest it may take (10m)
          --warmup N                         commands per platform before measuring (default 2000)
          --settle 5s                        idle time before the steady RSS is read (default 5s)
          --starts N                         startup mode: starts to take the median of (default 5)
          --bot PATH                         QuoteBot.dll (run with dotnet) or a native executable
          --peer grammy|discordjs            run a Node peer of tests/peers instead of our bot (Telegram / Discord only)
          --json FILE                        also write the results as JSON
          --fakes full|lean                  full: the platforms' whole objects (default); lean: only what the bot reads
          --env KEY=VALUE                    extra environment for the bot (repeatable)
          --compare                          ours, then the Node peers, on the same fakes and settings, one table per
                                             platform: Telegram backlog of --commands (default 20000), Discord max of
                                             --discord-commands (default 3000) at --concurrency (default 32)
          --native PATH                      with --compare: also run this native build of ours
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var options = new LoadOptions();
        var env = new Dictionary<string, string>(StringComparer.Ordinal);
        bool rateGiven = false, durationGiven = false;
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name == "--soak")
            {
                options = options with { Mode = LoadMode.Soak };
                continue;
            }

            if (name == "--compare")
            {
                options = options with { Compare = true };
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value");
            }

            var value = args[++i];
            options = name switch
            {
                "--platform" => options with { Platform = Enum.Parse<Platforms>(value, ignoreCase: true) },
                "--mode" => options with { Mode = Enum.Parse<LoadMode>(value, ignoreCase: true) },
                "--concurrency" => options with { Concurrency = Positive(name, value) },
                "--rate" => options with { Rate = Positive(name, value) },
                "--commands" => options with { Commands = Positive(name, value) },
                "--discord-commands" => options with { DiscordCommands = Positive(name, value) },
                "--native" => options with { Native = Path.GetFullPath(value) },
                "--duration" => options with { Duration = ParseDuration(value) },
                "--warmup" => options with { Warmup = int.Parse(value, CultureInfo.InvariantCulture) },
                "--settle" => options with { Settle = ParseDuration(value) },
                "--starts" => options with { Starts = Positive(name, value) },
                "--sample-every" => options with { SampleEvery = ParseDuration(value) },
                "--bot" => options with { Bot = Path.GetFullPath(value) },
                "--peer" => options with { Peer = Peers.NodePeer.Parse(value) },
                "--fakes" => options with { Fakes = Enum.Parse<QuoteBot.Fakes.ResponseShape>(value, ignoreCase: true) },
                "--json" => options with { JsonPath = Path.GetFullPath(value) },
                "--env" => AddEnv(options, env, value),
                _ => throw new ArgumentException($"unknown option {name}"),
            };
            rateGiven |= name == "--rate";
            durationGiven |= name == "--duration";
        }

        if (options.Peer is { } peer)
        {
            options = args.Contains("--platform") && options.Platform != peer.Platform
                ? throw new ArgumentException($"--peer {peer.Name} answers on {peer.Platform.ToString().ToLowerInvariant()} only")
                : options.Bot is not null ? throw new ArgumentException("--peer and --bot name two bots: give one")
                : options with { Platform = peer.Platform };
        }

        if (options.Compare)
        {
            options = args.Contains("--mode") || options.Peer is not null
                ? throw new ArgumentException("--compare runs ours and the peers in its own modes: leave out --mode and --peer")
                : options with
                {
                    Platform = args.Contains("--platform") ? options.Platform : Platforms.Both,
                    Commands = args.Contains("--commands") ? options.Commands : 20_000,
                    Concurrency = args.Contains("--concurrency") ? options.Concurrency : 32,
                };
        }
        else if (options.Native is not null)
        {
            throw new ArgumentException("--native is for --compare; to run a native build alone, give it as --bot");
        }

        if (options.Mode == LoadMode.Backlog)
        {
            // Only Telegram holds updates for a bot: Discord's gateway pushes each interaction as it comes.
            options = (!args.Contains("--platform") && options.Peer is null) || options.Platform == Platforms.Telegram
                ? options with { Platform = Platforms.Telegram }
                : throw new ArgumentException("--mode backlog is Telegram's: Discord's gateway pushes every interaction as it comes (measure it with --mode max)");
        }

        if (options.Mode is LoadMode.Max or LoadMode.Backlog && !durationGiven)
        {
            options = options with { Duration = TimeSpan.FromMinutes(10) };
        }

        if (options.Mode == LoadMode.Soak)
        {
            options = options with
            {
                Platform = args.Contains("--platform") ? options.Platform : Platforms.Both,
                Rate = rateGiven ? options.Rate : 200,
                Duration = durationGiven ? options.Duration : TimeSpan.FromMinutes(10),
            };
        }

        return options with { Environment = env };
    }

    /// <summary><c>500ms</c>, <c>10s</c>, <c>5m</c>, <c>1h</c> or a <see cref="TimeSpan"/> such as <c>00:10:00</c>.</summary>
    public static TimeSpan ParseDuration(string value)
    {
        var units = new (string Suffix, Func<double, TimeSpan> Make)[]
        {
            ("ms", TimeSpan.FromMilliseconds), ("s", TimeSpan.FromSeconds), ("m", TimeSpan.FromMinutes), ("h", TimeSpan.FromHours),
        };
        foreach (var (suffix, make) in units)
        {
            if (value.EndsWith(suffix, StringComparison.Ordinal) && double.TryParse(value[..^suffix.Length], NumberStyles.Float, CultureInfo.InvariantCulture, out var amount))
            {
                return make(amount);
            }
        }

        return TimeSpan.Parse(value, CultureInfo.InvariantCulture);
    }

    private static int Positive(string name, string value) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 0 ? n : throw new ArgumentException($"{name} must be a positive whole number");

    private static LoadOptions AddEnv(LoadOptions options, Dictionary<string, string> env, string pair)
    {
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new ArgumentException($"--env takes KEY=VALUE, not '{pair}'");
        }

        env[pair[..equals]] = pair[(equals + 1)..];
        return options;
    }
}
