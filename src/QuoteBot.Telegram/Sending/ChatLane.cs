using QuoteBot.Core.Pacing;

namespace QuoteBot.Telegram.Sending;

/// <summary>One chat's queue in the <see cref="ChatPacer"/>; touched only under the pacer's lock.</summary>
internal sealed class ChatLane(CompletionWindow? perMinute)
{
    /// <summary>Messages waiting, in the order they go out.</summary>
    public LinkedList<ChatTurn> Pending { get; } = new();

    /// <summary>A message of this chat has its turn and its answer has not come back: the chat's next one waits.</summary>
    public bool Busy { get; set; }

    /// <summary>In the pacer's ready queue or asleep there, so not to be queued twice.</summary>
    public bool Queued { get; set; }

    public DateTimeOffset NextAllowed { get; set; } = DateTimeOffset.MinValue;

    /// <summary>Groups and channels only: their messages a minute.</summary>
    public CompletionWindow? PerMinute { get; } = perMinute;
}
