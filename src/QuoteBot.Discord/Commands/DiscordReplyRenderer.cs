using System.Globalization;
using System.Text;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Models;
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Renders the neutral reply as one embed plus a row of buttons, within Discord's limits (description 4096,
/// title 256, field 1024, footer 2048, whole embed 6000), everything escaped, nobody mentioned.
/// </summary>
public static class DiscordReplyRenderer
{
    public const int DescriptionLimit = 4096;
    public const int TitleLimit = 256;
    public const int FieldValueLimit = 1024;
    public const int FieldNameLimit = 256;
    public const int FooterLimit = 2048;
    public const int EmbedTotalLimit = 6000;
    private const int Blurple = 0x5865F2;
    private const int Gold = 0xF1C40F;

    /// <summary>Button ids: Discord carries up to 100 characters of <c>custom_id</c>; ours start with <c>qb:</c>.</summary>
    public static readonly ButtonCodec ButtonIds = new(prefix: "qb:", maxLength: 100, ButtonDataUnit.Chars);

    /// <summary>
    /// The reply's message. With <paramref name="card"/> (the drawn picture of <see cref="Reply.Card"/>) the file goes
    /// with it and the quote's embed shows it as its image, the text staying in the embed to be read and copied.
    /// </summary>
    public static InteractionCallbackData Render(Reply reply, string topicsLabel, string askedByLabel, RestFile? card = null)
    {
        return new()
        {
            Embeds = [Embed(reply, topicsLabel, askedByLabel, card?.AttachmentUrl)],
            Components = Buttons(reply),
            Flags = reply.Ephemeral ? MessageFlags.Ephemeral : null,
            Files = card is null ? null : [card],
        };
    }

    /// <summary>The reply as one embed; <paramref name="imageUrl"/> is its picture (<c>attachment://…</c> for an uploaded card).</summary>
    public static Embed Embed(Reply reply, string topicsLabel, string askedByLabel, string? imageUrl = null)
    {
        var description = new StringBuilder();
        var fields = new List<EmbedField>();
        EmbedAuthor? author = null;
        string? footer = null;
        DateTimeOffset? timestamp = null;
        var color = Blurple;

        if (reply.Quote is { } quote)
        {
            author = new EmbedAuthor { Name = DiscordMarkdown.Fit(quote.Speaker, FieldNameLimit) };
            if (quote.Note is { } note)
            {
                description.Append("*（").Append(DiscordMarkdown.Escape(note)).Append("）*\n");
            }

            description.Append(DiscordMarkdown.Escape(quote.Text)).Append('\n');
            footer = $"{WithoutSpeaker(quote.Attribution, quote.Speaker)} · {quote.Id}{(quote.Featured ? " ★" : string.Empty)}";
            timestamp = Timestamp(quote.EventDate);
            color = quote.Featured ? Gold : Blurple;
            if (quote.Topics.Count > 0)
            {
                fields.Add(new EmbedField { Name = topicsLabel, Value = DiscordMarkdown.Fit(DiscordMarkdown.Escape(string.Join(" · ", quote.Topics)), FieldValueLimit), Inline = true });
            }
        }

        if (reply.Context is { } context)
        {
            if (context.Question is { } question)
            {
                var asker = context.AskedBy is null ? askedByLabel : $"{askedByLabel} {context.AskedBy}";
                fields.Insert(0, new EmbedField { Name = DiscordMarkdown.Fit(asker, FieldNameLimit), Value = DiscordMarkdown.Fit(DiscordMarkdown.Escape(question), FieldValueLimit) });
            }

            var paragraph = context.Paragraph;
            var start = Math.Clamp(context.QuoteStart, 0, paragraph.Length);
            var end = Math.Clamp(context.QuoteStart + context.QuoteLength, start, paragraph.Length);
            description.Append(DiscordMarkdown.Escape(paragraph[..start]))
                .Append("**").Append(DiscordMarkdown.Escape(paragraph[start..end])).Append("**")
                .Append(DiscordMarkdown.Escape(paragraph[end..])).Append('\n');
            footer = $"{context.Attribution} · {context.QuoteId}";
            timestamp = Timestamp(context.EventDate);
        }

        if (reply.Text is { } text)
        {
            description.Append(DiscordMarkdown.Escape(text)).Append('\n');
        }

        foreach (var item in reply.Items)
        {
            description.Append("• **").Append(DiscordMarkdown.Escape(item.Label)).Append("**");
            if (item.Detail is { } detail)
            {
                description.Append(" — ").Append(DiscordMarkdown.Escape(detail));
            }

            if (item.Command is { } command)
            {
                description.Append("  `").Append(command.Replace('`', '\'')).Append('`');
            }

            description.Append('\n');
        }

        if (reply.Footer is { } replyFooter)
        {
            footer = footer is null ? replyFooter : $"{replyFooter} · {footer}";
        }

        var title = reply.Title is null ? null : DiscordMarkdown.Fit(reply.Title, TitleLimit);
        footer = footer is null ? null : DiscordMarkdown.Fit(footer, FooterLimit);
        var used = (title?.Length ?? 0) + (footer?.Length ?? 0) + (author?.Name.Length ?? 0) + fields.Sum(f => f.Name.Length + f.Value.Length);
        var body = DiscordMarkdown.Fit(description.ToString().TrimEnd('\n'), Math.Min(DescriptionLimit, EmbedTotalLimit - used));

        return new Embed
        {
            Title = title,
            Description = body.Length == 0 ? null : body,
            Author = author,
            Footer = footer is null ? null : new EmbedFooter { Text = footer },
            Fields = fields.Count == 0 ? null : fields,
            Timestamp = timestamp,
            Color = color,
            Image = imageUrl is null ? null : new EmbedImage { Url = imageUrl },
        };
    }

    public static IReadOnlyList<MessageComponent>? Buttons(Reply reply)
    {
        var buttons = reply.Actions
            .Select(a => (Action: a, Id: ButtonIds.Encode(a)))
            .Where(b => b.Id is not null)
            .Select(b => MessageComponent.Button(DiscordMarkdown.Fit(b.Action.Label, 80), b.Id!))
            .ToList();
        return buttons.Count == 0 ? null : [MessageComponent.ActionRow(buttons)];
    }

    /// <summary>The embed's timestamp: the day of the quote's talk, at midnight UTC.</summary>
    private static DateTimeOffset? Timestamp(DateOnly? date) =>
        date is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null;

    private static string WithoutSpeaker(string attribution, string speaker) =>
        attribution.StartsWith(speaker + " · ", StringComparison.Ordinal) ? attribution[(speaker.Length + 3)..] : attribution;
}
