using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Selection;

namespace QuoteBot.Benchmarks;

/// <summary>
/// The real command core over the committed quotes.json, built through DI as the core tests build it
/// (tests/QuoteBot.Core.Tests/CoreFixture.cs): a fixed clock and a seeded shuffle, so every run does the same work.
/// </summary>
public sealed class CoreHost : IDisposable
{
    private readonly ServiceProvider _services;

    public CoreHost()
    {
        var corpus = CorpusLoader.Load(QuotesPath);
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(new FakeTimeProvider(new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero)));
        services.AddSingleton(Options.Create(new CoreOptions()));
        services.AddSingleton(new ChatMemory(capacity: 1000, random: new Random(1234)));
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddQuoteCore(_ => corpus);
        _services = services.BuildServiceProvider();
        Dispatcher = _services.GetRequiredService<CommandDispatcher>();
        Library = _services.GetRequiredService<QuoteLibrary>();
    }

    /// <summary>The committed corpus. BenchmarkDotNet runs us from a generated folder below bin/, so look upwards for the repository.</summary>
    public static string QuotesPath { get; } = FindQuotes();

    public CommandDispatcher Dispatcher { get; }

    public QuoteLibrary Library { get; }

    public void Dispose() => _services.Dispose();

    private static string FindQuotes()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Bot.sln")))
            {
                return Path.Combine(dir.FullName, "quotes.json");
            }
        }

        throw new InvalidOperationException("Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
