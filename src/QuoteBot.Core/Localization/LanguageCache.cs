namespace QuoteBot.Core.Localization;

/// <summary>
/// A value built once for each built-in language (<see cref="UiStrings.English"/>, <see cref="UiStrings.Chinese"/>) and
/// then shared: the topic list and the command list, which depend on the language alone and which a mistyped topic
/// shows in full. Other strings (made with <c>with</c>) get a fresh value each time: only the built-in ones never change.
/// </summary>
internal sealed class LanguageCache<T>(Func<UiStrings, T> build)
    where T : class
{
    private T? _english;
    private T? _chinese;

    public T Get(UiStrings strings) =>
        ReferenceEquals(strings, UiStrings.English) ? GetOrBuild(ref _english, strings)
        : ReferenceEquals(strings, UiStrings.Chinese) ? GetOrBuild(ref _chinese, strings)
        : build(strings);

    private T GetOrBuild(ref T? slot, UiStrings strings)
    {
        if (Volatile.Read(ref slot) is { } value)
        {
            return value;
        }

        // Two threads may both build it; they build equal values and the first one stored wins.
        var built = build(strings);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }
}
