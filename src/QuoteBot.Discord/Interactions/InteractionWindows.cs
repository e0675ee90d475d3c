namespace QuoteBot.Discord.Interactions;

/// <summary>How long Discord takes an interaction's answers, counted from when the interaction was received.</summary>
public static class InteractionWindows
{
    /// <summary>The first answer (the callback): 3 seconds, after which Discord answers 10062 Unknown interaction.</summary>
    public static readonly TimeSpan Answer = TimeSpan.FromSeconds(3);

    /// <summary>
    /// One attempt at the callback: Discord answers one in well under a second, and a slower one leaves no room to
    /// retry inside <see cref="Answer"/>.
    /// </summary>
    public static readonly TimeSpan AnswerAttemptTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Edits and follow-ups with the interaction's token: 15 minutes.</summary>
    public static readonly TimeSpan Token = TimeSpan.FromMinutes(15);
}
