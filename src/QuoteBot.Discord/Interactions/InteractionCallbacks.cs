using System.Collections.Concurrent;

namespace QuoteBot.Discord.Interactions;

/// <summary>
/// Tells whoever finishes an interaction later (a deferred reply) whether its first answer reached Discord: an edit
/// of a deferral that never arrived would only be refused, for up to 15 minutes of retries.
/// </summary>
public sealed class InteractionCallbacks
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource<bool>> _waiting = new(StringComparer.Ordinal);

    /// <summary>
    /// Completes with whether the answer to <paramref name="interactionId"/> was delivered. Call it before handing
    /// that answer back; only answers someone waits for are tracked.
    /// </summary>
    public Task<bool> DeliveredAsync(string interactionId) =>
        _waiting.GetOrAdd(interactionId, _ => new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Reports the outcome of the answer to <paramref name="interactionId"/>.</summary>
    public void Report(string interactionId, bool delivered)
    {
        if (_waiting.TryRemove(interactionId, out var waiting))
        {
            waiting.TrySetResult(delivered);
        }
    }
}
