using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace QuoteBot.Hosting;

/// <summary>
/// With <c>QUOTEBOT_STARTUP_STAGES</c> set, one line per start-up stage (Main, configuration read, host built, corpus
/// loaded, storage migrated, HTTP listening, host started, ready): the wall and CPU milliseconds since the process
/// started and the resident memory, so where start-up goes can be read off a real run of any build, JIT or native
/// (docs/PERFORMANCE.md, "Start-up"). <c>1</c> writes to standard error; any other value names a file the lines are
/// appended to (for runs whose output is not kept, such as the load tool's). Unset, a mark costs one branch.
/// </summary>
internal static class StartupStages
{
    public const string Variable = "QUOTEBOT_STARTUP_STAGES";

    /// <summary>Every line starts with this, so a reader can pick the stages out of the log.</summary>
    public const string Prefix = "startup-stage:";

    private static readonly string? Target = Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;
    private static readonly ConcurrentDictionary<string, bool> Marked = new(StringComparer.Ordinal);

    public static bool Enabled => Target is not null;

    /// <summary>Writes the stage's line the first time it is reached.</summary>
    public static void Mark(string stage)
    {
        if (Target is null || !Marked.TryAdd(stage, true))
        {
            return;
        }

        // The kernel keeps the process's start in clock ticks (10 ms); the Unix time lets a launcher that noted the
        // instant it started the process compute the wall time to the millisecond.
        var now = DateTimeOffset.UtcNow;
        var sinceStart = now.UtcDateTime - Process.GetCurrentProcess().StartTime.ToUniversalTime();
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix} {stage} wall={sinceStart.TotalMilliseconds:0} cpu={Environment.CpuUsage.TotalTime.TotalMilliseconds:0} rss={Environment.WorkingSet / 1048576.0:0.0} pid={Environment.ProcessId} unix_ms={(now - DateTimeOffset.UnixEpoch).TotalMilliseconds:0.0}");
        if (Target == "1")
        {
            Console.Error.WriteLine(line);
        }
        else
        {
            lock (Marked)
            {
                File.AppendAllLines(Target, [line]);
            }
        }
    }
}
