using System.Collections.Concurrent;

namespace QuoteBot.Digest.Targets;

/// <summary>Process-local targets: for tests and for running without storage. Forgets everything on restart.</summary>
public sealed class InMemoryDigestTargetStore : IDigestTargetStore
{
    private readonly ConcurrentDictionary<string, DigestTarget> _targets = new(StringComparer.Ordinal);

    public ValueTask<IReadOnlyList<DigestTarget>> ListAsync(CancellationToken cancellationToken = default) =>
        ValueTask.FromResult<IReadOnlyList<DigestTarget>>([.. _targets.Values.OrderBy(t => t.Id, StringComparer.Ordinal)]);

    public ValueTask<DigestTarget?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_targets.TryGetValue(id, out var target) ? target : null);

    public ValueTask UpsertAsync(DigestTarget target, CancellationToken cancellationToken = default)
    {
        _targets[target.Id] = target with { Source = DigestTargetSource.Admin };
        return ValueTask.CompletedTask;
    }

    public ValueTask<bool> DisableAsync(string id, string reason, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        while (_targets.TryGetValue(id, out var target))
        {
            if (_targets.TryUpdate(id, target with { Enabled = false, DisabledReason = reason, UpdatedAt = now }, target))
            {
                return ValueTask.FromResult(true);
            }
        }

        return ValueTask.FromResult(false);
    }
}
