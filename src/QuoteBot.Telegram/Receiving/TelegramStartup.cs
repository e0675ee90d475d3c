using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Localization;
using QuoteBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace QuoteBot.Telegram.Receiving;

/// <summary>Thrown when Telegram refuses the bot for good (a wrong token): the host stops with one line.</summary>
public sealed class TelegramFatalException(string message, Exception? inner = null) : Exception(message, inner)
{
    public TelegramFatalException()
        : this("Telegram refused the bot")
    {
    }

    public TelegramFatalException(string message)
        : this(message, null)
    {
    }
}

/// <summary>What both receiving modes do first: learn who we are, then publish the command list in both languages.</summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    TelegramSender sender,
    TelegramBotIdentity identity,
    IOptions<TelegramOptions> options,
    ILogger<TelegramStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        User me;
        try
        {
            me = await sender.CallAsync("getMe", ct => bot.GetMe(ct), cancellationToken);
        }
        catch (ApiRequestException ex) when (ex.ErrorCode is 401 or 404)
        {
            throw new TelegramFatalException("Telegram rejected the bot token (401 Unauthorized): check Bot:Telegram:Token.", ex);
        }

        identity.Id = me.Id;
        identity.Username = me.Username ?? string.Empty;
        LogConnected(identity.Username, options.Value.Mode);

        if (options.Value.RegisterCommands)
        {
            foreach (var scope in new BotCommandScope[] { BotCommandScope.Default(), BotCommandScope.AllGroupChats() })
            {
                foreach (var (strings, code) in new[] { (UiStrings.English, (string?)null), (UiStrings.Chinese, "zh") })
                {
                    var commands = Commands(strings);
                    await sender.CallAsync("setMyCommands", ct => bot.SetMyCommands(commands, scope, code, ct), cancellationToken);
                }
            }
        }
    }

    /// <summary>"/topic &lt;name&gt;" → topic; Telegram takes 1–32 of a–z, 0–9 and _ as a name and up to 256 characters of description.</summary>
    internal static BotCommand[] Commands(UiStrings strings) =>
    [
        .. strings.Commands.Select(c => new BotCommand
        {
            Command = c.Command.TrimStart('/').Split(' ')[0],
            Description = c.Description.Length > 256 ? c.Description[..256] : c.Description,
        }),
    ];

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Telegram on: connected as @{Username} ({Mode})")]
    private partial void LogConnected(string username, string mode);
}
