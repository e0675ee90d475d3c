namespace QuoteBot.Core.Import;

/// <summary>
/// What the article parser reads out of the Markdown, before anchoring and tagging. <see cref="EventDate"/> is the day
/// the article says the talk was given (演讲于…), <see cref="PublishedDate"/> the day it says the recording was published (发表于…).
/// </summary>
internal sealed record ParsedArticle(
    string Title,
    IReadOnlyDictionary<string, string> Fields,
    string? EventHeading,
    string? EventDate,
    string? PublishedDate,
    string? VideoUrl,
    IReadOnlyList<ParsedHighlight> Highlights,
    IReadOnlyList<ParsedTurn> Turns);

/// <summary>One bullet of the highlights section; <see cref="Note"/> is a bracketed stage note before it.</summary>
internal sealed record ParsedHighlight(int Number, string Text, string? Note);

/// <summary>A speaker turn: its paragraphs joined by blank lines, with the bold spans in that text.</summary>
internal sealed record ParsedTurn(string Label, string Speaker, Corpus.SpeakerRole Role, string Text, IReadOnlyList<TextSpan> BoldSpans);
