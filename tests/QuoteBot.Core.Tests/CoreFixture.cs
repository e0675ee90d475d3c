using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Selection;

namespace QuoteBot.Core.Tests;

/// <summary>The real command core over the committed quotes.json (or another corpus file), with a fake clock and a seeded shuffle.</summary>
internal sealed class CoreFixture : IDisposable
{
    private static readonly Lazy<QuoteCorpus> CommittedCorpus = new(() => CorpusLoader.Load(RepoFiles.QuotesPath));

    private readonly ServiceProvider _services;

    public CoreFixture(int seed = 1234, string timeZone = "UTC", DateTimeOffset? now = null, Action<IServiceCollection>? configure = null, string? corpusPath = null)
    {
        Time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection();
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton(Options.Create(new CoreOptions { TimeZone = timeZone }));
        services.AddSingleton(new ChatMemory(capacity: 1000, random: new Random(seed)));
        services.AddSingleton(typeof(Microsoft.Extensions.Logging.ILogger<>), typeof(NullLogger<>));
        services.AddQuoteCore(_ => corpusPath is null ? CommittedCorpus.Value : CorpusLoader.Load(corpusPath));
        configure?.Invoke(services);
        _services = services.BuildServiceProvider();
        Dispatcher = _services.GetRequiredService<CommandDispatcher>();
        Library = _services.GetRequiredService<QuoteLibrary>();
    }

    public static QuoteCorpus Corpus => CommittedCorpus.Value;

    public FakeTimeProvider Time { get; }
    public CommandDispatcher Dispatcher { get; }
    public QuoteLibrary Library { get; }

    public T Get<T>() where T : notnull => _services.GetRequiredService<T>();

    public Reply Run(string line, string chat = "chat-1", UiLanguage language = UiLanguage.English)
    {
        Assert.True(CommandText.TryParse(line, out var command), $"not a command: {line}");
        return Dispatcher.Dispatch(new CommandRequest(command.Name, command.Argument, chat, language));
    }

    public void Dispose() => _services.Dispose();
}
