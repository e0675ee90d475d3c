using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;

using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>A command (<c>/slow</c>) whose reply is ready only when the test opens the gate.</summary>
internal sealed class GatedCommand : ICommandHandler, IDisposable
{
    public ManualResetEventSlim Gate { get; } = new();

    public IReadOnlyList<string> Names { get; } = ["slow"];

    public Reply Handle(CommandRequest request)
    {
        Gate.Wait(TestTime.Guard);
        return new Reply { Kind = ReplyKind.Notice, Text = "finally done" };
    }

    public void Dispose() => Gate.Dispose();
}
