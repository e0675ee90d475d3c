using System.Text;
using QuoteBot.Core.Replies;

namespace QuoteBot.Telegram.Rendering;

/// <summary>
/// The <c>callback_data</c> of our buttons: <c>a</c> (another), <c>c:q07</c> (context), <c>t:energy</c> (same topic).
/// Telegram allows 64 bytes; anything longer or unknown decodes to nothing.
/// </summary>
internal static class CallbackData
{
    public const int MaxBytes = 64;

    public static string? Encode(ReplyAction action)
    {
        var data = action.Kind switch
        {
            ReplyActionKind.Another => "a",
            ReplyActionKind.Context => "c:" + action.Argument,
            ReplyActionKind.SameTopic => "t:" + action.Argument,
            _ => null,
        };
        return data is not null && Encoding.UTF8.GetByteCount(data) <= MaxBytes ? data : null;
    }

    /// <summary>The command a button stands for, or false for data we did not make.</summary>
    public static bool TryDecode(string? data, out string command, out string argument)
    {
        (command, argument) = (string.Empty, string.Empty);
        if (string.IsNullOrEmpty(data) || data.Length > MaxBytes)
        {
            return false;
        }

        if (data == "a")
        {
            command = "quote";
            return true;
        }

        if (data.Length > 2 && data[1] == ':' && data[0] is 'c' or 't')
        {
            command = data[0] == 'c' ? "context" : "topic";
            argument = data[2..];
            return true;
        }

        return false;
    }
}
