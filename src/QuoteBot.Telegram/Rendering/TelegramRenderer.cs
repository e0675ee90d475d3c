using System.Text;
using QuoteBot.Core.Replies;
using Telegram.Bot.Types.ReplyMarkups;

namespace QuoteBot.Telegram.Rendering;

/// <summary>
/// Renders the neutral reply as Telegram HTML: every dynamic string escaped, the quote in a block quote,
/// the buttons as an inline keyboard. The core already cut every text to fit; the visible text stays within 4096.
/// </summary>
public static class TelegramRenderer
{
    /// <summary>Button data: Telegram carries up to 64 bytes of <c>callback_data</c>, unprefixed.</summary>
    public static readonly ButtonCodec CallbackData = new(prefix: string.Empty, maxLength: 64, ButtonDataUnit.Utf8Bytes);

    public static TelegramMessage Render(Reply reply, string? shareLabel = null)
    {
        // Sized for the reply up front: growing a builder from 16 characters copies the message several times over.
        var html = new StringBuilder(EstimateLength(reply));
        if (reply.Title is { } title)
        {
            html.Append("<b>").Append(TelegramHtml.Escape(title)).Append("</b>\n");
        }

        if (reply.Quote is { } quote)
        {
            if (quote.Note is { } note)
            {
                html.Append("<i>（").Append(TelegramHtml.Escape(note)).Append("）</i>\n");
            }

            html.Append("<blockquote>").Append(TelegramHtml.Escape(quote.Text)).Append("</blockquote>\n");
            html.Append("— ").Append(TelegramHtml.Escape(quote.Attribution)).Append(" · <code>").Append(TelegramHtml.Escape(quote.Id)).Append("</code>");
            if (quote.Featured)
            {
                html.Append(" ★");
            }

            html.Append('\n');
            if (quote.Topics.Count > 0)
            {
                html.Append("🏷 ");
                for (var i = 0; i < quote.Topics.Count; i++)
                {
                    html.Append(i == 0 ? string.Empty : " · ").Append(TelegramHtml.Escape(quote.Topics[i]));
                }

                html.Append('\n');
            }
        }

        if (reply.Context is { } context)
        {
            if (context.Question is { } question)
            {
                html.Append("❓ ");
                if (context.AskedBy is { } asker)
                {
                    html.Append("<b>").Append(TelegramHtml.Escape(asker)).Append("</b>: ");
                }

                html.Append(TelegramHtml.Escape(question)).Append("\n\n");
            }

            var paragraph = context.Paragraph;
            var start = Math.Clamp(context.QuoteStart, 0, paragraph.Length);
            var end = Math.Clamp(context.QuoteStart + context.QuoteLength, start, paragraph.Length);
            html.Append("💬 ")
                .Append(TelegramHtml.Escape(paragraph[..start]))
                .Append("<b>").Append(TelegramHtml.Escape(paragraph[start..end])).Append("</b>")
                .Append(TelegramHtml.Escape(paragraph[end..]))
                .Append('\n');
            html.Append("— ").Append(TelegramHtml.Escape(context.Attribution)).Append(" · <code>").Append(TelegramHtml.Escape(context.QuoteId)).Append("</code>\n");
        }

        if (reply.Text is { } text)
        {
            html.Append(TelegramHtml.Escape(text)).Append('\n');
        }

        foreach (var item in reply.Items)
        {
            html.Append("• ").Append(TelegramHtml.Escape(item.Label));
            if (item.Detail is { } detail)
            {
                html.Append(" — ").Append(TelegramHtml.Escape(detail));
            }

            if (item.Command is { } command)
            {
                html.Append("  <code>").Append(TelegramHtml.Escape(command)).Append("</code>");
            }

            html.Append('\n');
        }

        if (reply.Footer is { } footer)
        {
            html.Append("<i>").Append(TelegramHtml.Escape(footer)).Append("</i>\n");
        }

        while (html.Length > 0 && html[^1] == '\n')
        {
            html.Length--; // trimmed in the builder: ToString().TrimEnd() would copy the whole message twice
        }

        return new TelegramMessage(html.ToString(), Keyboard(reply, shareLabel));
    }

    private static int EstimateLength(Reply reply) =>
        256
        + (reply.Quote?.Text.Length ?? 0)
        + (reply.Context is { } context ? context.Paragraph.Length + (context.Question?.Length ?? 0) : 0)
        + (reply.Text?.Length ?? 0)
        + (reply.Items.Count * 128);

    internal static InlineKeyboardMarkup? Keyboard(Reply reply, string? shareLabel)
    {
        var buttons = new List<InlineKeyboardButton>();
        foreach (var action in reply.Actions)
        {
            if (CallbackData.Encode(action) is { } data)
            {
                buttons.Add(InlineKeyboardButton.WithCallbackData(action.Label, data));
            }
        }

        if (buttons.Count == 0)
        {
            return null;
        }

        var rows = new List<IEnumerable<InlineKeyboardButton>> { buttons };
        if (shareLabel is not null && reply.Quote is { } quote)
        {
            // Opens the chat picker with "@bot q07" typed in: the inline results offer this very quote.
            rows.Add([InlineKeyboardButton.WithSwitchInlineQuery(shareLabel, quote.Id)]);
        }

        return new InlineKeyboardMarkup(rows);
    }
}
