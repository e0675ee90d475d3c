using CsCheck;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;

namespace QuoteBot.Core.Tests.Properties;

/// <summary>Whatever users type, every command answers, nothing escapes, and every reply fits Telegram and Discord.</summary>
public sealed class CommandPropertyTests : IDisposable
{
    private static readonly string[] Commands = ["quote", "topic", "context", "search", "today", "sources", "help", "start", "话题", "搜索", "来源", "nonsense", ""];

    private readonly CoreFixture _core = new();

    public void Dispose() => _core.Dispose();

    /// <summary>Any UTF-16 text: lone surrogates, controls, emoji, CJK, RTL marks.</summary>
    private static readonly Gen<string> AnyText = Gen.OneOf(
        Gen.String,
        Gen.String[Gen.Char, 0, 300],
        Gen.Char['\u0000', '\u001F'].Array[0, 50].Select(c => new string(c)),
        Gen.Char['\u4E00', '\u9FFF'].Array[0, 40].Select(c => new string(c)),
        Gen.Char['\uD800', '\uDFFF'].Array[0, 20].Select(c => new string(c)),
        Gen.Const(string.Empty),
        Gen.Const("   \t\n "),
        Gen.Const("@everyone <@123> <@&456> <b>html</b> &amp; *bold* _it_ `code`"),
        Gen.Int[0, 100_000].Select(n => new string('能', n)),
        Gen.Const(new string('x', 100_000)));

    [Fact]
    public void Every_command_answers_any_argument_within_every_platform_limit()
    {
        Gen.Select(Gen.OneOfConst(Commands), AnyText, Gen.Bool).Sample((command, argument, chinese) =>
        {
            var reply = _core.Dispatcher.Dispatch(new CommandRequest(command, argument, "prop", chinese ? UiLanguage.Chinese : UiLanguage.English));
            AssertFits(reply);
        }, iter: 400);
    }

    [Fact]
    public void Over_two_talks_every_command_answers_any_argument_and_talk_within_every_platform_limit()
    {
        using var twoTalks = new CoreFixture(corpusPath: QuoteBot.Testing.TwoSourceCorpus.Path);
        var talks = Gen.OneOf(Gen.OneOfConst<string?>(null, "riverside-2023", "北野", "@mit", "  "), AnyText.Select(t => (string?)t));
        Gen.Select(Gen.OneOfConst(Commands), AnyText, talks, Gen.Bool).Sample((command, argument, talk, chinese) =>
        {
            var request = new CommandRequest(command, argument, "prop", chinese ? UiLanguage.Chinese : UiLanguage.English) { Source = talk };
            AssertFits(twoTalks.Dispatcher.Dispatch(request));
        }, iter: 400);
    }

    [Fact]
    public void Any_command_line_parses_or_is_refused_without_throwing()
    {
        AnyText.Sample(line =>
        {
            if (CommandText.TryParse(line, out var command))
            {
                var reply = _core.Dispatcher.Dispatch(new CommandRequest(command.Name, command.Argument, "prop", UiLanguage.English));
                AssertFits(reply);
            }
        }, iter: 400);
    }

    [Theory]
    [InlineData("topic")]
    [InlineData("search")]
    [InlineData("context")]
    [InlineData("nonsense")]
    public void Huge_input_is_answered_and_echoed_only_in_part(string command)
    {
        var huge = string.Concat(Enumerable.Repeat("能源energy🙂", 10_000));
        var reply = _core.Dispatcher.Dispatch(new CommandRequest(command, huge, "huge", UiLanguage.English));
        AssertFits(reply);
        Assert.True(PlainTextRenderer.Render(reply).Length < 4096);
    }

    private static void AssertFits(Reply reply)
    {
        Assert.NotNull(reply);
        var rendered = PlainTextRenderer.Render(reply);
        Assert.False(string.IsNullOrWhiteSpace(rendered));
        Assert.True(rendered.Length <= ReplyLimits.PlatformMessageLimit, $"rendered {rendered.Length} characters");
        Assert.True(IsWellFormed(rendered), "a lone surrogate reached the reply");

        // A Discord embed: description ≤ 4096, title ≤ 256, field ≤ 1024, all ≤ 6000.
        var description = (reply.Quote?.Text ?? string.Empty) + (reply.Context?.Paragraph ?? string.Empty) + (reply.Text ?? string.Empty);
        Assert.True(description.Length <= 4096);
        Assert.True((reply.Title ?? string.Empty).Length <= 256);
        Assert.True(reply.Items.Count <= ReplyLimits.MaxItems);
        Assert.All(reply.Items, i => Assert.True(i.Label.Length + (i.Detail?.Length ?? 0) <= 1024));
        var total = description.Length + (reply.Title?.Length ?? 0) + (reply.Context?.Question?.Length ?? 0) + reply.Items.Sum(i => i.Label.Length + (i.Detail?.Length ?? 0)) + (reply.Footer?.Length ?? 0);
        Assert.True(total <= 6000, $"embed total {total}");
    }

    private static bool IsWellFormed(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]))
            {
                if (i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsLowSurrogate(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
