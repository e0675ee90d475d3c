using System.Collections.Frozen;
using Microsoft.Extensions.Logging;
using QuoteBot.Core.Localization;
using QuoteBot.Core.Replies;
using QuoteBot.Core.Text;

namespace QuoteBot.Core.Commands;

/// <summary>Routes a request to its handler. Never throws: an unknown command or a failing handler becomes a friendly reply.</summary>
public sealed partial class CommandDispatcher
{
    private readonly FrozenDictionary<string, ICommandHandler> _handlers;
    private readonly ILogger<CommandDispatcher> _logger;

    public CommandDispatcher(IEnumerable<ICommandHandler> handlers, ILogger<CommandDispatcher> logger)
    {
        _logger = logger;
        var map = new Dictionary<string, ICommandHandler>(StringComparer.Ordinal);
        foreach (var handler in handlers)
        {
            foreach (var name in handler.Names)
            {
                if (!map.TryAdd(name, handler))
                {
                    throw new InvalidOperationException($"Two command handlers claim the name '{name}'.");
                }
            }
        }

        _handlers = map.ToFrozenDictionary(StringComparer.Ordinal);
        Commands = [.. handlers.Select(h => h.Names[0])];
    }

    /// <summary>The canonical command names, in registration order.</summary>
    public IReadOnlyList<string> Commands { get; }

    public bool Knows(string command) => _handlers.ContainsKey(command.ToLowerInvariant());

    public Reply Dispatch(CommandRequest request)
    {
        var name = request.Command.ToLowerInvariant();
        if (!_handlers.TryGetValue(name, out var handler))
        {
            return Unknown(request);
        }

        try
        {
            // Handlers see the canonical lower-case name; most requests already carry it and need no copy.
            return handler.Handle(string.Equals(name, request.Command, StringComparison.Ordinal) ? request : request with { Command = name });
        }
#pragma warning disable CA1031 // A command must always answer; the failure is logged with its exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogHandlerFailed(ex, name, request.Platform);
            return new Reply { Kind = ReplyKind.Error, Text = UiStrings.For(request.Language).SomethingWentWrong, Ephemeral = true };
        }
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
            .Select(k => "/" + _handlers[k.Name].Names[0])
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
            Items = CommandList.For(strings),
            Ephemeral = true,
        };
    }

    [LoggerMessage(EventId = 1001, Level = LogLevel.Error, Message = "Command {Command} from {Platform} failed")]
    private partial void LogHandlerFailed(Exception exception, string command, string platform);
}
