using Microsoft.Extensions.Logging;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace QuoteBot.Telegram.Digest;

/// <summary>Whether the sender of a message may change the chat's settings.</summary>
public enum ChatRank
{
    /// <summary>The chat's creator or one of its administrators (or the only user of a private chat).</summary>
    Admin,

    /// <summary>Anyone else: members, restricted users, people posting as another chat.</summary>
    NotAdmin,

    /// <summary>Telegram did not say (it failed or refused to answer <c>getChatMember</c>).</summary>
    Unknown,
}

/// <summary>
/// Finds out whether a message comes from an admin of its chat. A private chat belongs to its user; in a channel only
/// admins can post, and their posts come from the channel itself; in a group an anonymous admin writes as the group
/// itself. Everyone else is looked up with <c>getChatMember</c> (status <c>creator</c> or <c>administrator</c>).
/// </summary>
public sealed partial class ChatAdminCheck(ITelegramBotClient bot, TelegramSender sender, ILogger<ChatAdminCheck> logger)
{
    public async Task<ChatRank> RankAsync(Message message, CancellationToken cancellationToken)
    {
        var chat = message.Chat;
        if (chat.Type == ChatType.Private)
        {
            return ChatRank.Admin;
        }

        if (message.SenderChat is { } senderChat)
        {
            // Another chat speaking here (a linked channel, a user posting as their channel) is no admin of this one.
            return senderChat.Id == chat.Id ? ChatRank.Admin : ChatRank.NotAdmin;
        }

        if (message.From is not { } user)
        {
            return ChatRank.NotAdmin;
        }

        try
        {
            var member = await sender.CallAsync("getChatMember", ct => bot.GetChatMember(chat.Id, user.Id, ct), cancellationToken);
            return member.Status is ChatMemberStatus.Creator or ChatMemberStatus.Administrator ? ChatRank.Admin : ChatRank.NotAdmin;
        }
        catch (Exception ex) when (ex is RequestException or HttpRequestException)
        {
            LogCheckFailed(chat.Id, user.Id, ex.Message);
        }

        return ChatRank.Unknown;
    }

    [LoggerMessage(EventId = 3610, Level = LogLevel.Warning, Message = "Could not check whether user {UserId} is an admin of chat {ChatId} ({Reason}); their /daily was refused")]
    private partial void LogCheckFailed(long chatId, long userId, string reason);
}
