using System.Collections.Concurrent;

namespace QuoteBot.Core.Diagnostics;

/// <summary>One part of the bot and whether it can do its work now.</summary>
public sealed record ComponentState(string Component, bool Ready, string Detail, DateTimeOffset Since);

/// <summary>
/// Where the bot's parts say whether they are ready: the corpus loaded, each platform connected or polling, storage
/// reachable. <c>/readyz</c> is ready when every registered part is.
/// </summary>
public sealed class Readiness(TimeProvider time)
{
    private readonly ConcurrentDictionary<string, ComponentState> _components = new(StringComparer.Ordinal);

    /// <summary>Declares a part that must become ready; until it reports, it is not.</summary>
    public void Expect(string component, string detail = "starting") =>
        _components.TryAdd(component, new ComponentState(component, false, detail, time.GetUtcNow()));

    public void Report(string component, bool ready, string detail)
    {
        _components.AddOrUpdate(
            component,
            _ => new ComponentState(component, ready, detail, time.GetUtcNow()),
            (_, old) => old.Ready == ready && old.Detail == detail ? old : new ComponentState(component, ready, detail, time.GetUtcNow()));
    }

    public IReadOnlyList<ComponentState> Components => [.. _components.Values.OrderBy(c => c.Component, StringComparer.Ordinal)];

    public bool IsReady => !_components.IsEmpty && _components.Values.All(c => c.Ready);
}
