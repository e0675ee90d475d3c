namespace QuoteBot.Discord.Rest;

/// <summary>
/// One REST call: the route template (for rate-limit keys and logs, so tokens in paths are never logged),
/// the concrete path, and the top-level resource Discord counts separately.
/// </summary>
internal sealed class RestRoute
{
    private string? _routeKey;

    private RestRoute(HttpMethod method, string template, string path, string majorParameter, bool countsTowardGlobal)
    {
        Method = method;
        Template = template;
        Path = path;
        MajorParameter = majorParameter;
        CountsTowardGlobal = countsTowardGlobal;
    }

    public HttpMethod Method { get; }

    /// <summary>E.g. <c>channels/{channel}/messages</c>; safe to log.</summary>
    public string Template { get; }

    /// <summary>Relative path with the values filled in; may hold an interaction token, so never logged.</summary>
    public string Path { get; }

    /// <summary>Channel, guild, webhook or interaction the limit is counted for.</summary>
    public string MajorParameter { get; }

    /// <summary>Interaction routes are not bound by the bot's global limit.</summary>
    public bool CountsTowardGlobal { get; }

    /// <summary>Identifies the route before Discord has told us its bucket.</summary>
    /// <remarks>Made on first use: an interaction answer, which has no bucket, never needs it unless something is logged.</remarks>
    public string RouteKey => _routeKey ??= $"{Method.Method} {Template}";

    public override string ToString() => RouteKey;

    /// <summary>
    /// Builds a route from a template with <c>{name}</c> placeholders filled in order by <paramref name="values"/>.
    /// </summary>
    public static RestRoute Create(HttpMethod method, string template, params string[] values)
    {
        var path = template;
        var escaped = new string[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            escaped[i] = Uri.EscapeDataString(values[i]);
        }

        var index = 0;
        var start = path.IndexOf('{', StringComparison.Ordinal);
        while (start >= 0)
        {
            if (index == escaped.Length)
            {
                throw new ArgumentException($"Route {template} takes more values than {values.Length}.", nameof(values));
            }

            var end = path.IndexOf('}', start);
            path = string.Concat(path.AsSpan(0, start), escaped[index++], path.AsSpan(end + 1));
            start = path.IndexOf('{', start);
        }

        if (index != values.Length)
        {
            throw new ArgumentException($"Route {template} takes {index} values, not {values.Length}.", nameof(values));
        }

        var interaction = template.StartsWith("interactions/", StringComparison.Ordinal)
            || template.StartsWith("webhooks/", StringComparison.Ordinal);
        var slash = template.IndexOf('/', StringComparison.Ordinal);
        var major = (slash < 0 ? template : template[..slash]) switch
        {
            "channels" or "guilds" or "interactions" => escaped[0],
            // Webhook limits count per webhook id and token together.
            "webhooks" => $"{escaped[0]}/{escaped[1]}",
            _ => "",
        };
        return new RestRoute(method, template, path, major, countsTowardGlobal: !interaction);
    }
}
