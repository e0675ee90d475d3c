using System.Text;
using CsCheck;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Tests.Replies;

/// <summary>The one button scheme, with Telegram's limits (64 bytes, no prefix) and Discord's (100 characters, <c>qb:</c>).</summary>
public sealed class ButtonCodecTests
{
    private static readonly ButtonCodec Telegram = new(prefix: string.Empty, maxLength: 64, ButtonDataUnit.Utf8Bytes);
    private static readonly ButtonCodec Discord = new(prefix: "qb:", maxLength: 100, ButtonDataUnit.Chars);

    [Theory]
    [InlineData("a", "quote", "")]
    [InlineData("c:q07", "context", "q07")]
    [InlineData("t:energy", "topic", "energy")]
    public void Buttons_already_sent_on_Telegram_still_decode(string data, string command, string argument)
    {
        Assert.True(Telegram.TryDecode(data, out var decodedCommand, out var decodedArgument));
        Assert.Equal((command, argument), (decodedCommand, decodedArgument));
    }

    [Theory]
    [InlineData("qb:a", "quote", "")]
    [InlineData("qb:c:q07", "context", "q07")]
    [InlineData("qb:t:energy", "topic", "energy")]
    public void Buttons_already_sent_on_Discord_still_decode(string data, string command, string argument)
    {
        Assert.True(Discord.TryDecode(data, out var decodedCommand, out var decodedArgument));
        Assert.Equal((command, argument), (decodedCommand, decodedArgument));
    }

    [Fact]
    public void The_three_quote_buttons_keep_their_short_codes()
    {
        Assert.Equal("a", Telegram.Encode(new ReplyAction(ReplyActionKind.Another, "🔄", string.Empty)));
        Assert.Equal("c:q07", Telegram.Encode(new ReplyAction(ReplyActionKind.Context, "📖", "q07")));
        Assert.Equal("t:energy", Telegram.Encode(new ReplyAction(ReplyActionKind.SameTopic, "🏷", "energy")));
        Assert.Equal("qb:a", Discord.Encode(new ReplyAction(ReplyActionKind.Another, "🔄", string.Empty)));
        Assert.Equal("qb:c:q07", Discord.Encode(new ReplyAction(ReplyActionKind.Context, "📖", "q07")));
        Assert.Equal("qb:t:energy", Discord.Encode(new ReplyAction(ReplyActionKind.SameTopic, "🏷", "energy")));
    }

    [Fact]
    public void Any_other_button_names_its_command_and_argument()
    {
        var action = new ReplyAction("search", "🔎", "核聚变 fusion");
        Assert.Equal("/search 核聚变 fusion", Telegram.Encode(action));
        Assert.Equal("qb:/search 核聚变 fusion", Discord.Encode(action));
        Assert.True(Discord.TryDecode("qb:/search 核聚变 fusion", out var command, out var argument));
        Assert.Equal(("search", "核聚变 fusion"), (command, argument));
        Assert.True(Telegram.TryDecode("/today", out command, out argument));
        Assert.Equal(("today", string.Empty), (command, argument));
    }

    [Fact]
    public void Telegram_counts_bytes_so_a_chinese_argument_fits_only_while_its_utf8_does()
    {
        // "c:" is 2 bytes and each of these characters 3: 20 of them make 62 bytes, 21 make 65.
        var fits = new string('能', 20);
        var tooLong = new string('能', 21);
        Assert.Equal("c:" + fits, Telegram.Encode(new ReplyAction(ReplyActionKind.Context, "📖", fits)));
        Assert.Null(Telegram.Encode(new ReplyAction(ReplyActionKind.Context, "📖", tooLong)));
        Assert.False(Telegram.TryDecode("c:" + tooLong, out _, out _));

        // Discord counts characters: the same 21 characters fit its 100 easily.
        Assert.Equal("qb:c:" + tooLong, Discord.Encode(new ReplyAction(ReplyActionKind.Context, "📖", tooLong)));
    }

    [Fact]
    public void Discord_counts_characters_up_to_100_with_its_prefix()
    {
        Assert.NotNull(Discord.Encode(new ReplyAction(ReplyActionKind.SameTopic, "🏷", new string('x', 95))));
        Assert.Null(Discord.Encode(new ReplyAction(ReplyActionKind.SameTopic, "🏷", new string('x', 96))));
        Assert.False(Discord.TryDecode("qb:t:" + new string('x', 96), out _, out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("x")]
    [InlineData("c:")]
    [InlineData("t:")]
    [InlineData("z:q07")]
    [InlineData("/")]
    [InlineData("/ q07")]
    [InlineData("qb:a")]
    [InlineData("aa")]
    public void Data_we_did_not_make_is_refused_on_Telegram(string? data) =>
        Assert.False(Telegram.TryDecode(data, out _, out _));

    [Theory]
    [InlineData("a")]
    [InlineData("c:q07")]
    [InlineData("qb:")]
    [InlineData("qb:x")]
    [InlineData("qb:c:")]
    [InlineData("other:a")]
    public void Ids_we_did_not_make_are_refused_on_Discord(string data) =>
        Assert.False(Discord.TryDecode(data, out _, out _));

    [Fact]
    public void Every_button_that_fits_round_trips_on_both_platforms()
    {
        var argument = Gen.OneOf(Gen.String, Gen.String[Gen.Char, 1, 120], Gen.Char['\u4E00', '\u9FFF'].Array[1, 40].Select(c => new string(c)));
        var command = Gen.Char['a', 'z'].Array[1, 12].Select(c => new string(c));
        var action = Gen.OneOf(
            Gen.Const(new ReplyAction(ReplyActionKind.Another, "a", string.Empty)),
            argument.Where(a => a.Length > 0).Select(a => new ReplyAction(ReplyActionKind.Context, "c", a)),
            argument.Where(a => a.Length > 0).Select(a => new ReplyAction(ReplyActionKind.SameTopic, "t", a)),
            Gen.Select(command, argument, (c, a) => new ReplyAction(c, "x", a)));
        action.Sample(a =>
        {
            foreach (var (codec, fits) in new[] { (Telegram, (Func<string, bool>)(d => Encoding.UTF8.GetByteCount(d) <= 64)), (Discord, d => d.Length <= 100) })
            {
                if (codec.Encode(a) is not { } data)
                {
                    continue;
                }

                Assert.True(fits(data));
                Assert.True(codec.TryDecode(data, out var decoded, out var decodedArgument));
                Assert.Equal((a.CommandName, a.Argument), (decoded, decodedArgument));
            }
        }, iter: 2000);
    }

    [Fact]
    public void Short_arguments_always_fit()
    {
        Gen.Char['\u4E00', '\u9FFF'].Array[1, 20].Select(c => new string(c)).Sample(a =>
        {
            Assert.NotNull(Telegram.Encode(new ReplyAction(ReplyActionKind.Context, "c", a)));
            Assert.NotNull(Discord.Encode(new ReplyAction(ReplyActionKind.Context, "c", a)));
        });
    }
}
