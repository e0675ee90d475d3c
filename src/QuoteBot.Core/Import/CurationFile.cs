using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// The hand-edited part of one source (<c>corpus/sources/&lt;slug&gt;/curation.json</c>): its quote prefix and aliases,
/// what the article cannot tell (the event, the day of the talk, venue, hosts, moderator; each with a note saying where
/// it comes from), and which topics each quote is filed under.
/// </summary>
public sealed record CurationFile
{
    /// <summary>The letters of this source's quote ids: 1–3 of a–z, unique in the corpus.</summary>
    public required string QuotePrefix { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required LocalizedText Event { get; init; }
    /// <summary>The day of the talk (ISO date); needed unless the article says when the talk was given (演讲于…).</summary>
    public string? EventDate { get; init; }
    public LocalizedText? Venue { get; init; }
    public LocalizedText? Hosts { get; init; }
    public string? Moderator { get; init; }
    /// <summary>Where each curated value comes from: one note for each of event, eventDate, venue, hosts, moderator that is set.</summary>
    public IReadOnlyList<SourceNote> Notes { get; init; } = [];
    /// <summary>Topic assignments; a quote none of them matches is tagged by the topics' keywords.</summary>
    public IReadOnlyList<QuoteTags> Quotes { get; init; } = [];
}

/// <summary>Files the one quote of the source whose text contains <see cref="Match"/> under <see cref="Topics"/>.</summary>
public sealed record QuoteTags
{
    public required string Match { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
}

/// <summary>The shared topics of the corpus (<c>corpus/topics.json</c>).</summary>
public sealed record TopicsFile
{
    public required IReadOnlyList<Topic> Topics { get; init; }
}

/// <summary>One source to import: its slug, its article and its curation.</summary>
public sealed record SourceArticle(string Id, string Markdown, CurationFile Curation);
