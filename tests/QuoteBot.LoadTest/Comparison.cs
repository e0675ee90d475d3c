using QuoteBot.LoadTest.Peers;

namespace QuoteBot.LoadTest;

/// <summary>One run of a comparison: which bot on which platform, and what it measured (or why it could not run).</summary>
public sealed record ComparedRun(string Platform, string Bot, bool IsPeer, LoadResult? Result, string? Error);

/// <summary>Everything a comparison measured, for its tables and the JSON file.</summary>
public sealed record ComparisonResult(DateTimeOffset Date, string Arguments, IReadOnlyList<ComparedRun> Runs)
{
    /// <summary>Every run ran and answered every command.</summary>
    public bool Passed => Runs.All(r => r.Result is { Passed: true });
}

/// <summary>
/// <c>--compare</c>: ours (JIT, then native if given) and the Node peer of each platform, one after the other in one
/// invocation, each a fresh process against fresh fakes with the same settings: Telegram as a backlog, Discord in the
/// closed loop (its gateway pushes, so it has no backlog); then ours with both platforms, idle, against the two peers'
/// sum.
/// </summary>
public sealed class Comparison(LoadOptions options, TextWriter progress)
{
    public const string Telegram = "telegram";
    public const string Discord = "discord";
    public const string BothIdle = "both platforms, idle";

    /// <summary>The runs in the order they go: platform, the bot's name in the tables, the options of the run.</summary>
    public IReadOnlyList<(string Platform, string Bot, LoadOptions Options)> Plan()
    {
        var ours = new List<(string Name, string? Path)> { ("ours (JIT)", options.Bot) };
        if (options.Native is { } native)
        {
            ours.Add(("ours (native)", native));
        }

        var single = options with { Compare = false, Native = null, JsonPath = null, Peer = null };
        var runs = new List<(string, string, LoadOptions)>();
        void Add(string platform, LoadOptions run, NodePeer peer, string peerName)
        {
            runs.AddRange(ours.Select(o => (platform, o.Name, run with { Bot = o.Path })));
            runs.Add((platform, peerName, run with { Peer = peer, Bot = null }));
        }

        if (options.Platform.HasFlag(Platforms.Telegram))
        {
            Add(Telegram, single with { Platform = Platforms.Telegram, Mode = LoadMode.Backlog }, NodePeer.Grammy, "grammY");
        }

        if (options.Platform.HasFlag(Platforms.Discord))
        {
            Add(Discord, single with { Platform = Platforms.Discord, Mode = LoadMode.Max, Commands = options.DiscordCommands }, NodePeer.DiscordJs, "@discordjs/ws + rest");
        }

        if (options.Platform == Platforms.Both)
        {
            // Ready, one command per platform, nothing more: the RSS at ready is the idle figure.
            var idle = single with { Platform = Platforms.Both, Mode = LoadMode.Max, Commands = 0, Warmup = 0, Settle = TimeSpan.Zero };
            runs.AddRange(ours.Select(o => (BothIdle, o.Name, idle with { Bot = o.Path })));
        }

        return runs;
    }

    public async Task<ComparisonResult> RunAsync(CancellationToken cancellationToken)
    {
        var runs = new List<ComparedRun>();
        foreach (var (platform, bot, run) in Plan())
        {
            progress.WriteLine($"== {platform}: {bot} (load {LoadRunner.MachineLoad()})");
            try
            {
                var result = await new LoadRunner(run, progress).RunAsync(cancellationToken);
                progress.Write(Report.Table(result));
                runs.Add(new ComparedRun(platform, bot, run.Peer is not null, result, null));
            }
            catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or IOException or System.ComponentModel.Win32Exception)
            {
                // A peer without Node, a bot that would not start: the other runs still stand.
                progress.WriteLine($"{bot} on {platform} did not run: {ex.Message}");
                runs.Add(new ComparedRun(platform, bot, run.Peer is not null, null, ex.Message.Split('\n')[0]));
            }
        }

        return new ComparisonResult(DateTimeOffset.Now, Describe(), runs);
    }

    private string Describe() =>
        Report.Invariant($"Telegram backlog of {options.Commands:N0}, Discord max {options.DiscordCommands:N0} at {options.Concurrency} in flight; warm-up {options.Warmup:N0}; fakes {options.Fakes.ToString().ToLowerInvariant()}")
        + (options.Environment.Count == 0 ? string.Empty : "; " + string.Join(' ', options.Environment.Select(e => $"{e.Key}={e.Value}")));
}
