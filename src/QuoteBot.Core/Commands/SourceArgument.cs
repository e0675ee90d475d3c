using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Commands;

/// <summary>A command's argument with the talk it is narrowed to taken out of it.</summary>
/// <param name="Argument">What is left of the argument: the topic, the quote id, or nothing.</param>
/// <param name="Source">The talk named, or null when none is named or the name is unknown.</param>
/// <param name="Unknown">The name as given when it names no talk (<c>/topic energy @mit</c>); else null.</param>
public readonly record struct NarrowedArgument(string Argument, SourceInfo? Source, string? Unknown);

/// <summary>
/// Reads the talk a command is narrowed to, the one place that does, for every platform: Discord passes it apart
/// (<see cref="CommandRequest.Source"/>); on text platforms it is typed with the argument, as <c>@name</c> anywhere
/// (<c>/topic energy @harvard</c>, always read as a talk, known or not), as the whole argument, or as a last word that is
/// a talk's id or alias (<c>/topic energy harvard</c>, <c>/quote harvard</c>).
/// </summary>
public static class SourceArgument
{
    /// <param name="request">The command as it came.</param>
    /// <param name="library">The talks.</param>
    /// <param name="isMeant">
    /// Whether a rest of the argument is something the command knows (/topic: a topic). When the first or last word
    /// names a talk and the rest is meant, that reading wins over a talk's alias of several words:
    /// <c>/topic northfield energy</c> is energy at Northfield, not the alias "northfield energy".
    /// </param>
    public static NarrowedArgument Read(CommandRequest request, QuoteLibrary library, Func<string, bool>? isMeant = null)
    {
        if (!string.IsNullOrWhiteSpace(request.Source))
        {
            return Named(request.Argument.Trim(), request.Source.Trim().TrimStart('@', '＠'), library);
        }

        var text = request.Argument.AsSpan().Trim();
        var marked = MarkedWord(text);
        if (marked >= 0)
        {
            var end = marked + 1;
            while (end < text.Length && !char.IsWhiteSpace(text[end]))
            {
                end++;
            }

            var before = text[..marked].Trim();
            var after = text[end..].Trim();
            var rest = before.IsEmpty ? after.ToString() : after.IsEmpty ? before.ToString() : string.Concat(before, " ", after);
            return Named(rest, text[(marked + 1)..end].ToString(), library);
        }

        if (text.IndexOfAny(' ', '\t', '\u3000') >= 0)
        {
            // A talk in the first or last word with a meant rest ("/topic harvard energy"), else a talk's alias of
            // several words as the whole argument ("/quote harvard business school").
            if (isMeant is not null && EndWordNamesATalk(text, library, isMeant) is { } split)
            {
                return split;
            }

            if (library.FindSource(text.ToString()) is { } named)
            {
                return new NarrowedArgument(string.Empty, named, null);
            }
        }

        var space = text.Length - 1;
        while (space >= 0 && !char.IsWhiteSpace(text[space]))
        {
            space--;
        }

        // The whole argument as it came (no copy) when it is one word: "/quote harvard", "/topic energy".
        var last = space < 0 && text.Length == request.Argument.Length ? request.Argument : text[(space + 1)..].ToString();
        return library.FindSource(last) is { } source
            ? new NarrowedArgument(space < 0 ? string.Empty : text[..space].TrimEnd().ToString(), source, null)
            : new NarrowedArgument(text.Length == request.Argument.Length ? request.Argument : text.ToString(), null, null);
    }

    /// <summary>The argument read as a talk's name in its last or first word and a meant rest, or null.</summary>
    private static NarrowedArgument? EndWordNamesATalk(ReadOnlySpan<char> text, QuoteLibrary library, Func<string, bool> isMeant)
    {
        var last = text.LastIndexOfAny(' ', '\t', '\u3000');
        var first = text.IndexOfAny(' ', '\t', '\u3000');
        foreach (var (name, rest) in (ReadOnlySpan<(string, string)>)[
            (text[(last + 1)..].ToString(), text[..last].Trim().ToString()),
            (text[..first].ToString(), text[(first + 1)..].Trim().ToString())])
        {
            if (library.FindSource(name) is { } source && isMeant(rest))
            {
                return new NarrowedArgument(rest, source, null);
            }
        }

        return null;
    }

    private static NarrowedArgument Named(string argument, string name, QuoteLibrary library) =>
        library.FindSource(name) is { } source
            ? new NarrowedArgument(argument, source, null)
            : new NarrowedArgument(argument, null, name.Length == 0 ? "@" : name);

    /// <summary>Where a word starting with @ (or a full-width ＠) begins, the last such word; -1 when there is none.</summary>
    private static int MarkedWord(ReadOnlySpan<char> text)
    {
        for (var i = text.Length - 1; i >= 0; i--)
        {
            if (text[i] is '@' or '＠' && (i == 0 || char.IsWhiteSpace(text[i - 1])))
            {
                return i;
            }
        }

        return -1;
    }
}
