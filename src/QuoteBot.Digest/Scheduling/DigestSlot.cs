namespace QuoteBot.Digest.Scheduling;

/// <summary>One scheduled post: the local date it belongs to (the key of exactly-once) and the instant it is due.</summary>
public readonly record struct DigestSlot(DateOnly LocalDate, DateTimeOffset DueAt);
