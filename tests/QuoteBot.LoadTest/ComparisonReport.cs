using System.Text;

namespace QuoteBot.LoadTest;

/// <summary>The comparison's tables: one per platform, ours against the peer, and both platforms idle against the peers' sum.</summary>
public static class ComparisonReport
{
    public static string Tables(ComparisonResult comparison)
    {
        var text = new StringBuilder();
        void Line(string line) => text.AppendLine(line);
        Line(string.Empty);
        Line($"QuoteBot side by side, {comparison.Date:yyyy-MM-dd HH:mm zzz}: {comparison.Arguments}");
        Line($"machine: {System.Environment.ProcessorCount} cores; each run's load average (1, 5, 15 min) before → after is in its row");
        foreach (var platform in new[] { Comparison.Telegram, Comparison.Discord })
        {
            var runs = comparison.Runs.Where(r => r.Platform == platform).ToList();
            if (runs.Count == 0)
            {
                continue;
            }

            var peer = runs.FirstOrDefault(r => r.IsPeer)?.Result?.Process;
            Line(string.Empty);
            Line(runs.FirstOrDefault(r => r.Result is not null)?.Result?.Arguments ?? platform);
            Line(string.Empty);
            Line("| bot | replies/s | CPU s / 1,000 | RSS at ready (idle) | after warm-up (idle) | after | peak | ready | CPU ÷ peer | RSS ÷ peer (ready / after) | load before → after |");
            Line("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var run in runs)
            {
                if (run.Result is not { Process: { } p } result)
                {
                    Line($"| {run.Bot} | did not run: {run.Error} | | | | | | | | | |");
                    continue;
                }

                var ratios = peer is null || run.IsPeer
                    ? "| | "
                    : $"| {Ratio(p.CpuSecondsPer1000, peer.CpuSecondsPer1000)} | {Ratio(p.ReadyRssKb, peer.ReadyRssKb)} / {Ratio(p.RssAfterLoadKb, peer.RssAfterLoadKb)} ";
                var unanswered = result.Platforms.Sum(r => r.Unanswered) is var missing and > 0 ? Report.Invariant($" ({missing:N0} unanswered)") : string.Empty;
                Line(Report.Invariant($"| {run.Bot} | {result.Platforms.Sum(r => r.PerSecond):N0}{unanswered} | {p.CpuSecondsPer1000:0.000} | {Report.Mb(p.ReadyRssKb)} | {Report.Mb(p.RssAfterWarmupKb)} | {Report.Mb(p.RssAfterLoadKb)} | {Report.Mb(p.PeakRssKb)} | {p.ReadyMs:0} ms ") + ratios + $"| {result.LoadBefore} → {result.LoadAfter} |");
            }
        }

        BothIdle(comparison, Line);
        Line(comparison.Passed ? "result: every run answered every command" : "result: FAILED (a run did not run or left commands unanswered)");
        return text.ToString();
    }

    /// <summary>Ours with both platforms in one process against the two peers' processes, each at ready.</summary>
    private static void BothIdle(ComparisonResult comparison, Action<string> line)
    {
        var ours = comparison.Runs.Where(r => r.Platform == Comparison.BothIdle).ToList();
        var peers = comparison.Runs.Where(r => r.IsPeer).Select(r => r.Result?.Process?.ReadyRssKb).ToList();
        if (ours.Count == 0)
        {
            return;
        }

        long? sum = peers.Count == 2 && peers.All(kb => kb is not null) ? peers.Sum() : null;
        line(string.Empty);
        line("| both platforms, idle | RSS at ready | ÷ the peers' sum | load before → after |");
        line("| --- | ---: | ---: | --- |");
        foreach (var run in ours)
        {
            line(run.Result is { Process: { } p } result
                ? $"| {run.Bot}, one process | {Report.Mb(p.ReadyRssKb)} | {(sum is { } s ? Ratio(p.ReadyRssKb, s) : "–")} | {result.LoadBefore} → {result.LoadAfter} |"
                : $"| {run.Bot}, one process | did not run: {run.Error} | | |");
        }

        line(sum is { } total
            ? $"| the peers, two processes | {string.Join(" + ", peers.Select(kb => Report.Mb(kb!.Value)))} = {Report.Mb(total)} | | (their runs above) |"
            : "| the peers, two processes | not both measured | | |");
    }

    private static string Ratio(double ours, double peer) => peer > 0 ? Report.Invariant($"{ours / peer:0.00}×") : "–";
}
