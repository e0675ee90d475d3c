using System.Text.RegularExpressions;

namespace QuoteBot.Core.Corpus;

/// <summary>Checks the sources of a corpus: ids, prefixes, the talk's metadata, and dates that are valid and in order.</summary>
internal static partial class SourceValidator
{
    public static void Validate(List<CorpusProblem> problems, IReadOnlyList<SourceInfo> sources)
    {
        if (sources.Count == 0)
        {
            problems.Add(new("$.sources", "the corpus has no sources"));
        }

        var ids = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var prefixes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < sources.Count; i++)
        {
            var path = $"$.sources[{i}]";
            var source = sources[i];
            if (!IsSlug(source.Id))
            {
                problems.Add(new($"{path}.id", $"source id '{source.Id}' must be a slug of a-z, 0-9 and '-'"));
            }
            else if (!ids.TryAdd(source.Id, i))
            {
                problems.Add(new($"{path}.id", $"duplicate source id '{source.Id}' (first at $.sources[{ids[source.Id]}])"));
            }

            if (!IsQuotePrefix(source.QuotePrefix))
            {
                problems.Add(new($"{path}.quotePrefix", $"quote prefix '{source.QuotePrefix}' must be 1 to 3 letters a-z"));
            }
            else if (!prefixes.TryAdd(source.QuotePrefix, i))
            {
                problems.Add(new($"{path}.quotePrefix", $"quote prefix '{source.QuotePrefix}' is already the prefix of $.sources[{prefixes[source.QuotePrefix]}]"));
            }

            CorpusValidator.RequireText(problems, $"{path}.title", source.Title);
            if (source.Speakers.Count == 0)
            {
                problems.Add(new($"{path}.speakers", "a source needs at least one speaker"));
            }

            for (var s = 0; s < source.Speakers.Count; s++)
            {
                CorpusValidator.RequireText(problems, $"{path}.speakers[{s}]", source.Speakers[s]);
            }

            CorpusValidator.RequireText(problems, $"{path}.event.en", source.Event.En);
            CorpusValidator.RequireText(problems, $"{path}.event.zh", source.Event.Zh);
            ValidateDates(problems, path, source);
            CorpusValidator.NoMarkup(problems, $"{path}.title", source.Title);
        }

        for (var i = 1; i < sources.Count; i++)
        {
            if (Order(sources[i - 1], sources[i]) > 0)
            {
                problems.Add(new($"$.sources[{i}]", $"sources must be ordered by eventDate, then id: '{sources[i].Id}' comes before '{sources[i - 1].Id}'"));
            }
        }
    }

    /// <summary>The talk comes first, then the recording's publication, then the article's: eventDate ≤ publishedAt ≤ articlePublishedAt.</summary>
    private static void ValidateDates(List<CorpusProblem> problems, string path, SourceInfo source)
    {
        var eventDate = Date(problems, $"{path}.eventDate", source.EventDate, required: true);
        var publishedAt = Date(problems, $"{path}.publishedAt", source.PublishedAt, required: false);
        DateOnly? articleDate = null;
        if (source.ArticlePublishedAt is { } article)
        {
            // "2024-10-17 09:50": the day is what orders it.
            articleDate = Date(problems, $"{path}.articlePublishedAt", article.Length >= 10 ? article[..10] : article, required: true);
        }

        if (eventDate is { } talk && publishedAt is { } published && published < talk)
        {
            problems.Add(new($"{path}.publishedAt", $"publishedAt {source.PublishedAt} is before the talk's eventDate {source.EventDate}"));
        }

        var before = publishedAt ?? eventDate;
        if (before is { } earlier && articleDate is { } later && later < earlier)
        {
            var name = publishedAt is null ? "the talk's eventDate" : "publishedAt";
            problems.Add(new($"{path}.articlePublishedAt", $"articlePublishedAt {source.ArticlePublishedAt} is before {name} {earlier:yyyy-MM-dd}"));
        }
    }

    private static DateOnly? Date(List<CorpusProblem> problems, string path, string? value, bool required)
    {
        if (value is null && !required)
        {
            return null;
        }

        if (IsoDate.Parse(value) is { } date)
        {
            return date;
        }

        problems.Add(new(path, string.IsNullOrWhiteSpace(value) ? "a date (yyyy-MM-dd) is required" : $"'{value}' is not a date (yyyy-MM-dd)"));
        return null;
    }

    /// <summary>A source id: the folder name under corpus/sources/, lower-case a-z, 0-9 and '-'.</summary>
    internal static bool IsSlug(string id) => SlugPattern().IsMatch(id);

    /// <summary>The letters of a source's quote ids: 1 to 3 of a-z.</summary>
    internal static bool IsQuotePrefix(string prefix) => PrefixPattern().IsMatch(prefix);

    /// <summary>The order of sources in a corpus: by the day of the talk, then by id for talks of one day.</summary>
    internal static int Order(SourceInfo a, SourceInfo b)
    {
        var byDate = string.CompareOrdinal(a.EventDate, b.EventDate);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.Id, b.Id);
    }

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex SlugPattern();

    [GeneratedRegex(@"^[a-z]{1,3}$")]
    private static partial Regex PrefixPattern();
}
