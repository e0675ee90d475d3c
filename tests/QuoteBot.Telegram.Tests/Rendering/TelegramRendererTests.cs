using System.Text;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Telegram.Rendering;
using QuoteBot.Telegram.Tests.Fakes;
using QuoteBot.Testing;

namespace QuoteBot.Telegram.Tests.Rendering;

/// <summary>The renderer alone: neutral replies in, Telegram HTML and inline keyboards out, read as Telegram reads them.</summary>
public sealed class TelegramRendererTests
{
    private const string Hostile = "<b>bold</b> & <script>x</script> &amp; a<b";

    /// <summary>Telegram refuses callback data over 64 bytes (Bot API, InlineKeyboardButton.callback_data).</summary>
    private const int CallbackDataBytes = 64;

    private static readonly QuoteCard Card = new(
        "q07", "Energy is the <key> & the lock", "Speaker", "Speaker, 2020 <Talk>", "note <1>", ["energy", "A&B"], Featured: true, "talk-2020", new DateOnly(2020, 1, 2));

    public static TheoryData<ReplyKind> Kinds() => [.. Enum.GetValues<ReplyKind>()];

    [Fact]
    public void Every_button_of_a_narrowed_answer_fits_telegrams_callback_data()
    {
        var library = new QuoteLibrary(CorpusLoader.Load(TwoSourceCorpus.Path));
        var names = new SourceNames(library);
        // The talks' own names, and names long enough to reach the limit from either side.
        IEnumerable<string> talks = [.. library.Sources.Select(s => names.Of(s.Id)), .. Enumerable.Range(40, 30).Select(n => new string('x', n))];
        foreach (var quote in library.Quotes)
        {
            foreach (var topic in library.Topics)
            {
                foreach (var talk in talks)
                {
                    foreach (var action in QuoteCards.Actions(quote, UiStrings.English, topic.Id, narrowedTo: talk))
                    {
                        var data = TelegramRenderer.CallbackData.Encode(action);
                        Assert.True(data is not null, $"{action.Kind} {action.Argument} does not fit");
                        Assert.InRange(Encoding.UTF8.GetByteCount(data), 1, CallbackDataBytes);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_renders_every_part_as_valid_html_with_its_text_visible(ReplyKind kind)
    {
        var reply = new Reply
        {
            Kind = kind,
            Title = "Title " + Hostile,
            Quote = Card,
            Context = new ContextCard("q07", "Asker <x>", "Why & how?", "Before <the> quote after.", 7, 9, "Speaker & co", "talk-2020", null),
            Text = "Text " + Hostile,
            Items = [new ReplyItem("Label <1>", "Detail & more", "/topic a<b")],
            Footer = "Footer " + Hostile,
        };

        var visible = TelegramHtmlCheck.AssertValid(TelegramRenderer.Render(reply).Html);

        Assert.Contains("Title " + Hostile, visible, StringComparison.Ordinal);
        Assert.Contains("（note <1>）", visible, StringComparison.Ordinal);
        Assert.Contains("Energy is the <key> & the lock", visible, StringComparison.Ordinal);
        Assert.Contains("— Speaker, 2020 <Talk> · q07 ★", visible, StringComparison.Ordinal);
        Assert.Contains("🏷 energy · A&B", visible, StringComparison.Ordinal);
        Assert.Contains("❓ Asker <x>: Why & how?", visible, StringComparison.Ordinal);
        Assert.Contains("💬 Before <the> quote after.", visible, StringComparison.Ordinal);
        Assert.Contains("Text " + Hostile, visible, StringComparison.Ordinal);
        Assert.Contains("• Label <1> — Detail & more  /topic a<b", visible, StringComparison.Ordinal);
        Assert.Contains("Footer " + Hostile, visible, StringComparison.Ordinal);
        Assert.False(visible.EndsWith('\n'), "trailing newlines are trimmed");
    }

    [Fact]
    public void The_quote_sits_in_a_block_quote_and_the_context_marks_the_quote_inside_its_paragraph_in_bold()
    {
        var html = TelegramRenderer.Render(new Reply
        {
            Kind = ReplyKind.Context,
            Quote = Card with { Note = null, Topics = [], Featured = false },
            Context = new ContextCard("q07", null, null, "ab<cd>ef", 2, 4, "Who", "talk-2020", null),
        }).Html;

        Assert.Contains("<blockquote>Energy is the &lt;key&gt; &amp; the lock</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("💬 ab<b>&lt;cd&gt;</b>ef", html, StringComparison.Ordinal);
        Assert.DoesNotContain("★", html, StringComparison.Ordinal);
        Assert.DoesNotContain("🏷", html, StringComparison.Ordinal);
        Assert.DoesNotContain("❓", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-5, 3, "<b></b>abcdef")]
    [InlineData(4, 100, "abcd<b>ef</b>")]
    [InlineData(10, 2, "abcdef<b></b>")]
    public void A_quote_position_outside_the_paragraph_is_clamped_rather_than_thrown(int start, int length, string expected)
    {
        var html = TelegramRenderer.Render(new Reply
        {
            Kind = ReplyKind.Context,
            Context = new ContextCard("q01", null, null, "abcdef", start, length, "Who", "talk-2020", null),
        }).Html;

        Assert.Contains("💬 " + expected, html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain 能源 text", "plain 能源 text")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("<i>x</i>", "&lt;i&gt;x&lt;/i&gt;")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("\"quotes\" and 'apostrophes'", "\"quotes\" and 'apostrophes'")]
    public void Escape_touches_only_the_three_characters_telegram_html_treats_as_markup(string? text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Fact]
    public void Escape_returns_text_without_markup_as_the_same_instance()
    {
        var text = "nothing to escape here";

        Assert.Same(text, TelegramHtml.Escape(text));
    }

    [Fact]
    public void A_reply_at_every_core_limit_stays_within_telegrams_4096_visible_characters_even_when_every_character_is_escaped()
    {
        // The budgets in ReplyLimits are what the core cuts to: a title, a quote and a text each at its budget, in
        // characters that each become an entity, is as long as a quote reply gets.
        static string Full(int length) => new('<', length);
        var reply = new Reply
        {
            Kind = ReplyKind.Quote,
            Title = Full(ReplyLimits.Title),
            Quote = Card with { Text = Full(ReplyLimits.QuoteText), Note = null, Topics = [] },
            Text = Full(ReplyLimits.Text),
        };

        var message = TelegramRenderer.Render(reply);

        var visible = TelegramHtmlCheck.AssertValid(message.Html);
        Assert.Contains(Full(ReplyLimits.QuoteText), visible, StringComparison.Ordinal);
        Assert.True(message.Html.Length > ReplyLimits.PlatformMessageLimit, "the escaped HTML may be longer: Telegram counts what is visible");
    }

    [Fact]
    public void A_list_at_its_item_limit_keeps_every_item_in_order()
    {
        var items = Enumerable.Range(1, ReplyLimits.MaxItems).Select(i => new ReplyItem($"item {i}", Command: $"/topic t{i}")).ToArray();

        var visible = TelegramHtmlCheck.AssertValid(TelegramRenderer.Render(new Reply { Kind = ReplyKind.List, Items = items }).Html);

        var lines = visible.Split('\n');
        Assert.Equal(ReplyLimits.MaxItems, lines.Length);
        Assert.All(lines.Select((line, i) => (line, i)), x => Assert.Equal($"• item {x.i + 1}  /topic t{x.i + 1}", x.line));
    }

    [Fact]
    public void Buttons_are_one_row_of_callback_buttons_in_the_replys_order_within_telegrams_callback_data_limit()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Quote,
            Quote = Card,
            Actions =
            [
                new ReplyAction(ReplyActionKind.Another, "Another <one>", "q07"),
                new ReplyAction(ReplyActionKind.Context, "Context", "q07"),
                new ReplyAction(ReplyActionKind.SameTopic, "Same topic", "energy"),
            ],
        };

        var keyboard = TelegramRenderer.Render(reply).Keyboard;

        Assert.NotNull(keyboard);
        var row = Assert.Single(keyboard.InlineKeyboard);
        Assert.Equal(["Another <one>", "Context", "Same topic"], row.Select(b => b.Text));
        Assert.All(row, b => Assert.InRange(Encoding.UTF8.GetByteCount(b.CallbackData ?? string.Empty), 1, CallbackDataBytes));
        Assert.Equal(3, row.Select(b => b.CallbackData).Distinct().Count());
    }

    [Fact]
    public void A_share_label_adds_a_second_row_that_offers_this_quote_inline()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.Quote,
            Quote = Card,
            Actions = [new ReplyAction(ReplyActionKind.Another, "Another", "q07")],
        };

        var keyboard = TelegramRenderer.Render(reply, shareLabel: "Share").Keyboard;

        Assert.NotNull(keyboard);
        var rows = keyboard.InlineKeyboard.Select(r => r.ToArray()).ToArray();
        Assert.Equal(2, rows.Length);
        var share = Assert.Single(rows[1]);
        Assert.Equal("Share", share.Text);
        Assert.Equal("q07", share.SwitchInlineQuery);
    }

    [Fact]
    public void No_buttons_means_no_keyboard_even_with_a_share_label()
    {
        Assert.Null(TelegramRenderer.Render(new Reply { Kind = ReplyKind.Quote, Quote = Card }, shareLabel: "Share").Keyboard);
        Assert.Null(TelegramRenderer.Render(new Reply { Kind = ReplyKind.Notice, Text = "hi" }).Keyboard);
    }

    [Fact]
    public void A_share_label_without_a_quote_adds_no_share_row()
    {
        var reply = new Reply
        {
            Kind = ReplyKind.List,
            Items = [new ReplyItem("energy")],
            Actions = [new ReplyAction(ReplyActionKind.SameTopic, "Same topic", "energy")],
        };

        var keyboard = TelegramRenderer.Render(reply, shareLabel: "Share").Keyboard;

        Assert.NotNull(keyboard);
        Assert.Single(keyboard.InlineKeyboard);
    }

    [Fact]
    public void An_empty_reply_renders_as_empty_text()
    {
        var message = TelegramRenderer.Render(new Reply { Kind = ReplyKind.Notice });

        Assert.Equal(string.Empty, message.Html);
        Assert.Null(message.Keyboard);
    }
}
