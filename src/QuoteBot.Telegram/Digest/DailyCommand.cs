using System.Globalization;
using QuoteBot.Core.Localization;
using QuoteBot.Digest.Daily;
using QuoteBot.Telegram.Receiving;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Digest;

/// <summary>
/// <c>/daily</c> on Telegram: asks Telegram whether the sender is an admin of the chat (<see cref="ChatAdminCheck"/>),
/// hands the text after the command to the digest's <see cref="DailyHandler"/>, which decides everything else, and
/// sends its answer back, in the forum topic it was asked from.
/// </summary>
public sealed class DailyCommand(DailyHandler daily, ChatAdminCheck admins, TelegramSender sender) : ITelegramCommand
{
    public string Name => "daily";

    public (string Usage, string Description) Describe(UiLanguage language)
    {
        var strings = DailyStrings.For(language);
        return (strings.Usage, strings.Description);
    }

    public async Task HandleAsync(Message message, string argument, UiLanguage language, CancellationToken cancellationToken)
    {
        var asker = await admins.RankAsync(message, cancellationToken) switch
        {
            ChatRank.Admin => DailyAsker.Admin,
            ChatRank.Unknown => DailyAsker.Unknown,
            _ => DailyAsker.NotAdmin,
        };
        var request = new DailyRequest(TelegramSender.Platform, message.Chat.Id.ToString(CultureInfo.InvariantCulture), DailyArguments.Parse(argument), asker, language)
        {
            By = By(message),
            ThreadId = Topic(message)?.ToString(CultureInfo.InvariantCulture),
        };
        var reply = await daily.AnswerAsync(request, cancellationToken);

        var options = TelegramSendOptions.Answer with { MessageThreadId = Topic(message) };
        await sender.SendAsync(message.Chat.Id, TelegramRenderer.Render(reply, UiStrings.For(language).Share), options, cancellationToken);
    }

    /// <summary>The forum topic the command was sent in, where the answer (and a post set from there) belongs.</summary>
    private static int? Topic(Message message) => message.IsTopicMessage ? message.MessageThreadId : null;

    /// <summary>Who asked, for the target's record and the logs: a user id, or the chat an anonymous admin or a channel wrote as.</summary>
    private static string By(Message message) => message.From is { } user && message.SenderChat is null
        ? user.Id.ToString(CultureInfo.InvariantCulture)
        : $"chat {(message.SenderChat ?? message.Chat).Id.ToString(CultureInfo.InvariantCulture)}";
}
