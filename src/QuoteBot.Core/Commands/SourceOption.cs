using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;

namespace QuoteBot.Core.Commands;

/// <summary>The optional argument that narrows <c>/quote</c> and <c>/topic</c> to one talk, as platforms offer it.</summary>
public static class SourceOption
{
    /// <summary>Discord offers at most this many fixed choices; more talks are suggested as the user types.</summary>
    private const int MaxChoices = 25;

    public static CommandArgument For(QuoteLibrary library) => new()
    {
        Name = "source",
        Title = new("source", "来源"),
        Placeholder = new("talk", "来源"),
        Description = new("Only quotes from this talk (/sources lists them)", "只看这场演讲的金句（/sources 列出所有演讲）"),
        Choices = library.Sources.Count <= MaxChoices
            ? [.. library.Sources.Select(s => new ArgumentChoice(s.Id, new(SourceList.Label(s, UiStrings.English), SourceList.Label(s, UiStrings.Chinese))))]
            : [],
        Suggestions = library.Sources.Count <= MaxChoices ? ArgumentSuggestions.None : ArgumentSuggestions.Sources,
    };
}
