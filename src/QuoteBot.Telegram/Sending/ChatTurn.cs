namespace QuoteBot.Telegram.Sending;

/// <summary>
/// A message's turn from the <see cref="ChatPacer"/>. Dispose it once the message's answer came back (or it was
/// given up): that is when its slots start to count down. <see cref="AgainAsync"/> sends the same message again.
/// </summary>
public sealed class ChatTurn : IDisposable
{
    private readonly ChatPacer _pacer;
    private TaskCompletionSource _granted = NewSignal();

    internal ChatTurn(ChatPacer pacer, ChatLane lane)
    {
        _pacer = pacer;
        Lane = lane;
    }

    internal enum Stage
    {
        Waiting,
        Given,
        Done,
    }

    internal ChatLane Lane { get; }

    /// <summary>Changed only under the pacer's lock.</summary>
    internal Stage State { get; set; }

    /// <summary>Where the turn waits in its chat's queue while <see cref="Stage.Waiting"/>. Under the pacer's lock.</summary>
    internal LinkedListNode<ChatTurn>? Node { get; set; }

    /// <summary>
    /// The answer came back without the message going through (429, 5xx, no answer): its slots count from now, and
    /// the same message waits for a new turn, first in its chat, at least <paramref name="notBefore"/> from now.
    /// </summary>
    public async ValueTask AgainAsync(TimeSpan notBefore, CancellationToken cancellationToken)
    {
        var previous = _granted;
        _granted = NewSignal();
        if (!_pacer.Complete(this, again: true, notBefore))
        {
            _granted = previous;
            throw new InvalidOperationException("Only a turn that was given can be taken again.");
        }

        await GrantedAsync(cancellationToken);
    }

    /// <summary>Completes a given turn, or withdraws a waiting one.</summary>
    public void Dispose() => _pacer.Release(this);

    /// <summary>Called by the pacer under its lock, after <see cref="State"/> became <see cref="Stage.Given"/>.</summary>
    internal void Grant() => _granted.TrySetResult();

    internal async ValueTask GrantedAsync(CancellationToken cancellationToken)
    {
        var granted = _granted;
        using (cancellationToken.UnsafeRegister(static state => ((ChatTurn)state!).Cancel(), this))
        {
            await granted.Task.ConfigureAwait(false);
        }
    }

    private void Cancel()
    {
        if (_pacer.Withdraw(this))
        {
            _granted.TrySetCanceled();
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
