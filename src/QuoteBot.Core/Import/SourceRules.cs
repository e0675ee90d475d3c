using System.Text.RegularExpressions;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Import;

/// <summary>
/// What the curation files of a corpus must agree on before anything is imported: slugs and quote prefixes well formed
/// and unique, every name a user may type (source ids and aliases, topic ids and aliases) naming one thing only, and a
/// note for every curated metadata value.
/// </summary>
internal static partial class SourceRules
{
    private const int MaxAliasLength = 32;

    public static void Check(IReadOnlyList<SourceArticle> sources, IReadOnlyList<Topic> topics)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            foreach (var name in topic.Aliases.Prepend(topic.Zh).Prepend(topic.En).Prepend(topic.Id))
            {
                names.TryAdd(TextNormalizer.Fold(name), $"topic '{topic.Id}'");
            }
        }

        foreach (var source in sources)
        {
            if (!SourceValidator.IsSlug(source.Id))
            {
                throw new ImportException($"source '{source.Id}': the folder name must be a slug of a-z, 0-9 and '-'");
            }

            if (!names.TryAdd(source.Id, $"source '{source.Id}'"))
            {
                throw new ImportException($"source '{source.Id}': the id is already a name of {names[source.Id]}");
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

            if (source.Curation.EventDate is { } day && !SourceValidator.IsDate(day))
            {
                throw new ImportException($"source '{source.Id}': eventDate '{day}' is not a date (yyyy-MM-dd)");
            }

            CheckAliases(source, names);
            CheckNotes(source);
        }
    }

    private static void CheckAliases(SourceArticle source, Dictionary<string, string> names)
    {
        var owner = $"source '{source.Id}'";
        foreach (var alias in source.Curation.Aliases)
        {
            var name = TextNormalizer.Fold(alias);
            if (name.Length is 0 or > MaxAliasLength || QuoteIdShape().IsMatch(name))
            {
                throw new ImportException($"{owner}: alias '{alias}' must be 1 to {MaxAliasLength} characters and not look like a quote id or number");
            }

            if (!names.TryAdd(name, owner))
            {
                throw new ImportException(names[name] == owner
                    ? $"{owner}: alias '{alias}' is listed twice (or repeats the id)"
                    : $"{owner}: alias '{alias}' is already a name of {names[name]}");
            }
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

    [GeneratedRegex(@"^#?[a-z]{0,3}\d+$")]
    private static partial Regex QuoteIdShape();
}
