using System.Text;

namespace QuoteBot.Core.Replies;

/// <summary>Renders a reply as plain text: the console's output, and the fallback of platforms without rich text.</summary>
public static class PlainTextRenderer
{
    public static string Render(Reply reply)
    {
        var text = new StringBuilder();
        if (reply.Title is { } title)
        {
            text.Append('【').Append(title).Append("】\n");
        }

        if (reply.Quote is { } quote)
        {
            if (quote.Note is { } note)
            {
                text.Append('（').Append(note).Append("）\n");
            }

            text.Append('“').Append(quote.Text).Append("”\n");
            text.Append("— ").Append(quote.Attribution).Append(" · ").Append(quote.Id);
            if (quote.Featured)
            {
                text.Append(" ★");
            }

            text.Append('\n');
            if (quote.Topics.Count > 0)
            {
                text.Append("🏷 ").AppendJoin(" · ", quote.Topics).Append('\n');
            }
        }

        if (reply.Context is { } context)
        {
            if (context.Question is { } question)
            {
                text.Append("❓ ");
                if (context.AskedBy is { } asker)
                {
                    text.Append(asker).Append(": ");
                }

                text.Append(question).Append("\n\n");
            }

            text.Append("💬 ").Append(context.Paragraph).Append('\n');
            text.Append("— ").Append(context.Attribution).Append(" · ").Append(context.QuoteId).Append('\n');
        }

        if (reply.Text is { } body)
        {
            text.Append(body).Append('\n');
        }

        foreach (var item in reply.Items)
        {
            text.Append("• ").Append(item.Label);
            if (item.Detail is { } detail)
            {
                text.Append(" — ").Append(detail);
            }

            if (item.Command is { } command)
            {
                text.Append("  ").Append(command);
            }

            text.Append('\n');
        }

        if (reply.Footer is { } footer)
        {
            text.Append(footer).Append('\n');
        }

        if (reply.Actions.Count > 0)
        {
            text.Append("→ ").AppendJoin(" · ", reply.Actions.Select(a => a.CommandLine)).Append('\n');
        }

        return text.ToString().TrimEnd('\n');
    }
}
