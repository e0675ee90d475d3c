using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Resilience;
using QuoteBot.Core;
using QuoteBot.Core.Commands;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Discord.Digest;
using QuoteBot.Discord.Interactions;
using QuoteBot.Discord.Models;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Decides the answers to slash commands, autocomplete and button clicks, always inside Discord's 3 seconds: a reply
/// ready within <see cref="DiscordOptions.DeferAfter"/> is the answer (type 4); otherwise the answer is a
/// deferral (type 5) with the message to edit in when the reply is ready. A reply that asks for a card carries the
/// drawn PNG as its file, drawn within that same budget. Anything that goes wrong becomes a friendly
/// ephemeral message. It writes nothing to Discord itself: the interaction dispatcher does, for both receiving modes.
/// </summary>
public sealed partial class DiscordCommandHandler(
    CommandDispatcher dispatcher,
    Autocompleter autocompleter,
    DailyCommand daily,
    DiscordCards cards,
    IOptions<DiscordOptions> options,
    IOptions<CoreOptions> core,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<DiscordCommandHandler> logger) : IDiscordInteractionHandler
{
    /// <summary>A deferred reply must be edited in within the interaction token's 15 minutes.</summary>
    private static readonly TimeSpan TokenLife = InteractionWindows.Token - TimeSpan.FromMinutes(1);

    public async ValueTask<InteractionAnswer> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var language = InteractionRequests.Language(interaction, core.Value.Language);
        try
        {
            switch (interaction.Type)
            {
                case InteractionType.ApplicationCommandAutocomplete:
                    return InteractionAnswer.Now(InteractionResponse.Autocomplete(autocompleter.Suggest(interaction, language)));
                case InteractionType.ApplicationCommand when interaction.Data?.Name == DiscordCommandSet.Daily:
                    // Admin settings: quick store calls, answered directly and only to the admin. Not a core command,
                    // so it counts itself.
                    var started = time.GetTimestamp();
                    var answer = await daily.HandleAsync(interaction, language, cancellationToken);
                    metrics.CommandServed(DiscordCommandSet.Daily, InteractionRequests.Platform, time.GetElapsedTime(started));
                    return InteractionAnswer.Now(answer);
                case InteractionType.ApplicationCommand:
                    return await RespondAsync(InteractionRequests.FromCommand(interaction, core.Value.Language, dispatcher.Descriptors), cancellationToken);
                case InteractionType.MessageComponent when InteractionRequests.FromButton(interaction, core.Value.Language) is { } request:
                    return await RespondAsync(request, cancellationToken);
                default:
                    return Friendly(language);
            }
        }
#pragma warning disable CA1031 // The user gets an apology, never silence; the failure is logged.
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            LogFailed(ex, interaction.Data?.Name ?? interaction.Data?.CustomId ?? interaction.Type.ToString());
            return Friendly(language);
        }
    }

    private async Task<InteractionAnswer> RespondAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        // A card is drawn inside the raced work: a slow drawing defers like a slow reply, and the edit carries the file.
        var work = Task.Run(() => Prepare(request), CancellationToken.None);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(options.Value.DeferAfter, time, budget.Token);
        if (await Task.WhenAny(work, deadline) == work)
        {
            await budget.CancelAsync();
            return InteractionAnswer.Now(InteractionResponse.Message(Render(await work, request.Language)));
        }

        LogDeferred(request.Command);
        // The deferral fixes who sees the answer before the reply exists: the core says so from the request alone.
        return InteractionAnswer.Deferred(dispatcher.AnswersPrivately(request), FinishLaterAsync(request, work));
    }

    private Answer Prepare(CommandRequest request)
    {
        var reply = dispatcher.Dispatch(request);
        return new Answer(reply, cards.Draw(reply));
    }

    private async Task<WebhookMessage> FinishLaterAsync(CommandRequest request, Task<Answer> work)
    {
        Answer reply;
        try
        {
            reply = await work.WaitAsync(TokenLife, time);
        }
#pragma warning disable CA1031 // Too slow or failed: the deferred "thinking…" is replaced by an apology.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex, request.Command);
            reply = new Answer(new Reply { Kind = ReplyKind.Error, Text = UiStrings.For(request.Language).SomethingWentWrong, Ephemeral = true }, Card: null);
        }

        var data = Render(reply, request.Language);
        return new WebhookMessage { Embeds = data.Embeds, Components = data.Components, Files = data.Files };
    }

    private static InteractionCallbackData Render(Answer answer, UiLanguage language)
    {
        var strings = UiStrings.For(language);
        return DiscordReplyRenderer.Render(answer.Reply, strings.TopicsTitle, strings.AskedBy, answer.Card);
    }

    private static InteractionAnswer Friendly(UiLanguage language) => InteractionAnswer.Now(InteractionResponse.Message(new InteractionCallbackData
    {
        Content = UiStrings.For(language).SomethingWentWrong,
        Flags = MessageFlags.Ephemeral,
    }));

    /// <summary>The core's reply and, when it asks for a card that could be drawn, the card's file.</summary>
    private sealed record Answer(Reply Reply, Rest.RestFile? Card);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Discord interaction {Command} failed; the user was told")]
    private partial void LogFailed(Exception exception, string command);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Reply to {Command} is slow: deferred, the original response will be edited")]
    private partial void LogDeferred(string command);
}
