using System.Collections.Concurrent;
using System.Threading.Channels;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Tests.Fakes;

/// <summary>Answers every interaction with a fixed message and remembers what it was given.</summary>
internal sealed class RecordingInteractionHandler : IDiscordInteractionHandler
{
    private readonly Channel<Interaction> _handled = Channel.CreateUnbounded<Interaction>();

    public ConcurrentQueue<Interaction> Handled { get; } = new();

    public Func<Interaction, InteractionResponse> Respond { get; set; } =
        _ => InteractionResponse.Message(new InteractionCallbackData { Content = "Fusion is 20 years away @everyone" });

    public ValueTask<InteractionAnswer> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        Handled.Enqueue(interaction);
        _handled.Writer.TryWrite(interaction);
        return ValueTask.FromResult(InteractionAnswer.Now(Respond(interaction)));
    }

    public async Task<Interaction> NextAsync() => await _handled.Reader.ReadAsync().AsTask().WithGuard();
}
