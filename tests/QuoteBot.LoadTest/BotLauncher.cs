using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace QuoteBot.LoadTest;

/// <summary>Starts the real bot as a child process with the environment of a run, and keeps the tail of its output for errors.</summary>
public sealed class BotLauncher : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _tail = new();
    private readonly string _dataDirectory;
    private readonly TaskCompletionSource<long> _readyLine = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private BotLauncher(Process process, string dataDirectory, string? healthUrl, long startTimestamp)
    {
        _process = process;
        _dataDirectory = dataDirectory;
        HealthUrl = healthUrl;
        StartTimestamp = startTimestamp;
        Probe = new ProcessProbe(process.Id, DateTime.UtcNow - Stopwatch.GetElapsedTime(startTimestamp));
    }

    /// <summary>Base URL of the bot's health endpoints; null for a peer, which has none.</summary>
    public string? HealthUrl { get; }

    /// <summary><see cref="Stopwatch"/> timestamp taken just before the process was started.</summary>
    public long StartTimestamp { get; }

    public ProcessProbe Probe { get; }

    public bool HasExited => _process.HasExited;

    /// <summary>The last lines the bot wrote (it logs at Warning, so these are problems).</summary>
    public string Tail
    {
        get
        {
            lock (_tail)
            {
                return string.Join('\n', _tail);
            }
        }
    }

    /// <summary>
    /// QuoteBot.dll of the same configuration as this tool, in <c>src/QuoteBot/bin/&lt;configuration&gt;/net10.0</c>
    /// of the repository it was built in; building this tool builds it there.
    /// </summary>
    public static string DefaultBotPath()
    {
#if DEBUG
        const string Configuration = "Debug";
#else
        const string Configuration = "Release";
#endif
        return Path.Combine(RepositoryRoot.Find(), "src", "QuoteBot", "bin", Configuration, "net10.0", "QuoteBot.dll");
    }

    /// <summary>
    /// Starts a Node peer (<c>node bot.js</c> in its folder) with <paramref name="environment"/> only added to the
    /// tool's: it is ready when it prints <see cref="Peers.NodePeer.ReadyLine"/>, as it has no <c>/readyz</c>.
    /// </summary>
    public static BotLauncher StartPeer(Peers.NodePeer peer, IReadOnlyDictionary<string, string> environment)
    {
        var dataDirectory = Directory.CreateTempSubdirectory("quotebot-load-").FullName;
        var start = Redirected("node", peer.Directory);
        start.ArgumentList.Add(peer.Script);
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Launch(start, dataDirectory, healthUrl: null);
    }

    public static BotLauncher Start(string botPath, IReadOnlyDictionary<string, string> environment)
    {
        if (!File.Exists(botPath))
        {
            throw new FileNotFoundException($"The bot is not at {botPath}: build it first (dotnet build -c Release src/QuoteBot) or pass --bot", botPath);
        }

        var dataDirectory = Directory.CreateTempSubdirectory("quotebot-load-").FullName;
        var healthUrl = $"http://127.0.0.1:{FreePort()}";
        var managed = botPath.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = Redirected(managed ? "dotnet" : botPath, dataDirectory);
        if (managed)
        {
            start.ArgumentList.Add(botPath);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Bot__Http__Urls"] = healthUrl;
        start.Environment["Bot__Health__Enabled"] = "true";
        start.Environment["Bot__Console__Mode"] = "off";
        start.Environment["Bot__Storage__DataDirectory"] = dataDirectory;
        // Console logging per command must not be what is measured: warnings and errors only.
        start.Environment["Serilog__MinimumLevel__Default"] = "Warning";
        start.Environment["Serilog__MinimumLevel__Override__Microsoft.Hosting.Lifetime"] = "Warning";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        return Launch(start, dataDirectory, healthUrl);
    }

    private static ProcessStartInfo Redirected(string fileName, string workingDirectory) => new(fileName)
    {
        RedirectStandardInput = true,
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        StandardOutputEncoding = Encoding.UTF8,
        StandardErrorEncoding = Encoding.UTF8,
        WorkingDirectory = workingDirectory,
    };

    private static BotLauncher Launch(ProcessStartInfo start, string dataDirectory, string? healthUrl)
    {
        var startTimestamp = Stopwatch.GetTimestamp();
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {start.FileName}");
        var launcher = new BotLauncher(process, dataDirectory, healthUrl, startTimestamp);
        process.OutputDataReceived += (_, e) => launcher.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => launcher.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return launcher;
    }

    /// <summary>
    /// Polls <c>/readyz</c> until it answers 200 (a peer: waits for its ready line) and returns the time since the
    /// process was started.
    /// </summary>
    public async Task<TimeSpan> WaitReadyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (HealthUrl is null)
        {
            return await WaitReadyLineAsync(timeout, cancellationToken);
        }

        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = Stopwatch.GetTimestamp() + (long)(timeout.TotalSeconds * Stopwatch.Frequency);
        while (Stopwatch.GetTimestamp() < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} before it was ready:\n{Tail}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri(HealthUrl + "/readyz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return Stopwatch.GetElapsedTime(StartTimestamp);
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // One slow answer on a busy machine: ask again.
            }

            await Task.Delay(5, cancellationToken);
        }

        throw new TimeoutException($"the bot was not ready within {timeout.TotalSeconds:0} s:\n{Tail}");
    }

    private async Task<TimeSpan> WaitReadyLineAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        var exited = _process.WaitForExitAsync(cancellationToken);
        var first = await Task.WhenAny(_readyLine.Task, exited, Task.Delay(timeout, cancellationToken));
        if (first == _readyLine.Task)
        {
            return Stopwatch.GetElapsedTime(StartTimestamp, await _readyLine.Task);
        }

        cancellationToken.ThrowIfCancellationRequested();
        throw first == exited
            ? new InvalidOperationException($"the bot exited with code {_process.ExitCode} before it was ready:\n{Tail}")
            : new TimeoutException($"the bot did not print '{Peers.NodePeer.ReadyLine}' within {timeout.TotalSeconds:0} s:\n{Tail}");
    }

    /// <summary>Stops the bot with SIGTERM (as a container runtime does), then kills it if it does not exit.</summary>
    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
        try
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is harmless.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        if (line == Peers.NodePeer.ReadyLine)
        {
            _readyLine.TrySetResult(Stopwatch.GetTimestamp());
        }

        lock (_tail)
        {
            _tail.Enqueue(line);
            while (_tail.Count > 40)
            {
                _tail.Dequeue();
            }
        }
    }
}
