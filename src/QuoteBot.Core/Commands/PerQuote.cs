using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Commands;

/// <summary>
/// One value per quote of the library and built-in UI language, built on first use and then shared: the parts of replies
/// that depend on nothing else (cards, buttons, whole replies) are made once instead of on every command.
/// Built lazily: start-up pays nothing for it, and a quote that cannot be shown fails when it is shown, not at start.
/// </summary>
internal sealed class PerQuote<T>(QuoteLibrary library)
    where T : class
{
    private readonly T?[] _slots = new T?[library.Quotes.Count * BuiltInStrings.Count];

    /// <summary>
    /// The value for <paramref name="quote"/> in <paramref name="strings"/>, or null where it cannot be shared:
    /// a quote object that is not the library's, or strings other than the built-in ones.
    /// </summary>
    public T? Get<TState>(Quote quote, UiStrings strings, TState state, Func<Quote, UiStrings, TState, T> build)
    {
        var position = library.PositionOf(quote);
        var language = BuiltInStrings.Slot(strings);
        if (position < 0 || language < 0)
        {
            return null;
        }

        return BuiltInStrings.GetOrBuild(ref _slots[(position * BuiltInStrings.Count) + language], (quote, strings, state, build), static s => s.build(s.quote, s.strings, s.state));
    }
}
