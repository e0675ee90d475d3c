using System.Text.Json.Serialization;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Corpus;

/// <summary>The whole corpus as stored in <c>quotes.json</c>: where it comes from, the talk, its topics and its quotes.</summary>
public sealed record QuoteCorpus
{
    public const int CurrentSchemaVersion = 1;

    public required int SchemaVersion { get; init; }
    public required SourceInfo Source { get; init; }
    public required IReadOnlyList<Topic> Topics { get; init; }
    public required IReadOnlyList<Quote> Quotes { get; init; }
    public required IReadOnlyList<Turn> Turns { get; init; }
}

/// <summary>Metadata of the talk and of the article that transcribes it.</summary>
public sealed record SourceInfo
{
    public required string Title { get; init; }
    public required string Speaker { get; init; }
    public required LocalizedText Event { get; init; }
    /// <summary>The day the talk was given or first published (ISO 8601 date).</summary>
    public string? EventDate { get; init; }
    public string? Author { get; init; }
    /// <summary>When the article was published, as the article states it.</summary>
    public string? PublishedAt { get; init; }
    public string? VideoUrl { get; init; }
    public string? ArticleUrl { get; init; }
}

/// <summary>A text in English and Chinese.</summary>
public sealed record LocalizedText(string En, string Zh)
{
    public string For(UiLanguage language) => language == UiLanguage.Chinese ? Zh : En;
}

/// <summary>The role of a speaker in the talk.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SpeakerRole>))]
public enum SpeakerRole
{
    [JsonStringEnumMemberName("host")]
    Host,
    [JsonStringEnumMemberName("guest")]
    Guest,
    [JsonStringEnumMemberName("audience")]
    Audience,
}

/// <summary>One speaker turn of the transcript.</summary>
public sealed record Turn
{
    public required string Id { get; init; }
    public required string Speaker { get; init; }
    public required SpeakerRole Role { get; init; }
    /// <summary>The name an audience member gave, where the transcript has it.</summary>
    public string? AskedBy { get; init; }
    /// <summary>The turn's text; paragraphs are separated by a blank line.</summary>
    public required string Text { get; init; }
}

/// <summary>A topic quotes are filed under.</summary>
public sealed record Topic
{
    public required string Id { get; init; }
    public required string En { get; init; }
    public required string Zh { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Keywords { get; init; } = [];

    public string NameFor(UiLanguage language) => language == UiLanguage.Chinese ? Zh : En;
}

/// <summary>A quotable line, anchored to the span of the turn it stands in.</summary>
public sealed record Quote
{
    public required string Id { get; init; }
    /// <summary>The words as they stand in the transcript, <c>turn.Text[Start..(Start+Length)]</c>.</summary>
    public required string Text { get; init; }
    /// <summary>The editor's wording from the highlights section, where it differs from <see cref="Text"/>.</summary>
    public string? Highlight { get; init; }
    /// <summary>A stage note the editor put before the highlight, e.g. what the speaker was asked.</summary>
    public string? Note { get; init; }
    public bool Featured { get; init; }
    public required string Speaker { get; init; }
    public required string Turn { get; init; }
    public required int Start { get; init; }
    public required int Length { get; init; }
    public required IReadOnlyList<string> Topics { get; init; }
    public QuoteContext? Context { get; init; }

    /// <summary>The wording to show: the editor's highlight if there is one, else the transcript's.</summary>
    [JsonIgnore]
    public string DisplayText => Highlight ?? Text;
}

/// <summary>What the quote answers and the paragraph it stands in.</summary>
public sealed record QuoteContext
{
    /// <summary>The turn that asked the question the quote answers.</summary>
    public string? QuestionTurn { get; init; }
    public string? AskedBy { get; init; }
    public SpeakerRole? AskerRole { get; init; }
    public string? Question { get; init; }
    public required string Paragraph { get; init; }
}
