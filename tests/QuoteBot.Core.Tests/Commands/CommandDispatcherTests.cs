using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Testing;

namespace QuoteBot.Core.Tests.Commands;

/// <summary>What the dispatcher decides for every platform: the command list, who sees an answer, the metrics.</summary>
public sealed class CommandDispatcherTests : IDisposable
{
    private readonly CoreFixture _core = new(configure: s => s.AddSingleton<ICommandHandler, EchoCommand>());

    public void Dispose() => _core.Dispose();

    [Fact]
    public void A_command_registered_in_the_core_is_answered_by_name_and_alias_and_listed_in_help_and_on_the_console()
    {
        Assert.Equal("echo: hello", _core.Run("/echo hello").Text);
        Assert.Equal("echo: 你好", _core.Run("/回声 你好").Text);
        Assert.Contains("echo", _core.Dispatcher.Commands);

        var help = _core.Run("/help");
        Assert.Contains(new ReplyItem("/echo <text>", "says your words back, e.g. /echo hello"), help.Items);
        Assert.Contains(new ReplyItem("/echo <内容>", "重复你的话，例如 /echo 你好"), _core.Run("/help", language: UiLanguage.Chinese).Items);
        Assert.Contains("/echo <text>", PlainTextRenderer.Render(help), StringComparison.Ordinal);

        // Its button, shown as a command where there are no buttons.
        Assert.Contains("→ /echo hello", PlainTextRenderer.Render(_core.Run("/echo hello")), StringComparison.Ordinal);

        // An unknown command lists it too, and suggests it for a near miss.
        var unknown = _core.Run("/ecko");
        Assert.Contains("/echo", unknown.Text, StringComparison.Ordinal);
        Assert.Contains(unknown.Items, i => i.Label == "/echo <text>");
    }

    [Fact]
    public void Help_lists_the_built_in_commands_in_order_with_their_usage()
    {
        using var core = new CoreFixture();
        Assert.Equal(
            ["/quote <id> [@talk]", "/topic <name> [@talk]", "/context <id>", "/search <words>", "/today", "/card <id>", "/sources", "/help"],
            core.Run("/help").Items.Select(i => i.Label));
        Assert.Equal(
            ["/quote <编号> [@来源]", "/topic <话题> [@来源]", "/context <编号>", "/search <关键词>", "/today", "/card <编号>", "/sources", "/help"],
            core.Run("/help", language: UiLanguage.Chinese).Items.Select(i => i.Label));
    }

    [Fact]
    public void The_context_of_a_pressed_button_is_private_and_a_typed_one_or_another_quote_is_not()
    {
        var pressed = new CommandRequest("context", "q14", "chat-1", UiLanguage.English) { Origin = RequestOrigin.Button };
        Assert.True(_core.Dispatcher.AnswersPrivately(pressed));
        Assert.True(_core.Dispatcher.Dispatch(pressed).Ephemeral);

        var typed = pressed with { Origin = RequestOrigin.Typed };
        Assert.False(_core.Dispatcher.AnswersPrivately(typed));
        Assert.False(_core.Dispatcher.Dispatch(typed).Ephemeral);

        var another = new CommandRequest("quote", string.Empty, "chat-1", UiLanguage.English) { Origin = RequestOrigin.Button };
        Assert.False(_core.Dispatcher.AnswersPrivately(another));
        Assert.False(_core.Dispatcher.Dispatch(another).Ephemeral);
    }

    [Fact]
    public void Every_dispatch_counts_once_under_its_canonical_name_or_unknown()
    {
        var meter = _core.Get<BotMetrics>().Meter;
        var counted = new List<(string Command, string Platform)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter == meter && instrument.Name == "quotebot.commands")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            string? command = null, platform = null;
            foreach (var tag in tags)
            {
                (command, platform) = tag.Key switch
                {
                    "command" => ((string?)tag.Value, platform),
                    "platform" => (command, (string?)tag.Value),
                    _ => (command, platform),
                };
            }

            counted.Add((command!, platform!));
        });
        listener.Start();

        _core.Dispatcher.Dispatch(new CommandRequest("random", string.Empty, "c", UiLanguage.English) { Platform = "telegram" });
        _core.Dispatcher.Dispatch(new CommandRequest("金句", string.Empty, "c", UiLanguage.Chinese) { Platform = "discord" });
        _core.Dispatcher.Dispatch(new CommandRequest("no-such-command", string.Empty, "c", UiLanguage.English));
        _core.Dispatcher.Dispatch(new CommandRequest("echo", "x", "c", UiLanguage.English));

        Assert.Equal([("quote", "telegram"), ("quote", "discord"), ("unknown", "console"), ("echo", "console")], counted);
    }

    [Theory]
    [InlineData("Echo", "text", "Says your words back")]
    [InlineData("echo-it", "text", "Says your words back")]
    [InlineData("echo", "The Text", "Says your words back")]
    [InlineData("echo", "text", "")]
    [InlineData("a_name_longer_than_thirty_two_chars", "text", "Says your words back")]
    public void A_command_no_platform_could_list_stops_the_start(string name, string argument, string summary)
    {
        var echo = new EchoCommand();
        var bad = echo.Descriptor with
        {
            Name = name,
            Summary = echo.Descriptor.Summary with { En = summary },
            Argument = echo.Descriptor.Argument! with { Name = argument },
        };
        var error = Assert.Throws<InvalidOperationException>(() =>
            new CommandDispatcher([new Described(bad, echo)], new BotMetrics(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<CommandDispatcher>.Instance));
        Assert.Contains(name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_commands_claiming_one_name_stop_the_start()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new CommandDispatcher([new EchoCommand(), new EchoCommand()], new BotMetrics(), TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<CommandDispatcher>.Instance));
        Assert.Contains("'echo'", error.Message, StringComparison.Ordinal);
    }

    /// <summary>A handler under another descriptor.</summary>
    private sealed class Described(CommandDescriptor descriptor, ICommandHandler inner) : ICommandHandler
    {
        public CommandDescriptor Descriptor => descriptor;

        public Reply Handle(CommandRequest request) => inner.Handle(request);
    }
}
