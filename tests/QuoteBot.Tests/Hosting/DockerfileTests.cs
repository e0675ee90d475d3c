using System.Text.RegularExpressions;
using QuoteBot.Cli;
using QuoteBot.Hosting;
using QuoteBot.Testing;

namespace QuoteBot.Tests.Hosting;

/// <summary>No Docker engine runs here; these check what the image relies on.</summary>
public sealed partial class DockerfileTests
{
    private static readonly string Root = RepositoryRoot.Path;
    private static readonly string Dockerfile = File.ReadAllText(Path.Combine(Root, "Dockerfile"));
    private static readonly string[] Lines = [.. Dockerfile.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'))];

    [Fact]
    public void Builds_in_stages_and_runs_as_a_non_root_user()
    {
        Assert.Equal(2, Lines.Count(l => l.StartsWith("FROM ", StringComparison.Ordinal)));
        Assert.Contains(Lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build", StringComparison.Ordinal));
        var runtime = Array.FindLastIndex(Lines, l => l.StartsWith("FROM ", StringComparison.Ordinal));
        var user = Array.FindLastIndex(Lines, l => l.StartsWith("USER ", StringComparison.Ordinal));
        Assert.True(user > runtime, "USER must be set in the runtime stage");
        Assert.NotEqual("USER root", Lines[user]);
        Assert.NotEqual("USER 0", Lines[user]);
        Assert.Contains(Lines, l => l.StartsWith("VOLUME", StringComparison.Ordinal) && l.Contains("/app/data", StringComparison.Ordinal));
    }

    [Fact]
    public void The_image_carries_no_secret()
    {
        Assert.DoesNotMatch(SecretAssignment(), Dockerfile);
        Assert.DoesNotContain(Lines, l => l.StartsWith("COPY", StringComparison.Ordinal) && l.Contains(".env", StringComparison.Ordinal));
        var ignore = File.ReadAllText(Path.Combine(Root, ".dockerignore"));
        Assert.Contains(".env", ignore, StringComparison.Ordinal);
        var settings = File.ReadAllText(Path.Combine(Root, "appsettings.json"));
        Assert.Matches("\"Token\": \"\"", settings);
    }

    [Fact]
    public void The_healthcheck_calls_the_apps_own_probe_at_a_path_the_app_serves()
    {
        var healthcheck = Assert.Single(Lines, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Contains("\"health\"", healthcheck, StringComparison.Ordinal);
        Assert.Contains("http://127.0.0.1:8080", healthcheck, StringComparison.Ordinal);
        Assert.Contains(Lines, l => l.Contains("Bot__Http__Urls=http://0.0.0.0:8080", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.Contains("Bot__Health__Enabled=true", StringComparison.Ordinal));
        Assert.Contains("health [url]", Verbs.Usage, StringComparison.Ordinal);
        Assert.Equal("/healthz", HealthEndpoints.LivenessPath);
    }

    [Fact]
    public void The_image_runs_the_native_executable_and_probes_with_it()
    {
        var entry = Assert.Single(Lines, l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal));
        Assert.Equal("ENTRYPOINT [\"/app/QuoteBot\"]", entry);
        var healthcheck = Assert.Single(Lines, l => l.StartsWith("HEALTHCHECK", StringComparison.Ordinal));
        Assert.Contains("CMD [\"/app/QuoteBot\", \"health\"", healthcheck, StringComparison.Ordinal);
        Assert.Contains(Lines, l => l.StartsWith("RUN dotnet publish", StringComparison.Ordinal) && l.Contains("-r linux-x64 -p:PublishAot=true", StringComparison.Ordinal));
        Assert.Contains(Lines, l => l.StartsWith("FROM mcr.microsoft.com/dotnet/runtime-deps:", StringComparison.Ordinal));
    }

    /// <summary>
    /// Run against the native executable (<see cref="BotProcess.BotVariable"/>), the publish folder must hold exactly
    /// what the runtime stage copies, symbols and API docs aside: nothing the bot loads is left out of the image. Run against
    /// the JIT build, each copied file must be one its build produces (native libraries sit under runtimes/ there).
    /// </summary>
    [Fact]
    [Trait("Category", BotProcess.Category)]
    public void The_runtime_stage_copies_what_the_native_publish_produces()
    {
        var copy = Assert.Single(Lines, l => l.StartsWith("COPY --from=build /app/", StringComparison.Ordinal));
        var copied = copy.Split(' ')[2..^1].Select(source => source["/app/".Length..]).Order(StringComparer.Ordinal).ToArray();
        Assert.Contains("QuoteBot", copied);
        Assert.Contains("quotes.json", copied);
        Assert.Contains("appsettings.json", copied);

        var native = Environment.GetEnvironmentVariable(BotProcess.BotVariable);
        if (!string.IsNullOrEmpty(native))
        {
            var published = Directory.GetFiles(Path.GetDirectoryName(Path.GetFullPath(native))!)
                .Select(Path.GetFileName).Where(name => Path.GetExtension(name) is not (".dbg" or ".pdb" or ".xml"))
                .Order(StringComparer.Ordinal).ToArray();
            Assert.Equal(published, copied);
            return;
        }

        var output = AppContext.BaseDirectory;
        Assert.All(copied, name => Assert.True(
            File.Exists(Path.Combine(output, name)) || File.Exists(Path.Combine(output, "runtimes", "linux-x64", "native", name)),
            $"{name} is not in the build output {output}"));
    }

    [GeneratedRegex(@"(?im)^\s*(ENV|ARG)\s+.*(token|secret|password)\s*=\s*\S+")]
    private static partial Regex SecretAssignment();
}
