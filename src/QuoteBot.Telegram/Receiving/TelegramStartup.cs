using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
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

/// <summary>
/// What both receiving modes do first: learn who we are, then publish the command list in both languages: the core's
/// commands for everyone, and for the admins of groups also Telegram's own admin commands (<c>/daily</c>), which
/// Telegram shows only to them.
/// </summary>
public sealed partial class TelegramStartup(
    ITelegramBotClient bot,
    TelegramSender sender,
    TelegramBotIdentity identity,
    IEnumerable<ITelegramCommand> telegramCommands,
    CommandDispatcher dispatcher,
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
            var own = telegramCommands.OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
            var scopes = new List<(BotCommandScope Scope, bool Admins)> { (BotCommandScope.Default(), false), (BotCommandScope.AllGroupChats(), false) };
            if (own.Count > 0)
            {
                // The most specific scope wins, so a group's admins see this list and its other members the one above.
                scopes.Add((BotCommandScope.AllChatAdministrators(), true));
            }

            // Each scope and language is a list of its own at Telegram: they go out together, one round trip to ready
            // instead of six.
            var lists = new List<Task>();
            foreach (var (scope, admins) in scopes)
            {
                foreach (var (language, code) in new[] { (UiLanguage.English, (string?)null), (UiLanguage.Chinese, "zh") })
                {
                    var core = Commands(dispatcher.Descriptors, language);
                    var commands = admins ? [.. core, .. Commands(own, language)] : core;
                    lists.Add(sender.CallAsync("setMyCommands", ct => bot.SetMyCommands(commands, scope, code, ct), cancellationToken));
                }
            }

            await Task.WhenAll(lists);
        }
    }

    /// <summary>The core's commands with their help lines; Telegram takes 1–32 of a–z, 0–9 and _ as a name and up to 256 characters of description.</summary>
    internal static BotCommand[] Commands(IEnumerable<CommandDescriptor> commands, UiLanguage language) =>
        [.. commands.Select(c => Command(c.Name, c.Help.For(language)))];

    internal static BotCommand[] Commands(IEnumerable<ITelegramCommand> commands, UiLanguage language) =>
        [.. commands.Select(c => Command(c.Name, c.Describe(language).Description))];

    private static BotCommand Command(string name, string description) => new()
    {
        Command = name,
        Description = description.Length > 256 ? description[..256] : description,
    };

    [LoggerMessage(EventId = 3000, Level = LogLevel.Information, Message = "Telegram on: connected as @{Username} ({Mode})")]
    private partial void LogConnected(string username, string mode);
}
