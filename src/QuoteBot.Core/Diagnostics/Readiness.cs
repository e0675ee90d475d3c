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

    /// <summary>
    /// Every part's state, read once: whether the bot is ready is decided from the same reading as the parts shown, so
    /// <c>/readyz</c> never answers 200 with a part listed as not ready (or 503 with every part ready).
    /// </summary>
    public ReadinessSnapshot Snapshot() => new([.. _components.Values.OrderBy(c => c.Component, StringComparer.Ordinal)]);
}

/// <summary>The parts' states at one reading, in name order; ready when there is a part and every part is.</summary>
public sealed record ReadinessSnapshot(IReadOnlyList<ComponentState> Components)
{
    public bool IsReady => Components.Count > 0 && Components.All(c => c.Ready);
}
