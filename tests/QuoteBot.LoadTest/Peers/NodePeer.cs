using System.Diagnostics;
using QuoteBot.LoadTest.Drivers;

namespace QuoteBot.LoadTest.Peers;

/// <summary>
/// A Node bot of <c>tests/peers/</c> run in place of ours against the same fakes and drivers (<c>--peer</c>): the
/// grammY bot for Telegram, the @discordjs/ws + @discordjs/rest bot for Discord. It prints <c>ready</c> on standard
/// output when it is (grammY: polling started; Discord: READY received), which stands for our <c>/readyz</c>.
/// </summary>
public sealed record NodePeer(string Name, Platforms Platform)
{
    public static readonly NodePeer Grammy = new("grammy", Platforms.Telegram);

    public static readonly NodePeer DiscordJs = new("discordjs", Platforms.Discord);

    /// <summary>The line a peer prints once it is ready.</summary>
    public const string ReadyLine = "ready";

    public static NodePeer Parse(string name) =>
        new[] { Grammy, DiscordJs }.FirstOrDefault(p => p.Name.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ArgumentException($"--peer takes grammy or discordjs, not '{name}'");

    /// <summary><c>tests/peers/&lt;name&gt;</c> of the repository the tool was built in.</summary>
    public string Directory => Path.Combine(RepositoryRoot.Find(), "tests", "peers", Name);

    public string Script => Path.Combine(Directory, "bot.js");

    /// <summary>The environment the peer reads (its token and where the fakes are), given the fakes' base address.</summary>
    public IReadOnlyDictionary<string, string> Environment(Uri baseUri) => Platform == Platforms.Telegram
        ? new Dictionary<string, string>
        {
            ["TELEGRAM_TOKEN"] = TelegramDriver.Token,
            ["TELEGRAM_API_ROOT"] = baseUri.ToString().TrimEnd('/'),
        }
        : new Dictionary<string, string>
        {
            ["DISCORD_TOKEN"] = DiscordDriver.Token,
            // @discordjs/rest appends /v10 itself.
            ["DISCORD_API"] = new Uri(baseUri, "/api").ToString(),
        };

    /// <summary>Runs <c>npm ci</c> (the committed lockfile) when the peer's <c>node_modules</c> is missing.</summary>
    public async Task EnsureInstalledAsync(TextWriter progress, CancellationToken cancellationToken)
    {
        if (System.IO.Directory.Exists(Path.Combine(Directory, "node_modules")))
        {
            return;
        }

        progress.WriteLine($"{Name}: node_modules missing, running npm ci in {Directory}");
        var start = new ProcessStartInfo("npm", ["ci", "--no-audit", "--no-fund"]) { WorkingDirectory = Directory };
        using var npm = Process.Start(start) ?? throw new InvalidOperationException("could not start npm: is Node installed?");
        await npm.WaitForExitAsync(cancellationToken);
        if (npm.ExitCode != 0)
        {
            throw new InvalidOperationException($"npm ci failed in {Directory} (exit code {npm.ExitCode}): run it there by hand to see why");
        }
    }

    /// <summary>How the report names the peer: the script, Node's version and the pinned packages.</summary>
    public string Describe()
    {
        var packages = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(Directory, "package.json")))
            .RootElement.GetProperty("dependencies").EnumerateObject().Select(p => $"{p.Name} {p.Value.GetString()}");
        return $"node {NodeVersion()} {Script} ({string.Join(", ", packages)})";
    }

    private static string NodeVersion()
    {
        using var node = Process.Start(new ProcessStartInfo("node", ["--version"]) { RedirectStandardOutput = true });
        var version = node?.StandardOutput.ReadToEnd().Trim() ?? "?";
        node?.WaitForExit();
        return version;
    }
}
