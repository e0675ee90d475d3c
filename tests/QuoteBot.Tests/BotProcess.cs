using System.Diagnostics;
using System.Reflection;
using System.Text;

namespace QuoteBot.Testing;

/// <summary>
/// Runs the built bot as a real process, the way a user does: arguments, environment, standard input. By default the
/// framework-dependent build next to the tests (<c>dotnet QuoteBot.dll</c>); with <see cref="BotVariable"/> set to the
/// path of an executable (a Native AOT publish, say), that executable instead, so the same tests check any build.
/// Every test that starts the bot carries <c>[Trait("Category", BotProcess.Category)]</c>, so CI can run exactly
/// those again against the native executable; a test without it fails here rather than go missing from that run.
/// </summary>
internal static class BotProcess
{
    /// <summary>Environment variable naming the bot executable to run instead of <c>dotnet QuoteBot.dll</c>.</summary>
    public const string BotVariable = "QUOTEBOT_TEST_BOT";

    /// <summary>The value of the <c>Category</c> trait on every test that starts the bot (<c>--filter Category=Process</c>).</summary>
    public const string Category = "Process";

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
        RequireProcessTrait();
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

    /// <summary>
    /// Fails the calling test unless it (or its class) is in the process category. The test method is found on the
    /// stack: the bot is always started from the test's own body or a helper it calls before its first await.
    /// </summary>
    private static void RequireProcessTrait()
    {
        var test = new StackTrace().GetFrames().Select(f => TestMethod(f.GetMethod())).FirstOrDefault(m => m is not null)
            ?? throw new InvalidOperationException("BotProcess started the bot from no test method on the stack: start it from the test's own body.");
        if (!InProcessCategory(test) && !InProcessCategory(test.DeclaringType!))
        {
            throw new InvalidOperationException(
                $"{test.DeclaringType!.Name}.{test.Name} starts the bot: mark it (or its class) [Trait(\"Category\", BotProcess.Category)] so CI runs it against the native executable too.");
        }
    }

    /// <summary>The [Fact]/[Theory] method behind a frame, also when the frame is its async state machine.</summary>
    private static MethodInfo? TestMethod(MethodBase? frame)
    {
        if (frame?.DeclaringType is not { } type)
        {
            return null;
        }

        if (type.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)) && type.DeclaringType is { } owner
            && type.Name.StartsWith('<') && type.Name.IndexOf('>', StringComparison.Ordinal) is > 1 and var end)
        {
            var name = type.Name[1..end];
            return owner.GetMethods(BindingFlags.Instance | BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .FirstOrDefault(m => m.Name == name && m.IsDefined(typeof(FactAttribute), inherit: true));
        }

        return frame is MethodInfo method && method.IsDefined(typeof(FactAttribute), inherit: true) ? method : null;
    }

    // xunit 2's TraitAttribute keeps its arguments only in the metadata.
    private static bool InProcessCategory(MemberInfo member) =>
        member.GetCustomAttributesData().Any(a => a.AttributeType == typeof(TraitAttribute)
            && a.ConstructorArguments is [{ Value: "Category" }, { Value: Category }]);

    /// <summary>Asks the process to stop the way a container runtime or systemd does.</summary>
    public static void SendSigterm(Process process)
    {
        using var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
