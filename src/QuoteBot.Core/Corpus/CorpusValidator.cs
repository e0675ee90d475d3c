namespace QuoteBot.Core.Corpus;

/// <summary>
/// Checks what the JSON schema cannot: the sources and their dates, ids unique and carrying their source's prefix,
/// anchors inside their turns and equal to the quote, every reference resolved within its source, every topic used
/// and known, and no Markdown bold left in any text.
/// </summary>
public static class CorpusValidator
{
    private const string BoldMarker = "**";

    public static IReadOnlyList<CorpusProblem> Validate(QuoteCorpus corpus)
    {
        var problems = new List<CorpusProblem>();
        if (corpus.SchemaVersion != QuoteCorpus.CurrentSchemaVersion)
        {
            problems.Add(new("$.schemaVersion", $"schema version {corpus.SchemaVersion} is not supported (expected {QuoteCorpus.CurrentSchemaVersion})"));
        }

        SourceValidator.Validate(problems, corpus.Sources);
        SourceNameRules.Validate(problems, corpus.Sources, corpus.Topics);
        var sources = new Dictionary<string, SourceInfo>(StringComparer.Ordinal);
        foreach (var source in corpus.Sources)
        {
            sources.TryAdd(source.Id, source);
        }

        var topicIds = UniqueIds(problems, "$.topics", corpus.Topics, t => t.Id, "topic");
        for (var i = 0; i < corpus.Topics.Count; i++)
        {
            var topic = corpus.Topics[i];
            RequireText(problems, $"$.topics[{i}].en", topic.En);
            RequireText(problems, $"$.topics[{i}].zh", topic.Zh);
            if (!corpus.Quotes.Any(q => q.Topics.Contains(topic.Id, StringComparer.Ordinal)))
            {
                problems.Add(new($"$.topics[{i}]", $"topic '{topic.Id}' has no quote"));
            }
        }

        var turns = ValidateTurns(problems, corpus.Turns, sources);
        UniqueIds(problems, "$.quotes", corpus.Quotes, q => q.Id, "quote");
        if (corpus.Quotes.Count == 0)
        {
            problems.Add(new("$.quotes", "the corpus has no quotes"));
        }

        for (var i = 0; i < corpus.Quotes.Count; i++)
        {
            ValidateQuote(problems, $"$.quotes[{i}]", corpus.Quotes[i], sources, turns, topicIds);
        }

        return problems;
    }

    private static Dictionary<(string Source, string Id), Turn> ValidateTurns(List<CorpusProblem> problems, IReadOnlyList<Turn> turns, Dictionary<string, SourceInfo> sources)
    {
        var byId = new Dictionary<(string Source, string Id), Turn>();
        for (var i = 0; i < turns.Count; i++)
        {
            var path = $"$.turns[{i}]";
            var turn = turns[i];
            if (!sources.ContainsKey(turn.Source))
            {
                problems.Add(new($"{path}.source", $"unknown source '{turn.Source}'"));
            }

            if (string.IsNullOrWhiteSpace(turn.Id))
            {
                problems.Add(new($"{path}.id", "turn id is empty"));
            }
            else if (!byId.TryAdd((turn.Source, turn.Id), turn))
            {
                problems.Add(new($"{path}.id", $"duplicate turn id '{turn.Id}' in source '{turn.Source}'"));
            }

            NoMarkup(problems, $"{path}.text", turn.Text);
        }

        return byId;
    }

    private static void ValidateQuote(
        List<CorpusProblem> problems, string path, Quote quote, Dictionary<string, SourceInfo> sources, Dictionary<(string Source, string Id), Turn> turns, HashSet<string> topicIds)
    {
        RequireText(problems, $"{path}.text", quote.Text);
        RequireText(problems, $"{path}.speaker", quote.Speaker);
        if (!sources.TryGetValue(quote.Source, out var source))
        {
            problems.Add(new($"{path}.source", $"unknown source '{quote.Source}'"));
        }
        else if (!QuoteIds.IsCanonical(quote.Id, source.QuotePrefix))
        {
            problems.Add(new($"{path}.id", $"quote id '{quote.Id}' must be its source's prefix '{source.QuotePrefix}' and a number of at least 2 digits (q07, q100)"));
        }

        if (!turns.TryGetValue((quote.Source, quote.Turn), out var turn))
        {
            problems.Add(new($"{path}.turn", $"unknown turn '{quote.Turn}' in source '{quote.Source}'"));
        }
        else if (quote.Start < 0 || quote.Length <= 0 || quote.Start > turn.Text.Length - quote.Length)
        {
            problems.Add(new($"{path}.start", $"anchor {quote.Start}+{quote.Length} lies outside turn '{turn.Id}' ({turn.Text.Length} characters)"));
        }
        else if (!string.Equals(turn.Text.Substring(quote.Start, quote.Length), quote.Text, StringComparison.Ordinal))
        {
            problems.Add(new($"{path}.text", $"text differs from turn '{turn.Id}' at {quote.Start}+{quote.Length}"));
        }

        if (quote.Topics.Count == 0)
        {
            problems.Add(new($"{path}.topics", "a quote needs at least one topic"));
        }

        for (var t = 0; t < quote.Topics.Count; t++)
        {
            if (!topicIds.Contains(quote.Topics[t]))
            {
                problems.Add(new($"{path}.topics[{t}]", $"unknown topic '{quote.Topics[t]}'"));
            }
        }

        NoMarkup(problems, $"{path}.text", quote.Text);
        NoMarkup(problems, $"{path}.highlight", quote.Highlight);
        NoMarkup(problems, $"{path}.note", quote.Note);
        if (quote.Context is { } context)
        {
            if (context.QuestionTurn is { } questionTurn && !turns.ContainsKey((quote.Source, questionTurn)))
            {
                problems.Add(new($"{path}.context.questionTurn", $"unknown turn '{questionTurn}' in source '{quote.Source}'"));
            }

            if (turn is not null && !turn.Text.Contains(context.Paragraph, StringComparison.Ordinal))
            {
                problems.Add(new($"{path}.context.paragraph", $"paragraph is not part of turn '{turn.Id}'"));
            }

            NoMarkup(problems, $"{path}.context.question", context.Question);
            NoMarkup(problems, $"{path}.context.paragraph", context.Paragraph);
        }
    }

    private static HashSet<string> UniqueIds<T>(List<CorpusProblem> problems, string path, IReadOnlyList<T> items, Func<T, string> id, string what)
    {
        // Ids are looked up whatever their case ("Q07"), so two that differ only in case are the same id.
        var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < items.Count; i++)
        {
            var value = id(items[i]);
            if (string.IsNullOrWhiteSpace(value))
            {
                problems.Add(new($"{path}[{i}].id", $"{what} id is empty"));
            }
            else if (!seen.TryAdd(value, i))
            {
                problems.Add(new($"{path}[{i}].id", $"duplicate {what} id '{value}' (first at {path}[{seen[value]}])"));
            }
        }

        return [.. seen.Keys];
    }

    internal static void RequireText(List<CorpusProblem> problems, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(path, "must not be empty"));
        }
    }

    /// <summary>A "**" in a text is Markdown bold the importer failed to read; users would see the asterisks.</summary>
    internal static void NoMarkup(List<CorpusProblem> problems, string path, string? value)
    {
        if (value?.IndexOf(BoldMarker, StringComparison.Ordinal) is >= 0 and var at)
        {
            problems.Add(new(path, $"Markdown bold '**' left in the text at {at}"));
        }
    }
}
