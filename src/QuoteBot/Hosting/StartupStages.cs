using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace QuoteBot.Hosting;

/// <summary>
/// With <c>QUOTEBOT_STARTUP_STAGES</c> set, one line per start-up stage (Main, configuration read, host built, corpus
/// loaded, storage migrated, HTTP listening, host started, ready): the wall and CPU milliseconds since the process
/// started and the resident memory, so where start-up goes can be read off a real run of any build, JIT or native
/// (docs/PERFORMANCE.md, "Start-up"). <c>1</c> writes to standard error; any other value names a file the lines are
/// appended to (for runs whose output is not kept, such as the load tool's). Unset, a mark costs one branch. Once
/// started and again when stopping, it also names the assemblies and native libraries loaded (<see cref="MarkLoaded"/>).
/// </summary>
internal static class StartupStages
{
    public const string Variable = "QUOTEBOT_STARTUP_STAGES";

    /// <summary>Every line starts with this, so a reader can pick the stages out of the log.</summary>
    public const string Prefix = "startup-stage:";

    /// <summary>Starts the line naming what is loaded (<see cref="MarkLoaded"/>).</summary>
    public const string LoadedPrefix = "startup-loaded:";

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
        using var process = Process.GetCurrentProcess();
        var sinceStart = now.UtcDateTime - process.StartTime.ToUniversalTime();
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{Prefix} {stage} wall={sinceStart.TotalMilliseconds:0} cpu={Environment.CpuUsage.TotalTime.TotalMilliseconds:0} rss={Environment.WorkingSet / 1048576.0:0.0} pid={Environment.ProcessId} unix_ms={(now - DateTimeOffset.UnixEpoch).TotalMilliseconds:0.0}");
        Write(line);
    }

    /// <summary>
    /// Which managed assemblies are loaded and which native libraries are mapped at <paramref name="when"/>: what the
    /// run has paid for in memory. A native build has its assemblies compiled in: it lists none, and only the libraries tell.
    /// </summary>
    public static void MarkLoaded(string when)
    {
        if (Target is null)
        {
            return;
        }

        // A native executable lists every assembly compiled into it, loaded or not: nothing to learn there.
        var assemblies = RuntimeFeature.IsDynamicCodeCompiled
            ? AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order(StringComparer.Ordinal)
            : Enumerable.Empty<string?>();
        var libraries = File.ReadLines("/proc/self/maps")
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: 6 } fields ? Path.GetFileName(fields[5]) : null)
            .Where(name => name is not null && name.Contains(".so", StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal);
        Write($"{LoadedPrefix} {when} assemblies={string.Join(',', assemblies)} libraries={string.Join(',', libraries)}");
    }

    private static void Write(string line)
    {
        if (Target == "1")
        {
            Console.Error.WriteLine(line);
            return;
        }

        lock (Marked)
        {
            File.AppendAllLines(Target!, [line]);
        }
    }
}
