namespace QuoteBot.Core.Corpus;

/// <summary>Checks what the JSON schema cannot: ids unique, anchors inside their turns and equal to the quote, references known.</summary>
public static class CorpusValidator
{
    public static IReadOnlyList<CorpusProblem> Validate(QuoteCorpus corpus)
    {
        var problems = new List<CorpusProblem>();
        if (corpus.SchemaVersion != QuoteCorpus.CurrentSchemaVersion)
        {
            problems.Add(new("$.schemaVersion", $"schema version {corpus.SchemaVersion} is not supported (expected {QuoteCorpus.CurrentSchemaVersion})"));
        }

        var sourceIds = UniqueIds(problems, "$.sources", corpus.Sources, s => s.Id, "source");
        for (var i = 0; i < corpus.Sources.Count; i++)
        {
            RequireText(problems, $"$.sources[{i}].title", corpus.Sources[i].Title);
        }

        var topicIds = UniqueIds(problems, "$.topics", corpus.Topics, t => t.Id, "topic");
        for (var i = 0; i < corpus.Topics.Count; i++)
        {
            var topic = corpus.Topics[i];
            RequireText(problems, $"$.topics[{i}].en", topic.En);
            RequireText(problems, $"$.topics[{i}].zh", topic.Zh);
        }

        var turns = new Dictionary<(string Source, string Id), Turn>();
        for (var i = 0; i < corpus.Turns.Count; i++)
        {
            var turn = corpus.Turns[i];
            if (!sourceIds.Contains(turn.Source))
            {
                problems.Add(new($"$.turns[{i}].source", $"unknown source '{turn.Source}'"));
            }

            if (!turns.TryAdd((turn.Source, turn.Id), turn))
            {
                problems.Add(new($"$.turns[{i}].id", $"duplicate turn id '{turn.Id}' in source '{turn.Source}'"));
            }
        }

        UniqueIds(problems, "$.quotes", corpus.Quotes, q => q.Id, "quote");
        if (corpus.Quotes.Count == 0)
        {
            problems.Add(new("$.quotes", "the corpus has no quotes"));
        }

        for (var i = 0; i < corpus.Quotes.Count; i++)
        {
            ValidateQuote(problems, $"$.quotes[{i}]", corpus.Quotes[i], turns, topicIds);
        }

        return problems;
    }

    private static void ValidateQuote(List<CorpusProblem> problems, string path, Quote quote, Dictionary<(string Source, string Id), Turn> turns, HashSet<string> topicIds)
    {
        RequireText(problems, $"{path}.text", quote.Text);
        RequireText(problems, $"{path}.speaker", quote.Speaker);
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
        }
    }

    private static HashSet<string> UniqueIds<T>(List<CorpusProblem> problems, string path, IReadOnlyList<T> items, Func<T, string> id, string what)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
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

    private static void RequireText(List<CorpusProblem> problems, string path, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add(new(path, "must not be empty"));
        }
    }
}
