using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// The hand-edited part of the corpus (<c>corpus/topics.json</c>): the event's name in both languages,
/// the topics, and which topics each quote is filed under.
/// </summary>
public sealed record CurationFile
{
    public required LocalizedText Event { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
    /// <summary>Topic assignments; a quote none of them matches is tagged by the topics' keywords.</summary>
    public IReadOnlyList<QuoteTags> Quotes { get; init; } = [];
}

/// <summary>Files the one quote whose text contains <see cref="Match"/> under <see cref="Topics"/>.</summary>
public sealed record QuoteTags
{
    public required string Match { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
}
