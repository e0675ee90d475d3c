namespace QuoteBot.Fakes;

/// <summary>How much of what the platform sends a fake puts into its answers and events.</summary>
public enum ResponseShape
{
    /// <summary>Only the fields the bot reads: cheap to write and to parse, so a bot looks cheaper than it is.</summary>
    Lean,

    /// <summary>Every field the platform's documentation gives for the object, at the sizes real answers have.</summary>
    Full,
}
