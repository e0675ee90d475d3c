using QuoteBot.Core.Commands;
using QuoteBot.Core.Replies;

using QuoteBot.Discord.Tests.Fakes;

namespace QuoteBot.Discord.Tests.Commands;

/// <summary>A command (<c>/slow</c>) whose reply is ready only when the test opens the gate.</summary>
internal sealed class GatedCommand : ICommandHandler, IDisposable
{
    public ManualResetEventSlim Gate { get; } = new();

    public CommandDescriptor Descriptor { get; } = new()
    {
        Name = "slow",
        Title = new("slow", "慢"),
        Summary = new("A reply that takes its time", "慢慢回答"),
        Help = new("a reply that takes its time", "慢慢回答"),
    };

    public Reply Handle(CommandRequest request)
    {
        Gate.Wait(TestTime.Guard);
        return new Reply { Kind = ReplyKind.Notice, Text = "finally done" };
    }

    public void Dispose() => Gate.Dispose();
}
