using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// A source's metadata: what the article states (title, author, its own publication time, the video and the day the
/// video was published) and what the curation adds (the event, the day of the talk, venue, hosts, moderator).
/// </summary>
internal static class SourceMetadata
{
    public static SourceInfo Build(SourceArticle source, ParsedArticle article, IReadOnlyList<string> speakers)
    {
        var curation = source.Curation;
        return new SourceInfo
        {
            Id = source.Id,
            QuotePrefix = curation.QuotePrefix,
            Aliases = curation.Aliases,
            Title = article.Title,
            Speakers = speakers,
            Event = curation.Event,
            EventDate = curation.EventDate ?? article.EventDate
                ?? throw new ImportException("the day of the talk is unknown: the article does not say when it was given (演讲于…); set eventDate in the curation file, with a note"),
            Venue = curation.Venue,
            Hosts = curation.Hosts,
            Moderator = curation.Moderator,
            PublishedAt = article.PublishedDate,
            VideoUrl = article.VideoUrl,
            Author = article.Fields.GetValueOrDefault("文章作者"),
            ArticlePublishedAt = article.Fields.GetValueOrDefault("发布时间"),
            ArticleUrl = article.Fields.GetValueOrDefault("原文链接"),
            Notes = curation.Notes,
        };
    }
}
