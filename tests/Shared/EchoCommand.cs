using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;

namespace QuoteBot.Testing;

/// <summary>
/// A command that exists only in tests: <c>/echo text</c> (alias <c>回声</c>) answers "echo: text" with a button that
/// echoes it again. Registering it as an <see cref="ICommandHandler"/> is all it takes to appear on every platform.
/// </summary>
public sealed class EchoCommand : ICommandHandler
{
    public const string Name = "echo";

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = Name,
        Aliases = ["回声"],
        Title = new("echo", "回声"),
        Summary = new("Says your words back", "重复你的话"),
        Help = new("says your words back, e.g. /echo hello", "重复你的话，例如 /echo 你好"),
        Argument = new()
        {
            Name = "text",
            Title = new("text", "内容"),
            Placeholder = new("text", "内容"),
            Description = new("What to say back", "要重复的话"),
            Required = true,
        },
    };

    public Reply Handle(CommandRequest request) => new()
    {
        Kind = ReplyKind.Notice,
        Text = $"echo: {request.Argument}",
        Actions = [new ReplyAction(Name, "🔁 Again", request.Argument)],
    };
}
