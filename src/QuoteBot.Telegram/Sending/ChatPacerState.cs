namespace QuoteBot.Telegram.Sending;

/// <summary>The <see cref="ChatPacer"/>'s figures at one instant.</summary>
/// <param name="Waiting">Messages waiting for their turn.</param>
/// <param name="InFlight">Messages given their turn whose answer has not come back yet.</param>
/// <param name="NextTurnAt">When the pacer next gives a turn by itself; null when only an answer coming back can free one.</param>
/// <param name="HeldUntil">Until when every send is held after a 429; in the past when none is.</param>
public readonly record struct ChatPacerState(int Waiting, int InFlight, DateTimeOffset? NextTurnAt, DateTimeOffset HeldUntil);
