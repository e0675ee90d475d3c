using QuoteBot.Core.Localization;
using QuoteBot.Core;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Receiving;

/// <summary>
/// A command only Telegram answers, because it needs what the neutral core does not see: who sent it, their rank in
/// the chat, Bot API calls of its own. <see cref="TelegramUpdateHandler"/> looks these up before the core's commands;
/// they are listed in Telegram's <c>/help</c> and in the command menu of group admins.
/// </summary>
public interface ITelegramCommand
{
    /// <summary>The name after the slash (1–32 of a–z, 0–9 and _).</summary>
    string Name { get; }

    /// <summary>The command's line in <c>/help</c> and in the command menu: how to write it, and what it does.</summary>
    (string Usage, string Description) Describe(UiLanguage language);

    /// <summary>Answers <paramref name="message"/>; <paramref name="argument"/> is the text after the command.</summary>
    Task HandleAsync(Message message, string argument, UiLanguage language, CancellationToken cancellationToken);
}
