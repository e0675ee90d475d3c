using System.Text.RegularExpressions;

namespace QuoteBot.Core.Import;

/// <summary>
/// The article's Markdown as the parser reads it, and the way back from a line of it to the line of the file, so an
/// error can name the line the user has to open.
/// </summary>
internal sealed partial class ArticleSource
{
    /// <summary>Lines of <see cref="Text"/> (0-based) that each took up one more line of the file.</summary>
    private readonly List<int> _joinedLines;

    private ArticleSource(string text, List<int> joinedLines)
    {
        Text = text;
        _joinedLines = joinedLines;
    }

    public string Text { get; }

    /// <summary>
    /// The export sometimes writes a bullet alone on its line and its text on the next ("&gt;   *" then "&gt; **AGI…**").
    /// Markdown cannot open a list item with an empty line inside a paragraph, so it would glue the text to the previous
    /// bullet; joining the two lines restores the author's list.
    /// </summary>
    public static ArticleSource Prepare(string markdown)
    {
        var text = markdown.ReplaceLineEndings("\n");
        var joined = new List<int>();
        var removed = 0;
        var result = BareBulletPattern().Replace(text, match =>
        {
            var line = LineAt(text, match.Index) - removed;
            joined.Add(line);
            removed++;
            return match.Groups[1].Value + match.Groups[2].Value + " ";
        });
        return new ArticleSource(result, joined);
    }

    /// <summary>The 1-based line of the file where the given 0-based line of <see cref="Text"/> (a Markdig block's <c>Line</c>) starts.</summary>
    public int FileLine(int line) => line + 1 + _joinedLines.Count(joined => joined < line);

    private static int LineAt(string text, int index) => text.AsSpan(0, index).Count('\n');

    [GeneratedRegex(@"^((?:>[ \t]*)*[ \t]*)([*+])[ \t]*\n(?:>[ \t]?)*[ \t]*(?=\S)", RegexOptions.Multiline)]
    private static partial Regex BareBulletPattern();
}
