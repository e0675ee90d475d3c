using System.Text;
using System.Text.RegularExpressions;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Import;

/// <summary>
/// Reads the exported article with Markdig: the front matter lines, the 金句摘录 highlights, and the talk as speaker turns.
/// Images, the follow-us banners and the footer after the talk are left out.
/// </summary>
internal static partial class ArticleParser
{
    private const string HighlightsMarker = "金句摘录";
    private const string CreditMarker = "整理自";
    private const string ParagraphSeparator = "\n\n";
    private const string BoldDelimiter = "**";

    /// <summary>
    /// CommonMark decides whether a <c>**</c> may open or close bold by its neighbours, and counts every punctuation mark
    /// alike: a closing <c>**</c> after 。 or ？ and before a Han character ("…有点笨。**笨一点"), or an opening one after a
    /// Han character and before 「 ("他说**「…」**"), is neither, so plain CommonMark leaves the bold as literal text.
    /// Markdig's CJK-friendly emphasis implements the amendment of the CommonMark CJK-friendly specification
    /// (tats-u/markdown-cjk-friendly, the rule behind markdown-it-cjk-friendly and remark-cjk-friendly): CJK punctuation
    /// no longer blocks a delimiter run, and a CJK character outside it counts like white space or punctuation. Latin
    /// text keeps the CommonMark rules. A <c>**</c> that still pairs with nothing fails the import (see <see cref="RejectStrayBold"/>).
    /// Precise source locations give each inline its line, for the errors.
    /// </summary>
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseCjkFriendlyEmphasis().UsePreciseSourceLocation().Build();

    /// <summary>Labels that name a role, not a person: the article's intro line says who it is.</summary>
    private static readonly HashSet<string> GenericGuestLabels = new(StringComparer.Ordinal) { "嘉宾", "演讲者", "演讲人", "主讲人", "讲者", "受访者" };

    /// <summary>Labels of the editor's own remarks in the transcript: nobody's turn.</summary>
    private static readonly HashSet<string> EditorialLabels = new(StringComparer.Ordinal)
    {
        "注", "注释", "编者注", "编者按", "编注", "编按", "按", "备注", "旁白", "小编注", "译者注", "译注", "整理者注", "Note", "Editor's note",
    };

    public static ParsedArticle Parse(string markdown)
    {
        var prepared = ArticleSource.Prepare(markdown);
        var source = prepared.Text;
        var document = Markdown.Parse(source, Pipeline);

        string? title = null;
        string? eventHeading = null;
        string? eventDate = null;
        string? publishedDate = null;
        string? videoUrl = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var highlights = new List<ParsedHighlight>();
        var credited = new List<string>();
        var turns = new TurnCollector(prepared, credited);

        foreach (var block in document)
        {
            switch (block)
            {
                case HeadingBlock heading:
                    var headingText = InlineTextBuilder.Build(heading).Text;
                    if (heading.Level == 1 && title is null)
                    {
                        title = headingText;
                    }
                    else if (turns.Started)
                    {
                        turns.End();
                    }
                    else if (eventHeading is null && heading.Level == 2 && !headingText.Contains("简介", StringComparison.Ordinal))
                    {
                        eventHeading = headingText;
                    }

                    break;
                case QuoteBlock quote when ContainsMarker(quote):
                    highlights.AddRange(ReadHighlights(quote, prepared));
                    break;
                case ParagraphBlock paragraph:
                    var text = InlineTextBuilder.Build(paragraph).Text;
                    if (!turns.Started && credited.Count == 0)
                    {
                        credited.AddRange(CreditedNames(InlineTextBuilder.Build(paragraph)));
                    }

                    if (!turns.Started)
                    {
                        ReadFrontMatter(source.Substring(paragraph.Span.Start, paragraph.Span.Length), fields);
                        videoUrl ??= VideoUrlPattern().Match(text) is { Success: true } video ? video.Value : null;
                        // "公开发表于…" is when the recording was published; "演讲于…", "举行于…" when the talk was given.
                        eventDate ??= ReadStatedDate(text, published: false);
                        publishedDate ??= ReadStatedDate(text, published: true);
                    }

                    turns.Add(paragraph);
                    break;
                default:
                    break;
            }
        }

        RequireGuestTurns(turns.Turns);
        if (title is null)
        {
            throw new ImportException("the article has no title (a level-1 heading)");
        }

        return new ParsedArticle(title, fields, eventHeading, eventDate, publishedDate, videoUrl, highlights, turns.Turns);
    }

