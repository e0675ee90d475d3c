using System.Diagnostics;
using System.Text;

namespace QuoteBot.Testing;

/// <summary>
/// Runs the built bot as a real process, the way a user does: arguments, environment, standard input. By default the
/// framework-dependent build next to the tests (<c>dotnet QuoteBot.dll</c>); with <see cref="BotVariable"/> set to the
/// path of an executable (a Native AOT publish, say), that executable instead, so the same tests check any build.
/// </summary>
internal static class BotProcess
{
    /// <summary>Environment variable naming the bot executable to run instead of <c>dotnet QuoteBot.dll</c>.</summary>
    public const string BotVariable = "QUOTEBOT_TEST_BOT";

    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Task<Result> RunAsync(string stdin, IReadOnlyDictionary<string, string>? environment = null, params string[] args) =>
        RunInAsync(Path.GetTempPath(), stdin, environment, args);

    /// <summary>Runs the bot to its exit in <paramref name="workingDirectory"/> (a test's own folder, for what it writes there).</summary>
    public static async Task<Result> RunInAsync(string workingDirectory, string stdin, IReadOnlyDictionary<string, string>? environment = null, params string[] args)
    {
        using var process = StartIn(workingDirectory, environment, args);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the bot with redirected streams; the caller reads them and waits for the exit.</summary>
    public static Process Start(IReadOnlyDictionary<string, string>? environment = null, params string[] args) =>
        StartIn(Path.GetTempPath(), environment, args);

    private static Process StartIn(string workingDirectory, IReadOnlyDictionary<string, string>? environment, string[] args)
    {
        var executable = Environment.GetEnvironmentVariable(BotVariable);
        var start = new ProcessStartInfo(string.IsNullOrEmpty(executable) ? "dotnet" : Path.GetFullPath(executable))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            WorkingDirectory = workingDirectory,
        };
        if (string.IsNullOrEmpty(executable))
        {
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "QuoteBot.dll"));
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Asks the process to stop the way a container runtime or systemd does.</summary>
    public static void SendSigterm(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
