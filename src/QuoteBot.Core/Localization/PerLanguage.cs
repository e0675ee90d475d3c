namespace QuoteBot.Core.Localization;

/// <summary>
/// A value per built-in UI language (<see cref="UiStrings.English"/>, <see cref="UiStrings.Chinese"/>), built on first use
/// and then shared, for parts of replies that depend on the language alone. Other strings (made with <c>with</c>) get a
/// fresh value each time: only the built-in ones are known never to change.
/// </summary>
internal sealed class PerLanguage<T>(Func<UiStrings, T> build)
    where T : class
{
    private readonly T?[] _values = new T?[BuiltInStrings.Count];

    public T Get(UiStrings strings)
    {
        var slot = BuiltInStrings.Slot(strings);
        return slot < 0 ? build(strings) : BuiltInStrings.GetOrBuild(ref _values[slot], (build, strings), static s => s.build(s.strings));
    }
}

/// <summary>Tells the built-in strings apart from any others, and fills a shared slot once.</summary>
internal static class BuiltInStrings
{
    public const int Count = 2;

    /// <summary>0 for English, 1 for Chinese, -1 for strings that are not one of the two built-in instances.</summary>
    public static int Slot(UiStrings strings) =>
        ReferenceEquals(strings, UiStrings.English) ? 0 : ReferenceEquals(strings, UiStrings.Chinese) ? 1 : -1;

    /// <summary>The value in <paramref name="slot"/>, built and stored first if there is none yet.</summary>
    public static T GetOrBuild<T, TState>(ref T? slot, TState state, Func<TState, T> build)
        where T : class
    {
        if (Volatile.Read(ref slot) is { } value)
        {
            return value;
        }

        // Two threads may both build it; they build equal values and the first one stored wins.
        var built = build(state);
        return Interlocked.CompareExchange(ref slot, built, null) ?? built;
    }
}
