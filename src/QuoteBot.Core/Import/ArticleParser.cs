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
    private const string ParagraphSeparator = "\n\n";

    public static ParsedArticle Parse(string markdown)
    {
        var pipeline = new MarkdownPipelineBuilder().Build();
        var source = JoinBareBullets(markdown);
        var document = Markdown.Parse(source, pipeline);

        string? title = null;
        string? eventHeading = null;
        string? eventDate = null;
        string? publishedDate = null;
        string? videoUrl = null;
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        var highlights = new List<ParsedHighlight>();
        var turns = new TurnCollector();

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
                    highlights.AddRange(ReadHighlights(quote));
                    break;
                case ParagraphBlock paragraph:
                    var text = InlineTextBuilder.Build(paragraph).Text;
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

        if (title is null)
        {
            throw new ImportException("the article has no title (a level-1 heading)");
        }

        return new ParsedArticle(title, fields, eventHeading, eventDate, publishedDate, videoUrl, highlights, turns.Turns);
    }

    /// <summary>
    /// The export sometimes writes a bullet alone on its line and its text on the next ("&gt;   *" then "&gt; **AGI…**").
    /// Markdown cannot open a list item with an empty line inside a paragraph, so it would glue the text to the previous
    /// bullet; joining the two lines restores the author's list.
    /// </summary>
    private static string JoinBareBullets(string markdown) => BareBulletPattern().Replace(markdown.ReplaceLineEndings("\n"), "$1$2 ");

    private static bool ContainsMarker(QuoteBlock quote) =>
        quote.Descendants<ParagraphBlock>().Any(p => InlineTextBuilder.Build(p).Text.Contains(HighlightsMarker, StringComparison.Ordinal));

    /// <summary>
    /// Every non-empty paragraph after the marker is one highlight. The export sometimes leaves a bullet empty and
    /// puts its text on the next, unindented line, which Markdown reads as a paragraph after the list: same rule.
    /// </summary>
    private static IEnumerable<ParsedHighlight> ReadHighlights(QuoteBlock quote)
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

            var note = StageNotePattern().Match(text);
            number++;
            yield return note.Success
                ? new ParsedHighlight(number, text[note.Length..].Trim(), note.Groups[1].Value.Trim())
                : new ParsedHighlight(number, text, null);
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

    [GeneratedRegex(@"^((?:>[ \t]*)*[ \t]*)([*+])[ \t]*\n(?:>[ \t]?)*[ \t]*(?=\S)", RegexOptions.Multiline)]
    private static partial Regex BareBulletPattern();

    [GeneratedRegex(@"^\s*[（(]([^）)]{1,80})[）)]")]
    private static partial Regex StageNotePattern();

    [GeneratedRegex(@"^([^:：\s][^:：]{0,9})\s*[:：]\s*(\S.*)$")]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"https?://(?:www\.)?(?:youtube\.com/watch\?v=|youtu\.be/)[\w-]+")]
    private static partial Regex VideoUrlPattern();

    [GeneratedRegex(@"(发表于|演讲于|举行于)\s*(\d{4})\D{1,3}(\d{1,2})\D{1,3}(\d{1,2})日")]
    private static partial Regex StatedDatePattern();

    /// <summary>Groups paragraphs into turns: a paragraph that opens with a bold "Name：" label starts one.</summary>
    private sealed partial class TurnCollector
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
            if (label is not null)
            {
                Flush();
                (_speaker, _role) = Classify(label.Value.Label);
                _label = label.Value.Label;
                AppendParagraph(InlineTextBuilder.Build(paragraph.Inline, inline => ReferenceEquals(inline, label.Value.Inline)));
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

            AppendParagraph(content);
        }

        private void AppendParagraph(InlineText content)
        {
            if (content.Text.Length == 0)
            {
                return;
            }

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
                var name = label["主持人".Length..].Trim();
                return (name.Length > 0 ? name : label, SpeakerRole.Host);
            }

            if (label is "提问者" or "观众" or "学生" or "听众")
            {
                return (label, SpeakerRole.Audience);
            }

            return (label, SpeakerRole.Guest);
        }

        [GeneratedRegex(@"^(.{1,30}?)\s*[：:]\s*$")]
        private static partial Regex LabelPattern();
    }
}
