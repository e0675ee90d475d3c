using System.Collections.Frozen;
using QuoteBot.Core.Corpus;

namespace QuoteBot.Core.Commands;

/// <summary>
/// The one name the bot shows for each talk (<c>/quote harvard</c> in /sources, <c>@harvard</c> in buttons): its first
/// alias in curation order made of a–z, 0–9 and '-', else its id. Such a name is typeable and one byte a character in
/// button data.
/// </summary>
public sealed class SourceNames(QuoteLibrary library)
{
    private readonly FrozenDictionary<string, string> _names =
        library.Sources.ToFrozenDictionary(s => s.Id, FirstTypeableName, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name shown for the talk with this id.</summary>
    public string Of(string sourceId) => _names.TryGetValue(sourceId, out var name) ? name : sourceId;

    private static string FirstTypeableName(SourceInfo source) =>
        source.Aliases.FirstOrDefault(a => a.Length > 0 && a.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-'))
        ?? source.Id;
}
