using System.Diagnostics;
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
    public async Task The_entry_point_exists_in_the_publish_output()
    {
        var entry = Assert.Single(Lines, l => l.StartsWith("ENTRYPOINT", StringComparison.Ordinal));
        var dll = EntryDll().Match(entry).Groups[1].Value;
        Assert.Equal("QuoteBot.dll", dll);

        var output = Directory.CreateTempSubdirectory("quotebot-publish-").FullName;
        try
        {
            var publish = Process.Start(new ProcessStartInfo("dotnet", ["publish", Path.Combine(Root, "src", "QuoteBot", "QuoteBot.csproj"), "-c", "Release", "-o", output, "--nologo", "-v", "q"])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
            var log = await publish.StandardOutput.ReadToEndAsync() + await publish.StandardError.ReadToEndAsync();
            await publish.WaitForExitAsync();
            Assert.True(publish.ExitCode == 0, log);
            Assert.True(File.Exists(Path.Combine(output, dll)));
            Assert.True(File.Exists(Path.Combine(output, "quotes.json")));
            Assert.True(File.Exists(Path.Combine(output, "appsettings.json")));
        }
        finally
        {
            Directory.Delete(output, recursive: true);
        }
    }

    [GeneratedRegex(@"(?im)^\s*(ENV|ARG)\s+.*(token|secret|password)\s*=\s*\S+")]
    private static partial Regex SecretAssignment();

    [GeneratedRegex(@"/app/([\w.]+\.dll)")]
    private static partial Regex EntryDll();
}
