using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using QuoteBot.Core.Diagnostics;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands;

/// <summary>
/// Routes a request to its handler and decides what every platform shares: the command list (<c>/help</c>, an unknown
/// command), who sees an answer, and the command metrics. Never throws: an unknown command or a failing handler
/// becomes a friendly reply.
/// </summary>
public sealed partial class CommandDispatcher
{
    private const string UnknownLabel = "unknown";

    private readonly FrozenDictionary<string, ICommandHandler> _handlers;
    private readonly FrozenDictionary<UiLanguage, IReadOnlyList<ReplyItem>> _helpItems;
    private readonly BotMetrics _metrics;
    private readonly TimeProvider _time;
    private readonly ILogger<CommandDispatcher> _logger;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers, BotMetrics metrics, TimeProvider time, ILogger<CommandDispatcher> logger)
    {
        (_metrics, _time, _logger) = (metrics, time, logger);
        var all = handlers.ToList();
        var map = new Dictionary<string, ICommandHandler>(StringComparer.Ordinal);
        foreach (var handler in all)
        {
            CommandDescriptorRules.Check(handler.Descriptor);
            foreach (var name in handler.Descriptor.Names)
            {
                if (!map.TryAdd(name, handler))
                {
                    throw new InvalidOperationException($"Two command handlers claim the name '{name}'.");
                }
            }
        }

        _handlers = map.ToFrozenDictionary(StringComparer.Ordinal);
        Descriptors = [.. all.Select(h => h.Descriptor)];
        Commands = [.. Descriptors.Select(d => d.Name)];
        _helpItems = Enum.GetValues<UiLanguage>().ToFrozenDictionary(
            language => language,
            language => (IReadOnlyList<ReplyItem>)[.. Descriptors.Select(d => new ReplyItem(d.Usage(language), d.Help.For(language)))]);
    }

    /// <summary>Every command, in registration order: what platforms list (slash commands, command menus, help).</summary>
    public IReadOnlyList<CommandDescriptor> Descriptors { get; }

    /// <summary>The canonical command names, in registration order.</summary>
    public IReadOnlyList<string> Commands { get; }

    public bool Knows(string command) => _handlers.ContainsKey(command.ToLowerInvariant());

    /// <summary>The command list of <c>/help</c> in <paramref name="language"/>.</summary>
    public IReadOnlyList<ReplyItem> HelpItems(UiLanguage language) => _helpItems[language];

    /// <summary>
    /// Whether the answer to <paramref name="request"/> goes only to the one who asked, known before the answer is
    /// made: a platform that must say so up front (Discord's deferral) asks here.
    /// </summary>
    public bool AnswersPrivately(CommandRequest request) =>
        request.Origin == RequestOrigin.Button
        && _handlers.TryGetValue(request.Command.ToLowerInvariant(), out var handler)
        && handler.Descriptor.PrivateWhenPressed;

    public Reply Dispatch(CommandRequest request)
    {
        var started = _time.GetTimestamp();
        var name = request.Command.ToLowerInvariant();
        Reply reply;
        string label;
        if (_handlers.TryGetValue(name, out var handler))
        {
            // Only canonical names become metric labels: what users type must not grow the series without bound.
            label = handler.Descriptor.Name;
            reply = Run(handler, request, name);
        }
        else
        {
            label = UnknownLabel;
            reply = Unknown(request);
        }

        _metrics.CommandServed(label, request.Platform, _time.GetElapsedTime(started));
        return reply;
    }

    private Reply Run(ICommandHandler handler, CommandRequest request, string name)
    {
        Reply reply;
        try
        {
            // Handlers see the canonical lower-case name; most requests already carry it and need no copy.
            reply = handler.Handle(string.Equals(name, request.Command, StringComparison.Ordinal) ? request : request with { Command = name });
        }
#pragma warning disable CA1031 // A command must always answer; the failure is logged with its exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogHandlerFailed(ex, name, request.Platform);
            return new Reply { Kind = ReplyKind.Error, Text = UiStrings.For(request.Language).SomethingWentWrong, Ephemeral = true };
        }

        if (reply.Kind == ReplyKind.Help)
        {
            reply = reply with { Items = [.. HelpItems(request.Language), .. reply.Items] };
        }

        if (!reply.Ephemeral && request.Origin == RequestOrigin.Button && handler.Descriptor.PrivateWhenPressed)
        {
            reply = reply with { Ephemeral = true };
        }

        return reply;
    }

    private Reply Unknown(CommandRequest request)
    {
        var strings = UiStrings.For(request.Language);
        var typed = TextNormalizer.Sanitize(request.Command, ReplyLimits.Echo);
        var folded = TextNormalizer.Fold(request.Command);
        var near = _handlers.Keys
            .Select(k => (Name: k, Distance: EditDistance.Compute(folded, k, 2)))
            .Where(k => k.Distance <= 2)
            .OrderBy(k => k.Distance)
            .Select(k => "/" + _handlers[k.Name].Descriptor.Name)
            .Distinct()
            .Take(3)
            .ToList();
        var text = strings.UnknownCommand("/" + typed);
        if (near.Count > 0)
        {
            text += $" {strings.DidYouMean}: {string.Join(", ", near)}?";
        }

        return new Reply
        {
            Kind = ReplyKind.Notice,
            Text = text,
            Items = HelpItems(request.Language),
            Ephemeral = true,
        };
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Command {Command} from {Platform} failed")]
    private partial void LogHandlerFailed(Exception exception, string command, string platform);
}