    private static void RequireGuestTurns(IReadOnlyList<ParsedTurn> turns)
    {
        if (turns.Count == 0)
        {
            throw new ImportException(
                "the article has no speaker turns: no paragraph opens with a bold “Name：” label (such as **主持人Patrick：** or **Sam Altman：**)");
        }

        if (!turns.Any(t => t.Role == SpeakerRole.Guest))
        {
            var labels = string.Join("、", turns.Select(t => t.Label).Distinct(StringComparer.Ordinal));
            throw new ImportException(
                $"the article has no guest turns: every label ({labels}) is a host's (主持人…) or the audience's (提问者, 观众, 学生, 听众)");
        }
    }

    /// <summary>
    /// Fails on a <c>**</c> that, even by the CJK-friendly rule, opens or closes nothing (white space inside it, a bold run
    /// across a blank line): left in, it would show as markup in a quote or a context, and the bold passage it meant would
    /// be lost without a word.
    /// </summary>
    private static void RejectStrayBold(string text, ParagraphBlock paragraph, ArticleSource source, string where)
    {
        var at = text.IndexOf(BoldDelimiter, StringComparison.Ordinal);
        if (at < 0)
        {
            return;
        }

        var stray = paragraph.Inline?.Descendants<LiteralInline>().FirstOrDefault(l => l.Content.AsSpan().Contains(BoldDelimiter, StringComparison.Ordinal));
        var fileLine = source.FileLine(stray?.Line ?? paragraph.Line);
        var from = Math.Max(0, at - 12);
        var to = Math.Min(text.Length, at + BoldDelimiter.Length + 12);
        while (to < text.Length && text[to] == '*')
        {
            to++; // never cut a "**" in two
        }

        throw new ImportException(
            $"line {fileLine}: a “**” in {where} opens or closes no bold passage (“{text[from..to]}”): " +
            "close the bold within the paragraph, without a space inside the “**”, or remove it");
    }

    /// <summary>The names the intro line credits in bold: 「本文所呈现的内容整理自**Sam Altman**在…」.</summary>
    private static IEnumerable<string> CreditedNames(InlineText intro)
    {
        var at = intro.Text.IndexOf(CreditMarker, StringComparison.Ordinal);
        return at < 0
            ? []
            : intro.BoldSpans.Where(span => span.Start >= at).Select(span => intro.Text[span.Start..span.End].Trim());
    }

    private static bool ContainsMarker(QuoteBlock quote) =>
        quote.Descendants<ParagraphBlock>().Any(p => InlineTextBuilder.Build(p).Text.Contains(HighlightsMarker, StringComparison.Ordinal));

    /// <summary>
    /// Every non-empty paragraph after the marker is one highlight. The export sometimes leaves a bullet empty and
    /// puts its text on the next, unindented line, which Markdown reads as a paragraph after the list: same rule.
    /// </summary>
    private static IEnumerable<ParsedHighlight> ReadHighlights(QuoteBlock quote, ArticleSource source)
    {
        var number = 0;
        var afterMarker = false;
        foreach (var paragraph in quote.Descendants<ParagraphBlock>())
        {
            var text = InlineTextBuilder.Build(paragraph).Text;
            if (!afterMarker)
            {
                afterMarker = text.Contains(HighlightsMarker, StringComparison.Ordinal);
                continue;
            }

            if (text.Length == 0 || text.All(c => char.IsPunctuation(c) || char.IsSymbol(c) || char.IsWhiteSpace(c)))
            {
                continue;
            }

            number++;
            RejectStrayBold(text, paragraph, source, $"highlight {number}");
            var note = StageNotePattern().Match(text);
            var line = source.FileLine(paragraph.Line);
            yield return note.Success
                ? new ParsedHighlight(number, text[note.Length..].Trim(), note.Groups[1].Value.Trim(), line)
                : new ParsedHighlight(number, text, null, line);
        }
    }

    /// <summary>Front matter is "key: value" lines; they are read from the paragraph's source lines, before inline parsing joins them.</summary>
    private static void ReadFrontMatter(string paragraphSource, Dictionary<string, string> fields)
    {
        foreach (var line in paragraphSource.Split('\n'))
        {
            var match = FieldPattern().Match(line);
            if (match.Success)
            {
                fields.TryAdd(match.Groups[1].Value.Trim(), match.Groups[2].Value.Trim());
            }
        }
    }

