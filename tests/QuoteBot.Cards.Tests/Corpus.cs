using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Testing;

namespace QuoteBot.Cards.Tests;

/// <summary>The repository's quotes.json, and its quotes as the cards the bot would draw.</summary>
internal static class Corpus
{
    private static readonly Lazy<QuoteLibrary> Shared = new(() => new QuoteLibrary(CorpusLoader.Load(System.IO.Path.Combine(RepositoryRoot.Path, "quotes.json"))));

    public static QuoteLibrary Library => Shared.Value;

    public static QuoteCard Card(string id, UiLanguage language = UiLanguage.English) =>
        new QuoteCards(Library).Card(Library.ById[id], UiStrings.For(language));
}
