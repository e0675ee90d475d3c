using System.Globalization;
using System.Text;
using System.Text.Json;

namespace QuoteBot.LoadTest;

/// <summary>The table printed at the end of a run, and the JSON file.</summary>
public static class Report
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };

    public static string Table(LoadResult result)
    {
        var text = new StringBuilder();
        void Line(string line) => text.AppendLine(line);
        Line(string.Empty);
        Line($"QuoteBot load test, {result.Date:yyyy-MM-dd HH:mm zzz}: {result.Arguments}");
        Line($"bot: {result.Bot}");
        Line($"machine: {System.Environment.ProcessorCount} cores, load average {result.LoadBefore} before, {result.LoadAfter} after");
        if (result.Platforms.Count > 0)
        {
            Line(string.Empty);
            Line("| platform | mode | commands | answered | seconds | per second | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms |");
            Line("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var p in result.Platforms)
            {
                var l = p.Latency;
                Line(Invariant($"| {p.Platform} | {p.Mode} | {p.Commands:N0} | {p.Answered:N0} | {p.Seconds:0.0} | {p.PerSecond:N0} | {l.P50:0.00} | {l.P90:0.00} | {l.P99:0.00} | {l.P999:0.00} | {l.Max:0.0} |"));
                if (p.Unanswered != 0 || p.Unmatched != 0 || p.Deferred != 0 || p.Refused != 0)
                {
                    Line(Invariant($"  {p.Platform}: {p.Unanswered:N0} unanswered, {p.Unmatched:N0} unmatched answers, {p.Deferred:N0} deferred, {p.Refused:N0} not issued (no free chat)"));
                }
            }
        }

        if (result.Process is { } process)
        {
            Line(string.Empty);
            Line("| ready | first answer | RSS at ready | RSS after warm-up | peak RSS | RSS after load | steady RSS (anon + file + shmem) | CPU s / 1,000 commands | threads | fds |");
            Line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            Line(Invariant($"| {process.ReadyMs:0} ms | {process.FirstAnswerMs:0} ms | {Mb(process.ReadyRssKb)} | {Mb(process.RssAfterWarmupKb)} | {Mb(process.PeakRssKb)} | {Mb(process.RssAfterLoadKb)} | {Mb(process.SteadyRssKb)} ({Mb(process.SteadyRssAnonKb)} + {Mb(process.SteadyRssFileKb)} + {Mb(process.SteadyRssShmemKb)}) | {process.CpuSecondsPer1000:0.000} | {process.ThreadsAtReady} → {process.Threads} | {process.HandlesAtReady} → {process.Handles} |"));
        }

        if (result.Startup is { } startup)
        {
            Line(string.Empty);
            Line(Invariant($"start-up over {startup.ReadyMs.Count} starts: ready median {startup.MedianReadyMs:0} ms ({string.Join(", ", startup.ReadyMs.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))}), first answer median {startup.MedianFirstAnswerMs:0} ms ({string.Join(", ", startup.FirstAnswerMs.Select(v => v.ToString("0", CultureInfo.InvariantCulture)))})"));
        }

        if (result.Soak is { } soak)
        {
            Line(string.Empty);
            Line("| at | RSS MB | fds | threads |");
            Line("| ---: | ---: | ---: | ---: |");
            foreach (var sample in result.Samples)
            {
                Line(Invariant($"| {sample.At:hh\\:mm\\:ss} | {sample.RssKb / 1024.0:0.0} | {sample.Handles} | {sample.Threads} |"));
            }

            Line(Invariant($"soak: RSS {Mb(soak.RssEndKb)} at the end vs {Mb(soak.RssMidKb)} half-way ({soak.RssGrowthPercent:+0.0;-0.0} %, limit +{SoakVerdict.MaxRssGrowthPercent} %): {(soak.RssHolds ? "holds" : "GROWS")}; fds {soak.HandlesMid} → {soak.HandlesEnd}: {(soak.HandlesHold ? "hold" : "GROW")}; threads {soak.ThreadsMid} → {soak.ThreadsEnd}"));
        }

        Line(result.Passed ? "result: every command answered" + (result.Soak is null ? string.Empty : ", no leak") : "result: FAILED");
        return text.ToString();
    }

    public static async Task WriteJsonAsync<T>(T result, string path)
    {
        await using var file = File.Create(path);
        await JsonSerializer.SerializeAsync(file, result, JsonOptions);
    }

    internal static string Mb(long kb) => Invariant($"{kb / 1024.0:0.0} MB");

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
