using System.Text;

namespace QuoteBot.Core.Replies;

/// <summary>How a platform measures the data it carries back from a button press.</summary>
public enum ButtonDataUnit
{
    /// <summary>UTF-16 characters (Discord's <c>custom_id</c>).</summary>
    Chars,

    /// <summary>UTF-8 bytes (Telegram's <c>callback_data</c>).</summary>
    Utf8Bytes,
}

/// <summary>
/// The data a button carries back to the bot, and the command it stands for when pressed: one scheme for every
/// platform, each with its own prefix and size limit. The three buttons under a quote keep their short codes, so
/// buttons already sent in chats still work: <c>a</c> (another), <c>c:q07</c> (context), <c>t:energy</c> (same topic).
/// Any other button is <c>/command argument</c>. Anything else, or longer than the limit, decodes to nothing.
/// </summary>
public sealed class ButtonCodec(string prefix, int maxLength, ButtonDataUnit unit)
{
    private const string Another = "a";
    private const string Context = "c:";
    private const string SameTopic = "t:";
    private const char CommandMark = '/';

    /// <summary>
    /// No prefix and <see cref="ReplyLimits.ButtonData"/> UTF-8 bytes: at least as strict as every platform's codec
    /// (Telegram's callback data is exactly this; Discord's custom id allows more), so data it encodes fits them all.
    /// </summary>
    public static ButtonCodec Strictest { get; } = new(string.Empty, ReplyLimits.ButtonData, ButtonDataUnit.Utf8Bytes);

    /// <summary>The data for <paramref name="action"/>, or null when it does not fit the platform's limit.</summary>
    public string? Encode(ReplyAction action)
    {
        var body = action.Kind switch
        {
            ReplyActionKind.Another => Another,
            ReplyActionKind.Context => Context + action.Argument,
            ReplyActionKind.SameTopic => SameTopic + action.Argument,
            _ => action.Argument.Length == 0 ? CommandMark + action.CommandName : $"{CommandMark}{action.CommandName} {action.Argument}",
        };
        var data = prefix + body;
        return Fits(data) ? data : null;
    }

    /// <summary>The command (canonical name) and argument a button stands for, or false for data we did not make.</summary>
    public bool TryDecode(string? data, out string command, out string argument)
    {
        (command, argument) = (string.Empty, string.Empty);
        if (data is null || !data.StartsWith(prefix, StringComparison.Ordinal) || !Fits(data))
        {
            return false;
        }

        var body = data.AsSpan(prefix.Length);
        if (body is Another)
        {
            command = "quote";
            return true;
        }

        if (body.Length > 2 && body[1] == ':' && body[0] is 'c' or 't')
        {
            command = body[0] == 'c' ? "context" : "topic";
            argument = body[2..].ToString();
            return true;
        }

        if (body.Length > 1 && body[0] == CommandMark)
        {
            var space = body.IndexOf(' ');
            var name = space < 0 ? body[1..] : body[1..space];
            if (name.Length == 0)
            {
                return false;
            }

            command = name.ToString();
            argument = space < 0 ? string.Empty : body[(space + 1)..].ToString();
            return true;
        }

        return false;
    }

    private bool Fits(string data) =>
        (unit == ButtonDataUnit.Utf8Bytes ? Encoding.UTF8.GetByteCount(data) : data.Length) <= maxLength;
}
