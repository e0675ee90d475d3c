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
using QuoteBot.Discord.Rest;

namespace QuoteBot.Discord.Commands;

/// <summary>
/// Answers slash commands, autocomplete and button clicks, always inside Discord's 3 seconds: a reply ready within
/// <see cref="DiscordCommandOptions.DeferAfter"/> is sent directly (type 4); otherwise the bot defers (type 5) and
/// edits the original response when the reply is ready. Anything that goes wrong becomes a friendly ephemeral message.
/// Both receiving modes (gateway and HTTP endpoint) come through here, so they give the same replies.
/// </summary>
public sealed partial class DiscordCommandHandler(
    CommandDispatcher dispatcher,
    Autocompleter autocompleter,
    DailyCommand daily,
    QuoteLibrary library,
    IDiscordRestClient rest,
    InteractionCallbacks callbacks,
    IOptions<DiscordCommandOptions> options,
    IOptions<CoreOptions> core,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<DiscordCommandHandler> logger) : IDiscordInteractionHandler
{
    /// <summary>A deferred reply must be edited in within the interaction token's 15 minutes.</summary>
    private static readonly TimeSpan TokenLife = TimeSpan.FromMinutes(14);

    private readonly DateTimeOffset? _eventDate = DiscordReplyRenderer.ParseDate(library.Corpus.Source.EventDate);
    private readonly InFlightTasks _pending = new();

    /// <summary>Replies that were deferred and are still being worked on (shutdown waits for them).</summary>
    public InFlightTasks Pending => _pending;

    public async ValueTask<InteractionResponse> HandleAsync(Interaction interaction, CancellationToken cancellationToken)
    {
        var language = InteractionRequests.Language(interaction, core.Value.Language);
        try
        {
            switch (interaction.Type)
            {
                case InteractionType.ApplicationCommandAutocomplete:
                    return InteractionResponse.Autocomplete(autocompleter.Suggest(interaction, language));
                case InteractionType.ApplicationCommand when interaction.Data?.Name == DiscordCommandSet.Daily:
                    // Admin settings: quick store calls, answered directly and only to the admin.
                    var started = time.GetTimestamp();
                    var answer = await daily.HandleAsync(interaction, language, cancellationToken);
                    metrics.CommandServed(DiscordCommandSet.Daily, InteractionRequests.Platform, time.GetElapsedTime(started));
                    return answer;
                case InteractionType.ApplicationCommand:
                    return await RespondAsync(interaction, InteractionRequests.FromCommand(interaction, core.Value.Language), forceEphemeral: false, cancellationToken);
                case InteractionType.MessageComponent when InteractionRequests.FromButton(interaction, core.Value.Language) is { } request:
                    // Context is for the one who asked; another quote or the same topic is for the channel.
                    return await RespondAsync(interaction, request, forceEphemeral: request.Command == "context", cancellationToken);
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

    private async Task<InteractionResponse> RespondAsync(Interaction interaction, CommandRequest request, bool forceEphemeral, CancellationToken cancellationToken)
    {
        var started = time.GetTimestamp();
        var work = Task.Run(() => dispatcher.Dispatch(request), CancellationToken.None);
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var deadline = Task.Delay(options.Value.DeferAfter, time, budget.Token);
        if (await Task.WhenAny(work, deadline) == work)
        {
            await budget.CancelAsync();
            var reply = await work;
            metrics.CommandServed(MetricName(request.Command), InteractionRequests.Platform, time.GetElapsedTime(started));
            return InteractionResponse.Message(Render(reply, request.Language, forceEphemeral));
        }

        LogDeferred(request.Command);
        var deferralDelivered = callbacks.DeliveredAsync(interaction.Id);
        _pending.Track(FinishLaterAsync(interaction, request, work, deferralDelivered, forceEphemeral, started));
        return InteractionResponse.DeferredMessage(forceEphemeral);
    }

    private async Task FinishLaterAsync(Interaction interaction, CommandRequest request, Task<Reply> work, Task<bool> deferralDelivered, bool forceEphemeral, long started)
    {
        Reply reply;
        try
        {
            reply = await work.WaitAsync(TokenLife, time);
        }
#pragma warning disable CA1031 // Too slow or failed: the deferred "thinking…" is replaced by an apology.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(ex, request.Command);
            reply = new Reply { Kind = ReplyKind.Error, Text = UiStrings.For(request.Language).SomethingWentWrong, Ephemeral = true };
        }

        if (!await WasDeliveredAsync(deferralDelivered))
        {
            // Discord never saw the "thinking…": there is nothing to edit, and every edit would be refused.
            LogDeferralLost(request.Command);
            return;
        }

        var data = Render(reply, request.Language, forceEphemeral);
        try
        {
            await rest.EditOriginalResponseAsync(interaction.Token, new WebhookMessage { Embeds = data.Embeds, Components = data.Components }, interaction.ReceivedAt, CancellationToken.None);
            metrics.CommandServed(MetricName(request.Command), InteractionRequests.Platform, time.GetElapsedTime(started));
        }
        catch (Exception ex) when (ex is DiscordApiException or HttpRequestException or TimeoutException)
        {
            LogEditFailed(ex, request.Command);
        }
    }

    private async Task<bool> WasDeliveredAsync(Task<bool> delivered)
    {
        try
        {
            return await delivered.WaitAsync(InteractionWindows.Token, time);
        }
        catch (TimeoutException)
        {
            // Nobody reported the answer's fate: the token has expired by now anyway.
            return false;
        }
    }

    private InteractionCallbackData Render(Reply reply, UiLanguage language, bool forceEphemeral)
    {
        var strings = UiStrings.For(language);
        return DiscordReplyRenderer.Render(forceEphemeral ? reply with { Ephemeral = true } : reply, strings.TopicsTitle, strings.AskedBy, _eventDate);
    }

    private static InteractionResponse Friendly(UiLanguage language) => InteractionResponse.Message(new InteractionCallbackData
    {
        Content = UiStrings.For(language).SomethingWentWrong,
        Flags = MessageFlags.Ephemeral,
    });

    /// <summary>Only the commands we know become metric labels: what users send must not grow the series without bound.</summary>
    private string MetricName(string command) => dispatcher.Knows(command) ? command : "unknown";

    [LoggerMessage(EventId = 5101, Level = LogLevel.Error, Message = "Discord interaction {Command} failed; the user was told")]
    private partial void LogFailed(Exception exception, string command);

    [LoggerMessage(EventId = 5102, Level = LogLevel.Information, Message = "Reply to {Command} is slow: deferred, the original response will be edited")]
    private partial void LogDeferred(string command);

    [LoggerMessage(EventId = 5104, Level = LogLevel.Information, Message = "The deferral of {Command} never reached Discord: the reply is dropped, not edited in")]
    private partial void LogDeferralLost(string command);

    [LoggerMessage(EventId = 5103, Level = LogLevel.Warning, Message = "Editing the deferred reply to {Command} failed")]
    private partial void LogEditFailed(Exception exception, string command);
}
