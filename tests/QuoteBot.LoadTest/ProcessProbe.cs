using System.Globalization;

namespace QuoteBot.LoadTest;

/// <summary>One reading of a process from <c>/proc</c>.</summary>
/// <remarks>
/// RSS is anon + file + shmem: <see cref="RssAnonKb"/> is the process's own memory (GC heap, native allocations),
/// <see cref="RssFileKb"/> the mapped files (the runtime's and the app's assemblies and native libraries, shared with
/// other processes), <see cref="RssShmemKb"/> shared memory, which under .NET's W^X is the double-mapped JIT code and stubs.
/// </remarks>
public sealed record ProcessSample(TimeSpan At, long RssKb, long PeakRssKb, long RssAnonKb, long RssFileKb, long RssShmemKb, int Threads, int Handles, double CpuSeconds);

/// <summary>Reads RSS, peak RSS, threads, open file descriptors and CPU time of a process from <c>/proc/&lt;pid&gt;</c> (Linux).</summary>
public sealed class ProcessProbe(int pid, DateTime startedUtc)
{
    // USER_HZ: the unit of utime/stime in /proc/<pid>/stat; 100 on every Linux the bot runs on.
    private const double ClockTicksPerSecond = 100.0;

    public int Pid => pid;

    public ProcessSample Sample()
    {
        long rss = 0, hwm = 0, anon = 0, file = 0, shmem = 0;
        var threads = 0;
        foreach (var line in File.ReadLines($"/proc/{pid}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                rss = Kb(line);
            }
            else if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                hwm = Kb(line);
            }
            else if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
            {
                anon = Kb(line);
            }
            else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
            {
                file = Kb(line);
            }
            else if (line.StartsWith("RssShmem:", StringComparison.Ordinal))
            {
                shmem = Kb(line);
            }
            else if (line.StartsWith("Threads:", StringComparison.Ordinal))
            {
                threads = (int)Kb(line);
            }
        }

        // Fields after the command name (which may hold spaces, so split after its closing parenthesis): utime is the 14th field, stime the 15th.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var cpuTicks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var handles = Directory.GetFileSystemEntries($"/proc/{pid}/fd").Length;
        return new ProcessSample(DateTime.UtcNow - startedUtc, rss, hwm, anon, file, shmem, threads, handles, cpuTicks / ClockTicksPerSecond);
    }

    private static long Kb(string line) =>
        long.Parse(line.AsSpan(line.IndexOf(':') + 1).Trim().ToString().Split(' ')[0], CultureInfo.InvariantCulture);
}
