using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// Builds <c>quotes.json</c> from each source's article and curation file: turns, every highlight anchored to its body
/// turn, every other bold passage of the guest, each with its question and paragraph, each filed under its topics.
/// </summary>
public static partial class CorpusImporter
{
    /// <summary>How far a highlight may stray from its body text, as a share of its length (邪教 vs xie教, a dropped quote mark).</summary>
    private const double MaxHighlightDistanceRatio = 0.15;

    private const string SentenceEnders = "。？！?!…";

    /// <summary>One source: its turns, every highlight anchored to its body turn, every other bold passage of the guest, tagged.</summary>
    private static ImportedSource ImportSource(SourceArticle source, IReadOnlyList<Topic> topics)
    {
        var article = ArticleParser.Parse(source.Markdown);
        var turns = BuildTurns(source.Id, article.Turns);
        var anchored = AnchorHighlights(article, turns);
        var candidates = new List<Candidate>(anchored);
        for (var t = 0; t < article.Turns.Count; t++)
        {
            if (turns[t].Role != SpeakerRole.Guest)
            {
                continue;
            }

            foreach (var bold in article.Turns[t].BoldSpans)
            {
                var span = ExtendOverSentenceEnd(turns[t].Text, bold);
                if (anchored.Any(h => h.TurnIndex == t && h.Span.Overlaps(span)))
                {
                    continue; // the body twin of a highlight: one quote, not two
                }

                var text = turns[t].Text[span.Start..span.End];
                if (candidates.Any(c => c.Text == text))
                {
                    continue;
                }

                candidates.Add(new Candidate(t, span, text, null));
            }
        }

        if (candidates.Count == 0)
        {
            throw new ImportException("the article has nothing to quote: no 金句摘录 highlights and no bold passage in a guest turn");
        }

        candidates.Sort((a, b) => a.TurnIndex != b.TurnIndex ? a.TurnIndex.CompareTo(b.TurnIndex) : a.Span.Start.CompareTo(b.Span.Start));
        var prefix = source.Curation.QuotePrefix;
        var quotes = candidates.Select((c, i) => BuildQuote(c, QuoteIds.Format(prefix, i + 1), turns)).ToList();
        quotes = TopicTagger.Tag(quotes, source.Curation.Quotes, topics);
        return new ImportedSource(SourceMetadata.Build(source, article, article.Guests), quotes, turns);
    }

    public static string ToJson(QuoteCorpus corpus) =>
        JsonSerializer.Serialize(corpus, CorpusJsonContext.Readable.QuoteCorpus) + "\n";

    private static List<Turn> BuildTurns(string sourceId, IReadOnlyList<ParsedTurn> parsed)
    {
        var turns = new List<Turn>(parsed.Count);
        string? lastAsker = null;
        var lastQuestionWasAudience = false;
        var width = parsed.Count >= 1000 ? 4 : 3;
        for (var i = 0; i < parsed.Count; i++)
        {
            var p = parsed[i];
            string? askedBy = null;
            if (p.Role == SpeakerRole.Audience)
            {
                askedBy = AskerName(p.Text);
                // "第二个问题是…": the same person goes on after the answer; a greeting means somebody new.
                if (askedBy is null && lastQuestionWasAudience && !GreetingPattern().IsMatch(p.Text))
                {
                    askedBy = lastAsker;
                }

                askedBy ??= AnonymousAsker(p.Text, p.Label);
                lastAsker = askedBy;
            }

            if (p.Role != SpeakerRole.Guest)
            {
                lastQuestionWasAudience = p.Role == SpeakerRole.Audience;
            }

            turns.Add(new Turn
            {
                Id = $"t{(i + 1).ToString(CultureInfo.InvariantCulture).PadLeft(width, '0')}",
                Source = sourceId,
                Speaker = p.Speaker,
                Role = p.Role,
                AskedBy = askedBy,
                Text = p.Text,
            });
        }

        return turns;
    }

