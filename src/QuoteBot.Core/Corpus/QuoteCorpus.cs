using System.Text.Json.Serialization;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Corpus;

/// <summary>The whole corpus as stored in <c>quotes.json</c>: the talks it comes from, their topics, quotes and turns.</summary>
public sealed record QuoteCorpus
{
    public const int CurrentSchemaVersion = 2;

    public required int SchemaVersion { get; init; }
    /// <summary>The talks, ordered by <see cref="SourceInfo.EventDate"/>, then id.</summary>
    public required IReadOnlyList<SourceInfo> Sources { get; init; }
    /// <summary>The topics, shared by all sources.</summary>
    public required IReadOnlyList<Topic> Topics { get; init; }
    public required IReadOnlyList<Quote> Quotes { get; init; }
    public required IReadOnlyList<Turn> Turns { get; init; }
}

/// <summary>One talk: who spoke where and when, and the article that transcribes it.</summary>
public sealed record SourceInfo
{
    /// <summary>The slug: the folder name under <c>corpus/sources/</c>.</summary>
    public required string Id { get; init; }
    /// <summary>The letters before the number in this source's quote ids ("q" in q07).</summary>
    public required string QuotePrefix { get; init; }
    /// <summary>What users may type to name the source, besides its id.</summary>
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public required string Title { get; init; }
    /// <summary>The guests, in order of their first turn.</summary>
    public required IReadOnlyList<string> Speakers { get; init; }
    public required LocalizedText Event { get; init; }
    /// <summary>The day of the talk (ISO 8601 date).</summary>
    public required string EventDate
    {
        get;
        init
        {
            field = value;
            EventDay = IsoDate.Parse(value);
        }
    }
    public LocalizedText? Venue { get; init; }
    /// <summary>Who hosted the talk.</summary>
    public LocalizedText? Hosts { get; init; }
    public string? Moderator { get; init; }
    /// <summary>The day the recording was published (ISO 8601 date).</summary>
    public string? PublishedAt { get; init; }
    public string? VideoUrl { get; init; }
    /// <summary>The article's author.</summary>
    public string? Author { get; init; }
    /// <summary>When the article was published, as the article states it.</summary>
    public string? ArticlePublishedAt { get; init; }
    public string? ArticleUrl { get; init; }
    /// <summary>Where each curated value comes from, one note per field.</summary>
    public IReadOnlyList<SourceNote> Notes { get; init; } = [];

    /// <summary>The talk's date, parsed once with <see cref="EventDate"/>; null when that is not an ISO date.</summary>
    [JsonIgnore]
    public DateOnly? EventDay { get; private init; }
}

/// <summary>Where a curated metadata value of a source comes from.</summary>
public sealed record SourceNote
{
    /// <summary>The field of the source, as named in JSON ("eventDate").</summary>
    public required string Field { get; init; }
    public required string Note { get; init; }
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
    /// <summary>Unique within its source.</summary>
    public required string Id { get; init; }
    /// <summary>The id of the source the turn belongs to.</summary>
    public required string Source { get; init; }
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
    /// <summary>The id of the source the quote belongs to; its turns are that source's.</summary>
    public required string Source { get; init; }
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
