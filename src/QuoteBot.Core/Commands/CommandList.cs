using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Commands;

/// <summary>The command list as reply items, made once per language: /help shows it, and so does an unknown command.</summary>
internal static class CommandList
{
    private static readonly LanguageCache<IReadOnlyList<ReplyItem>> Items =
        new(static strings => [.. strings.Commands.Select(c => new ReplyItem(c.Command, c.Description))]);

    public static IReadOnlyList<ReplyItem> For(UiStrings strings) => Items.Get(strings);
}
