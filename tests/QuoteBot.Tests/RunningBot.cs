using System.Diagnostics;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace QuoteBot.Testing;

/// <summary>
/// The built bot running as a process (<see cref="BotProcess"/>) for as long as a test talks to it: its output is
/// collected as it comes, its HTTP address is read from its own log line ("HTTP endpoints on …"), and it is stopped
/// with SIGTERM, as a container runtime stops it. Every wait ends on a positive signal, with a real-time guard that
/// only fires when the bot is broken.
/// </summary>
internal sealed partial class RunningBot : IAsyncDisposable
{
    /// <summary>How long any wait may take before the test fails: far more than a healthy bot ever needs.</summary>
    public static readonly TimeSpan Guard = WaitUntil.Guard;

    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private readonly Task _readingStdout;
    private readonly Task _readingStderr;
    private readonly TaskCompletionSource<Uri> _address = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(10) };

    private RunningBot(Process process)
    {
        _process = process;
        _readingStdout = CollectAsync(process.StandardOutput, _stdout);
        _readingStderr = CollectAsync(process.StandardError, _stderr);
    }

    /// <summary>What the bot wrote to standard output so far (replies, on the console).</summary>
    public string Stdout
    {
        get { lock (_stdout) { return _stdout.ToString(); } }
    }

    /// <summary>What the bot wrote to standard error so far (its logs).</summary>
    public string Stderr
    {
        get { lock (_stderr) { return _stderr.ToString(); } }
    }

    /// <summary>Standard input, left open: the console platform stops at its end, which a SIGTERM test must not reach.</summary>
    public StreamWriter Stdin => _process.StandardInput;

    /// <summary>Starts the bot with <paramref name="environment"/>; the caller says what else it needs (a fake, a port).</summary>
    public static RunningBot Start(IReadOnlyDictionary<string, string> environment) => new(BotProcess.Start(environment));

    /// <summary>The base address of the bot's HTTP endpoints, as its log line names it once Kestrel has bound.</summary>
    public Task<Uri> AddressAsync() => Guarded(_address.Task, "the log line naming the HTTP endpoints");

    /// <summary>GET <paramref name="path"/> on the bot's HTTP endpoints.</summary>
    public async Task<(HttpStatusCode Status, string Body)> GetAsync(string path)
    {
        using var response = await _http.GetAsync(new Uri(await AddressAsync(), path));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Sends <paramref name="request"/> (built against <see cref="AddressAsync"/>) and returns the status and body.</summary>
    public async Task<(HttpStatusCode Status, string Body)> SendAsync(HttpRequestMessage request)
    {
        using var response = await _http.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Waits until <c>/readyz</c> answers 200 and returns its body (each part and its state).</summary>
    public Task<string> ReadyAsync() => UntilAsync(async () =>
    {
        var (status, body) = await GetAsync("/readyz");
        return status == HttpStatusCode.OK ? body : null;
    }, "/readyz to answer 200");

    /// <summary>Waits (<see cref="WaitUntil"/>) until <paramref name="probe"/> returns a value; fails at once if the bot exits meanwhile.</summary>
    public async Task<T> UntilAsync<T>(Func<Task<T?>> probe, string what)
        where T : class
    {
        T? found = null;
        await WaitUntil.TrueAsync(
            async () =>
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"the bot exited with code {_process.ExitCode} while waiting for {what}:\n{Stderr}");
                }

                found = await probe();
                return found is not null;
            },
            () => $"{what}:\n{Stderr}");
        return found!;
    }

    /// <summary>Waits until standard output contains <paramref name="text"/> and returns the output.</summary>
    public Task<string> StdoutContainsAsync(string text) => ContainsAsync(() => Stdout, text, "standard output");

    /// <summary>Waits until the log (standard error) contains <paramref name="text"/> and returns it.</summary>
    public Task<string> StderrContainsAsync(string text) => ContainsAsync(() => Stderr, text, "standard error");

    /// <summary>Sends SIGTERM and returns the exit code once the bot has stopped and its output is read.</summary>
    public async Task<int> StopAsync()
    {
        BotProcess.SendSigterm(_process);
        return await ExitCodeAsync();
    }

    /// <summary>The exit code, once the bot has exited by itself.</summary>
    public async Task<int> ExitCodeAsync()
    {
        await Guarded(_process.WaitForExitAsync(), "the bot to exit");
        await Task.WhenAll(_readingStdout, _readingStderr);
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }

    private Task<string> ContainsAsync(Func<string> output, string text, string where) =>
        UntilAsync(() => Task.FromResult(output() is var now && now.Contains(text, StringComparison.Ordinal) ? now : null), $"'{text}' on {where}");

    private async Task CollectAsync(StreamReader reader, StringBuilder into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into)
            {
                into.AppendLine(line);
            }

            if (EndpointsLine().Match(line) is { Success: true } match)
            {
                _address.TrySetResult(new Uri(match.Groups["url"].Value));
            }
        }

        _address.TrySetException(new InvalidOperationException($"the bot ended its output without opening HTTP endpoints:\n{Stderr}"));
    }

    private async Task<T> Guarded<T>(Task<T> task, string what)
    {
        await Guarded((Task)task, what);
        return await task;
    }

    private async Task Guarded(Task task, string what)
    {
        try
        {
            await task.WaitAsync(Guard);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"no {what} within {Guard.TotalSeconds} s:\n{Stderr}");
        }
    }

    [GeneratedRegex(@"HTTP endpoints on (?<url>https?://[^\s,]+:\d+)")]
    private static partial Regex EndpointsLine();
}
