using BenchmarkDotNet.Attributes;
using QuoteBot.Core.Localization;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;

namespace QuoteBot.Benchmarks;

/// <summary>
/// One command through <see cref="CommandDispatcher.Dispatch"/>, as every platform calls it. The request is parsed once:
/// what is measured is the core's own cost per command, not the platform's parsing.
/// </summary>
[MemoryDiagnoser]
public class CommandBenchmarks : IDisposable
{
    private readonly CoreHost _core = new();

    /// <summary>The commands of the performance targets: ≤ 20 µs and ≤ 4 KB each, search ≤ 100 µs.</summary>
    public static IEnumerable<BenchmarkCommand> Commands() =>
    [
        new("/quote"),
        new("/topic energy"),
        new("/topic 能源"),
        new("/topic enrgy", "fuzzy miss"),
        new("/search 核聚变"),
        new("/search AGI scaling"),
        new("/context q14"),
        new("/today"),
    ];

    [Benchmark]
    [ArgumentsSource(nameof(Commands))]
    public Reply Dispatch(BenchmarkCommand command) => _core.Dispatcher.Dispatch(command.Request);

    [GlobalCleanup]
    public void Dispose()
    {
        _core.Dispose();
        GC.SuppressFinalize(this);
    }
}

/// <summary>A command line as a benchmark argument: parsed once, shown in the results as typed.</summary>
public sealed class BenchmarkCommand
{
    private readonly string _label;

    public BenchmarkCommand(string line, string? note = null)
    {
        if (!CommandText.TryParse(line, out var command))
        {
            throw new ArgumentException($"not a command: {line}", nameof(line));
        }

        _label = note is null ? line : $"{line} ({note})";
        Request = new CommandRequest(command.Name, command.Argument, "bench-chat", UiLanguage.English) { Platform = "bench" };
    }

    public CommandRequest Request { get; }

    public override string ToString() => _label;
}
