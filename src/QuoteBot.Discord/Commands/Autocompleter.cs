using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Search;
using QuoteBot.Core.Text;
using QuoteBot.Core.Topics;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Suggestions as the user types: topics ranked by match in English or Chinese (能 → 能源 Energy) with their quote
/// counts, quote ids with a short preview, and IANA time zones for <c>/daily set</c>. At most 25, as Discord allows.
/// </summary>
public sealed class Autocompleter(TopicResolver topics, QuoteLibrary library, SearchIndex search, SourceList sources, CommandDispatcher commands)
{
    public const int MaxChoices = 25;
    private const int MaxName = 100;

    public IReadOnlyList<ApplicationCommandOptionChoice> Suggest(Interaction interaction, UiLanguage language)
    {
        var focused = interaction.Data?.FindFocusedOption();
        var typed = focused?.ValueAsString() ?? string.Empty;
        if (focused?.Name == Digest.DailyCommandDefinition.TimeZoneOption)
        {
            return Digest.DailyCommand.SuggestTimeZones(typed);
        }

        // What the core's command says its argument is suggested from.
        var name = interaction.Data?.Name;
        var descriptor = commands.Descriptors.FirstOrDefault(c => c.Name == name);
        var argument = new[] { descriptor?.Argument, descriptor?.Source }.FirstOrDefault(a => a is not null && a.Name == focused?.Name);
        return argument?.Suggestions switch
        {
            ArgumentSuggestions.Topics => Topics(typed, language),
            ArgumentSuggestions.Quotes => Quotes(typed),
            ArgumentSuggestions.Sources => Sources(typed, language),
            _ => [],
        };
    }

    private List<ApplicationCommandOptionChoice> Sources(string typed, UiLanguage language)
    {
        var strings = UiStrings.For(language);
        return [.. sources.Suggest(typed).Take(MaxChoices).Select(s => ApplicationCommandOptionChoice.FromString(SourceList.Label(s, strings), s.Id))];
    }

    private List<ApplicationCommandOptionChoice> Topics(string typed, UiLanguage language)
    {
        var strings = UiStrings.For(language);
        return [.. topics.Suggest(typed, MaxChoices).Select(s =>
        {
            var names = language == UiLanguage.Chinese ? $"{s.Topic.Zh} {s.Topic.En}" : $"{s.Topic.En} {s.Topic.Zh}";
            return ApplicationCommandOptionChoice.FromString(TextNormalizer.Truncate($"{names} — {strings.QuoteCount(s.QuoteCount)}", MaxName), s.Topic.Id);
        })];
    }

    private List<ApplicationCommandOptionChoice> Quotes(string typed)
    {
        var folded = TextNormalizer.Fold(typed);
        // "q1" may mean q01 or be on its way to q14: the quote it names first (q01; r1 in a talk whose ids start
        // with r), then ids starting so, then text matches.
        IEnumerable<Quote> matches = folded.Length == 0
            ? library.DailyCycle
            : (library.Find(folded) is { } named ? [named] : Enumerable.Empty<Quote>())
                .Concat(library.Quotes.Where(q => q.Id.StartsWith(folded, StringComparison.OrdinalIgnoreCase)))
                .Concat(search.Search(typed, maxQuotes: MaxChoices, maxPassages: 0).Quotes.Select(h => h.Quote));
        return [.. matches.Distinct().Take(MaxChoices).Select(q => ApplicationCommandOptionChoice.FromString(PairedMarks.Truncate($"{q.Id} · {q.DisplayText}", MaxName), q.Id))];
    }
}