    private static string? ReadStatedDate(string text, bool published)
    {
        var match = StatedDatePattern().Matches(text).FirstOrDefault(m => (m.Groups[1].Value == "发表于") == published);
        if (match is null)
        {
            return null;
        }

        // The article writes "2024月10年16日" (month and year swapped); the digits are what count.
        var year = int.Parse(match.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups[4].Value, System.Globalization.CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day is >= 1 and <= 31 ? $"{year:D4}-{month:D2}-{day:D2}" : null;
    }

    [GeneratedRegex(@"^\s*[（(]([^）)]{1,80})[）)]")]
    private static partial Regex StageNotePattern();

    [GeneratedRegex(@"^([^:：\s][^:：]{0,9})\s*[:：]\s*(\S.*)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"https?://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/)[\w-]+")]
    private static partial Regex VideoUrlPattern();

    [GeneratedRegex(@"(发表于|演讲于|举行于)\s*(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})日")]
    private static partial Regex StatedDatePattern();

    /// <summary>Groups paragraphs into turns: a paragraph that opens with a bold "Name：" label starts one.</summary>
    /// <param name="source">The article, for the line of an error.</param>
    /// <param name="credited">The names the intro line credits, read before the first turn.</param>
    private sealed partial class TurnCollector(ArticleSource source, IReadOnlyList<string> credited)
    {
        private readonly List<ParsedTurn> _turns = [];
        private string? _label;
        private string? _speaker;
        private SpeakerRole _role;
        private readonly StringBuilder _text = new();
        private readonly List<TextSpan> _bold = [];
        private bool _ended;

        public bool Started => _label is not null || _turns.Count > 0;
        public IReadOnlyList<ParsedTurn> Turns { get { Flush(); return _turns; } }

        public void End()
        {
            Flush();
            _ended = true;
        }

        public void Add(ParagraphBlock paragraph)
        {
            if (_ended)
            {
                return;
            }

            var label = LabelOf(paragraph);
            if (label is not null && EditorialLabels.Contains(label.Value.Label))
            {
                // The editor's aside, not a turn: nobody said it. The turn it interrupts goes on after it.
                return;
            }

            if (label is not null)
            {
                Flush();
                (_speaker, _role) = Classify(label.Value.Label);
                if (_role == SpeakerRole.Guest && GenericGuestLabels.Contains(_speaker))
                {
                    // "嘉宾：" is the person the intro credits; with none or several credited, nobody can say who spoke.
                    _speaker = credited.Count == 1
                        ? credited[0]
                        : throw new ImportException(
                            $"line {source.FileLine(paragraph.Line)}: the label “{_speaker}：” names a role, and the intro credits " +
                            (credited.Count == 0 ? "nobody" : $"{credited.Count} people ({string.Join("、", credited)})") +
                            ": write the speaker's name in the label");
                }

                _label = label.Value.Label;
                AppendParagraph(InlineTextBuilder.Build(paragraph.Inline, inline => ReferenceEquals(inline, label.Value.Inline)), paragraph);
                return;
            }

            if (_label is null)
            {
                return;
            }

            var content = InlineTextBuilder.Build(paragraph);
            if (content.Text.Contains("关注公众号", StringComparison.Ordinal))
            {
                return;
            }

            AppendParagraph(content, paragraph);
        }

        private void AppendParagraph(InlineText content, ParagraphBlock paragraph)
        {
            if (content.Text.Length == 0)
            {
                return;
            }

            RejectStrayBold(content.Text, paragraph, source, $"the turn of {_label}");

            if (_text.Length > 0)
            {
                _text.Append(ParagraphSeparator);
            }

            var offset = _text.Length;
            _text.Append(content.Text);
            foreach (var span in content.BoldSpans)
            {
                _bold.Add(new TextSpan(span.Start + offset, span.End + offset));
            }
        }

        private void Flush()
        {
            if (_label is not null && _text.Length > 0)
            {
                _turns.Add(new ParsedTurn(_label, _speaker!, _role, _text.ToString(), [.. _bold]));
            }

            _label = null;
            _text.Clear();
            _bold.Clear();
        }

        private static (string Label, Inline Inline)? LabelOf(ParagraphBlock paragraph)
        {
            var first = paragraph.Inline?.FirstChild;
            if (first is EmphasisInline { DelimiterCount: 2 } strong)
            {
                var text = InlineTextBuilder.Build(strong).Text;
                var match = LabelPattern().Match(text);
                if (match.Success)
                {
                    return (match.Groups[1].Value.Trim(), strong);
                }
            }

            return null;
        }

        private static (string Speaker, SpeakerRole Role) Classify(string label)
        {
            if (label.StartsWith("主持人", StringComparison.Ordinal))
            {
                var name = label["主持人".Length..].Trim().Trim('（', '）', '(', ')').Trim();
                return (name.Length > 0 ? name : label, SpeakerRole.Host);
            }

            return AudiencePattern().IsMatch(label) ? (label, SpeakerRole.Audience) : (label, SpeakerRole.Guest);
        }

        /// <summary>"提问者", "观众2", "现场观众", "学生A", "听众（线上）": somebody from the audience, however numbered.</summary>
        [GeneratedRegex(@"^(?:现场)?(?:提问者|观众|学生|听众)\s*[0-9A-Za-z一二三四五六七八九十]{0,3}\s*(?:[（(][^）)]{0,20}[）)])?$")]
        private static partial Regex AudiencePattern();

        [GeneratedRegex(@"^(.{1,30}?)\s*[：:]\s*$")]
        private static partial Regex LabelPattern();
    }
}
