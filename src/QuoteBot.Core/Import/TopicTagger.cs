using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>Files a source's quotes under topics: each curated entry tags the one quote it matches, the topics' keywords the rest.</summary>
internal static class TopicTagger
{
    public static List<Quote> Tag(List<Quote> quotes, IReadOnlyList<QuoteTags> curated, IReadOnlyList<Topic> topics)
    {
        var known = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var tags = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        for (var i = 0; i < curated.Count; i++)
        {
            var entry = curated[i];
            var matches = quotes.Where(q => q.Text.Contains(entry.Match, StringComparison.Ordinal) || (q.Highlight?.Contains(entry.Match, StringComparison.Ordinal) ?? false)).ToList();
            if (matches.Count != 1)
            {
                throw new ImportException($"{CorpusDirectory.CurationFileName}: quotes[{i}].match \"{entry.Match}\" matches {matches.Count} quotes of this source; it must match exactly one");
            }

            if (entry.Topics.FirstOrDefault(t => !known.Contains(t)) is { } unknown)
            {
                throw new ImportException($"{CorpusDirectory.CurationFileName}: quotes[{i}].topics: unknown topic '{unknown}'");
            }

            if (!tags.TryAdd(matches[0].Id, entry.Topics))
            {
                throw new ImportException($"{CorpusDirectory.CurationFileName}: quotes[{i}] tags quote {matches[0].Id} a second time");
            }
        }

        var tagged = quotes.Select(q => q with
        {
            Topics = tags.TryGetValue(q.Id, out var ids)
                ? ids
                : [.. topics.Where(t => t.Keywords.Any(k => q.DisplayText.Contains(k, StringComparison.OrdinalIgnoreCase))).Select(t => t.Id)],
        }).ToList();

        if (tagged.FirstOrDefault(q => q.Topics.Count == 0) is { } untagged)
        {
            throw new ImportException($"quote {untagged.Id} (\"{CorpusImporter.Preview(untagged.DisplayText)}\") has no topic: tag it in the curation file or add a keyword to topics.json");
        }

        return tagged;
    }
}