    private static string? AskerName(string text)
    {
        var head = text.Length > 80 ? text[..80] : text;
        var match = AskerNamePattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>For an asker who gave no name, where they come from ("麻省理工学院的提问者"), else the transcript's label.</summary>
    private static string AnonymousAsker(string text, string label)
    {
        var head = text.Length > 80 ? text[..80] : text;
        var match = AffiliationPattern().Match(head);
        return match.Success ? $"{match.Groups[1].Value}的{label}" : label;
    }

    private static List<Candidate> AnchorHighlights(ParsedArticle article, List<Turn> turns)
    {
        var anchored = new List<Candidate>();
        foreach (var highlight in article.Highlights)
        {
            var best = (Turn: -1, Match: new ApproximateMatch(default, int.MaxValue));
            for (var t = 0; t < turns.Count; t++)
            {
                if (turns[t].Role != SpeakerRole.Guest)
                {
                    continue;
                }

                var match = ApproximateMatcher.Find(highlight.Text, turns[t].Text);
                if (match.Distance < best.Match.Distance)
                {
                    best = (t, match);
                }
            }

            var allowed = (int)Math.Ceiling(highlight.Text.Length * MaxHighlightDistanceRatio);
            if (best.Turn < 0 || best.Match.Distance > allowed)
            {
                throw new ImportException(
                    $"highlight {highlight.Number} (\"{Preview(highlight.Text)}\", line {highlight.Line}) matches no guest turn closely enough: " +
                    (best.Turn < 0 ? "there are no guest turns" : $"best is turn {turns[best.Turn].Id} at edit distance {best.Match.Distance}, allowed {allowed}"));
            }

            var span = ExtendOverSentenceEnd(turns[best.Turn].Text, best.Match.Span);
            if (anchored.FirstOrDefault(a => a.TurnIndex == best.Turn && a.Span.Overlaps(span)) is { } twin)
            {
                throw new ImportException($"highlights {twin.Highlight!.Number} and {highlight.Number} anchor to the same passage of turn {turns[best.Turn].Id}");
            }

            var text = turns[best.Turn].Text[span.Start..span.End];
            anchored.Add(new Candidate(best.Turn, span, text, highlight));
        }

        return anchored;
    }

    /// <summary>A bold run often stops just before its full stop ("…技能之一**。"); the quote reads better with it.</summary>
    private static TextSpan ExtendOverSentenceEnd(string text, TextSpan span)
    {
        var end = span.End;
        while (end < text.Length && SentenceEnders.Contains(text[end], StringComparison.Ordinal))
        {
            end++;
        }

        return new TextSpan(span.Start, end);
    }

    private static Quote BuildQuote(Candidate candidate, string id, List<Turn> turns)
    {
        var turn = turns[candidate.TurnIndex];
        var question = turns.Take(candidate.TurnIndex).LastOrDefault(t => t.Role != SpeakerRole.Guest);
        var highlight = candidate.Highlight;
        return new Quote
        {
            Id = id,
            Source = turn.Source,
            Text = candidate.Text,
            Highlight = highlight is not null && Squeeze(highlight.Text) != Squeeze(candidate.Text) ? highlight.Text : null,
            Note = highlight?.Note,
            Featured = highlight is not null,
            Speaker = turn.Speaker,
            Turn = turn.Id,
            Start = candidate.Span.Start,
            Length = candidate.Span.Length,
            Topics = [],
            Context = new QuoteContext
            {
                QuestionTurn = question?.Id,
                AskedBy = question is null ? null : question.AskedBy ?? (question.Role == SpeakerRole.Host ? question.Speaker : null),
                AskerRole = question?.Role,
                Question = question?.Text,
                Paragraph = ParagraphAround(turn.Text, candidate.Span),
            },
        };
    }

    /// <summary>The paragraph (or paragraphs) of the turn that hold the span.</summary>
    private static string ParagraphAround(string text, TextSpan span)
    {
        var before = span.Start >= 2 ? text.LastIndexOf("\n\n", span.Start - 1, StringComparison.Ordinal) : -1;
        var start = before < 0 ? 0 : before + 2;
        var end = text.IndexOf("\n\n", span.End, StringComparison.Ordinal);
        return text[start..(end < 0 ? text.Length : end)];
    }

    private static string Squeeze(string text) => WhiteSpacePattern().Replace(text, string.Empty);

    internal static string Preview(string text) => text.Length <= 24 ? text : text[..24] + "…";

    [GeneratedRegex(@"我(?:叫|是)(?:来自[^，。,！？!?]{1,20}?的)?\s*([\p{L}·•\-]{1,16}?)(?=[，。,！？!?\s]|$)")]
    private static partial Regex AskerNamePattern();

    [GeneratedRegex(@"我(?:在|来自)([\p{L}]{2,12}?)(?:学习|读书|工作|上学|，|。)")]
    private static partial Regex AffiliationPattern();

    [GeneratedRegex(@"^\s*(?:你好|您好|嗨|大家好|hi\b|hello\b)", RegexOptions.IgnoreCase)]
    private static partial Regex GreetingPattern();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpacePattern();

    private sealed record Candidate(int TurnIndex, TextSpan Span, string Text, ParsedHighlight? Highlight);
}
