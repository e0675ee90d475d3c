using Microsoft.Extensions.Configuration;
using QuoteBot.Core.Hosting;

namespace QuoteBot.Cli;

/// <summary>
/// The command line: <c>run</c> (the default), <c>corpus import</c>, <c>corpus validate</c>, <c>card</c>, <c>health</c>, <c>--help</c>.
/// Arguments starting with <c>--Bot:</c> (or any other settings key) go to the bot's configuration.
/// </summary>
public static class Verbs
{
    public const string Usage = """
        QuoteBot — the highlights (金句) of talks, each with the question it answers, on Discord, Telegram or the console.

        Usage: QuoteBot [verb] [options] [--Section:Key=value ...]

        Verbs:
          run                     Run the bot (the default). Platforms start when their tokens are set;
                                  with none, the console platform reads commands from standard input.
          corpus import [corpus-dir] [-o quotes.json]
                                  Build the corpus from every source in the folder (default: corpus).
          corpus validate [quotes.json]
                                  Check a corpus file the way the bot does at start.
          card <id> [-o file.png] [--theme light|dark] [--size 4:5|1:1] [--lang en|zh]
                                  Draw the quote as a PNG card (default: card-<id>.png here).
          commands register       Compare the Discord slash commands with Discord's and overwrite them if they differ.
          digest preview [platform chat]
                                  Show the next daily post (for a chat, or the default) and when it goes out.
          health [url]            Ask a running bot's /healthz (default: the first Bot:Http:Urls address);
                                  exit code 0 when it answers, 1 otherwise. Used by the container's HEALTHCHECK.
          help, --help, -h        This text.

        Any setting can be given on the command line (--Bot:DefaultLanguage=zh) or in the environment
        (Bot__DefaultLanguage=zh); see README.md for the list.
        """;

    /// <summary>Runs a verb other than <c>run</c>; returns null when the bot itself should run with <paramref name="hostArgs"/>.</summary>
    public static int? TryRun(string[] args, TextWriter stdout, TextWriter stderr, out string[] hostArgs)
    {
        hostArgs = args;
        if (args.Length == 0)
        {
            return null;
        }

        switch (args[0])
        {
            case "run":
                hostArgs = args[1..];
                return null;
            case "help" or "--help" or "-h" or "-?":
                stdout.WriteLine(Usage);
                return ExitCodes.Success;
            case "corpus":
                return CorpusCli.Run(args, stdout, stderr);
            case "card":
                return CardCli.Run(args, stdout, stderr);
            case "health":
                return HealthProbe.Run(args.Length > 1 ? args[1] : null, stdout, stderr);
            case "commands" when args.Length > 1 && args[1] == "register":
                return HostVerbs.RegisterCommandsAsync(args[2..], stdout, stderr).GetAwaiter().GetResult();
            case "digest" when args.Length > 1 && args[1] == "preview":
                var (platform, chat) = args.Length > 3 && !args[2].StartsWith('-') ? (args[2], args[3]) : (null, null);
                return HostVerbs.PreviewDigestAsync(platform, chat, args[(platform is null ? 2 : 4)..], stdout).GetAwaiter().GetResult();
            case var first when first.StartsWith('-') || first.Contains('=', StringComparison.Ordinal):
                return null; // settings for the bot, e.g. --Bot:DefaultLanguage=zh
            default:
                stderr.WriteLine($"Unknown verb '{args[0]}'.");
                stderr.WriteLine(Usage);
                return ExitCodes.BadConfiguration;
        }
    }
}

/// <summary>The <c>health</c> verb: one GET of <c>/healthz</c>, for container health checks without curl in the image.</summary>
internal static class HealthProbe
{
    public static int Run(string? url, TextWriter stdout, TextWriter stderr)
    {
        url ??= DefaultUrl();
        try
        {
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
            using var response = http.GetAsync(new Uri(new Uri(url), "/healthz")).GetAwaiter().GetResult();
            stdout.WriteLine($"{url}/healthz: {(int)response.StatusCode}");
            return response.IsSuccessStatusCode ? ExitCodes.Success : ExitCodes.VerbFailed;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            stderr.WriteLine($"{url}/healthz: {ex.Message}");
            return ExitCodes.VerbFailed;
        }
    }

    /// <summary>The first listen address, with a wildcard host turned into loopback.</summary>
    private static string DefaultUrl()
    {
        var configuration = new ConfigurationBuilder()
            .SetBasePath(AppContext.BaseDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
        var first = (configuration["Bot:Http:Urls"] ?? "http://127.0.0.1:8080").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[0];
        var uri = new UriBuilder(first.Replace("://+", "://127.0.0.1", StringComparison.Ordinal).Replace("://*", "://127.0.0.1", StringComparison.Ordinal));
        if (uri.Host is "0.0.0.0" or "[::]" or "::")
        {
            uri.Host = "127.0.0.1";
        }

        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
