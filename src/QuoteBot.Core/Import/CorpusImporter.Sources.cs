using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>The corpus of several sources: each imported alone, then ordered by the day of the talk and joined.</summary>
public static partial class CorpusImporter
{
    public static QuoteCorpus Import(IReadOnlyList<SourceArticle> sources, IReadOnlyList<Topic> topics)
    {
        if (sources.Count == 0)
        {
            throw new ImportException("there are no sources to import (corpus/sources/<slug>/article.md)");
        }

        SourceRules.Check(sources);
        var imported = new List<ImportedSource>(sources.Count);
        foreach (var source in sources)
        {
            try
            {
                imported.Add(ImportSource(source, topics));
            }
            catch (ImportException ex)
            {
                throw new ImportException($"source '{source.Id}': {ex.Message}", ex);
            }
        }

        // The order users see in /sources and the digest: by the day of the talk, then by id for talks of one day.
        imported.Sort((a, b) => SourceValidator.Order(a.Source, b.Source));

        var corpus = new QuoteCorpus
        {
            SchemaVersion = QuoteCorpus.CurrentSchemaVersion,
            Sources = [.. imported.Select(s => s.Source)],
            Topics = topics,
            Quotes = [.. imported.SelectMany(s => s.Quotes)],
            Turns = [.. imported.SelectMany(s => s.Turns)],
        };

        var problems = CorpusValidator.Validate(corpus);
        if (problems.Count > 0)
        {
            throw new ImportException($"the imported corpus is invalid: {problems[0]}");
        }

        return corpus;
    }

    /// <summary>A source and its quotes and turns, before they join the corpus.</summary>
    private sealed record ImportedSource(SourceInfo Source, List<Quote> Quotes, List<Turn> Turns);
}
