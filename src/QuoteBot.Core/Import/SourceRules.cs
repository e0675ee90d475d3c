using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// What the curation files of a corpus must agree on before anything is imported: slugs and quote prefixes well formed
/// and unique, curated dates that are dates, and a note for every curated metadata value. The names users type
/// (aliases) are checked on the imported corpus by <see cref="CorpusValidator"/>, as at the bot's start.
/// </summary>
internal static class SourceRules
{
    public static void Check(IReadOnlyList<SourceArticle> sources)
    {
        foreach (var source in sources)
        {
            if (!SourceValidator.IsSlug(source.Id))
            {
                throw new ImportException($"source '{source.Id}': the folder name must be a slug of a-z, 0-9 and '-'");
            }
        }

        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var source in sources)
        {
            var prefix = source.Curation.QuotePrefix;
            if (!SourceValidator.IsQuotePrefix(prefix))
            {
                throw new ImportException($"source '{source.Id}': quotePrefix '{prefix}' must be 1 to 3 letters a-z");
            }

            if (!prefixes.TryAdd(prefix, source.Id))
            {
                throw new ImportException($"source '{source.Id}': quotePrefix '{prefix}' is already the prefix of source '{prefixes[prefix]}'");
            }

            if (source.Curation.EventDate is { } day && !IsoDate.IsValid(day))
            {
                throw new ImportException($"source '{source.Id}': eventDate '{day}' is not a date (yyyy-MM-dd)");
            }

            CheckNotes(source);
        }
    }

    /// <summary>Every curated value needs a note saying where it comes from; a note names a value that is set.</summary>
    private static void CheckNotes(SourceArticle source)
    {
        var curation = source.Curation;
        var curated = new List<string> { "event" };
        if (curation.EventDate is not null)
        {
            curated.Add("eventDate");
        }

        if (curation.Venue is not null)
        {
            curated.Add("venue");
        }

        if (curation.Hosts is not null)
        {
            curated.Add("hosts");
        }

        if (curation.Moderator is not null)
        {
            curated.Add("moderator");
        }

        var noted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var note in curation.Notes)
        {
            if (!curated.Contains(note.Field))
            {
                throw new ImportException($"source '{source.Id}': a note is about '{note.Field}', which the curation file does not set (curated: {string.Join(", ", curated)})");
            }

            if (string.IsNullOrWhiteSpace(note.Note) || !noted.Add(note.Field))
            {
                throw new ImportException($"source '{source.Id}': the note about '{note.Field}' is empty or given twice");
            }
        }

        if (curated.FirstOrDefault(field => !noted.Contains(field)) is { } bare)
        {
            throw new ImportException($"source '{source.Id}': the curated {bare} has no note: add {{ \"field\": \"{bare}\", \"note\": \"where it comes from\" }} to notes");
        }
    }
}
