using System.Text.RegularExpressions;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Corpus;

/// <summary>
/// Every name a user may type names one thing only: source ids and aliases against each other and against topic ids,
/// names and aliases, and no alias shaped like a quote id or number. Both the importer and the bot's start-up check
/// read this through <see cref="CorpusValidator"/>.
/// </summary>
internal static partial class SourceNameRules
{
    private const int MaxAliasLength = 32;

    public static void Validate(List<CorpusProblem> problems, IReadOnlyList<SourceInfo> sources, IReadOnlyList<Topic> topics)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var topicNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var topic in topics)
        {
            // A topic written without aliases may read as null from JSON.
            foreach (var name in (topic.Aliases ?? []).Prepend(topic.Zh).Prepend(topic.En).Prepend(topic.Id))
            {
                var folded = TextNormalizer.Fold(name);
                names.TryAdd(folded, $"topic '{topic.Id}'");
                topicNames.Add(folded);
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var id = TextNormalizer.Fold(sources[i].Id);
            if (!names.TryAdd(id, $"source '{sources[i].Id}'"))
            {
                problems.Add(new($"$.sources[{i}].id", $"source '{sources[i].Id}': the id is already a name of {names[id]}"));
            }
        }

        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i] with { Aliases = sources[i].Aliases ?? [] };
            var owner = $"source '{source.Id}'";
            for (var a = 0; a < source.Aliases.Count; a++)
            {
                var alias = source.Aliases[a];
                var path = $"$.sources[{i}].aliases[{a}]";
                var name = TextNormalizer.Fold(alias);
                if (name.Length is 0 or > MaxAliasLength || QuoteIdShape().IsMatch(name))
                {
                    problems.Add(new(path, $"{owner}: alias '{alias}' must be 1 to {MaxAliasLength} characters and not look like a quote id or number"));
                }
                else if (!names.TryAdd(name, owner))
                {
                    problems.Add(new(path, names[name] == owner
                        ? $"{owner}: alias '{alias}' is listed twice (or repeats the id)"
                        : $"{owner}: alias '{alias}' is already a name of {names[name]}"));
                }
            }
        }

        // "/topic northfield energy" names a talk and a topic; an alias "northfield energy" would swallow it.
        for (var i = 0; i < sources.Count; i++)
        {
            var source = sources[i] with { Aliases = sources[i].Aliases ?? [] };
            for (var a = 0; a < source.Aliases.Count; a++)
            {
                var words = TextNormalizer.Fold(source.Aliases[a]).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (words.Length < 2)
                {
                    continue;
                }

                foreach (var word in words)
                {
                    var other = topicNames.Contains(word) ? names[word]
                        : names.TryGetValue(word, out var owner) && owner != $"source '{source.Id}'" ? owner
                        : null;
                    if (other is not null)
                    {
                        problems.Add(new(
                            $"$.sources[{i}].aliases[{a}]",
                            $"source '{source.Id}': alias '{source.Aliases[a]}' has the word '{word}', a name of {other}: a command naming both would read as this alias"));
                        break;
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"^#?[a-z]{0,3}\d+$")]
    private static partial Regex QuoteIdShape();
}
