namespace QuoteBot.Digest.Targets;

/// <summary>
/// The targets admins set at run time, durable in the configured store. Configuration targets are not stored;
/// a stored target with the same id overrides one from the configuration (so <c>/daily off</c> works on both).
/// Moving targets when a chat migrates is <see cref="Core.State.IChatRegistry.MigrateAsync"/>'s job.
/// </summary>
public interface IDigestTargetStore
{
    ValueTask<IReadOnlyList<DigestTarget>> ListAsync(CancellationToken cancellationToken = default);

    ValueTask<DigestTarget?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Inserts the target or replaces the one with its id.</summary>
    ValueTask UpsertAsync(DigestTarget target, CancellationToken cancellationToken = default);

    /// <summary>Turns a stored target off with a reason; false when no target has that id.</summary>
    ValueTask<bool> DisableAsync(string id, string reason, DateTimeOffset now, CancellationToken cancellationToken = default);
}
