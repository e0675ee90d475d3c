using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using QuoteBot.Core.Corpus;
using QuoteBot.Core.Hosting;
using QuoteBot.Logging;
using QuoteBot.Storage;
using QuoteBot.Storage.Database;
using Serilog;

namespace QuoteBot.Hosting;

/// <summary>Builds and runs the generic host; turns start-up failures into one clear line and an exit code.</summary>
public static class QuoteBotHost
{
    public static HostApplicationBuilder CreateBuilder(string[] args, Action<HostApplicationBuilderSettings>? configure = null)
    {
        var settings = new HostApplicationBuilderSettings
        {
            Args = args,
            // Settings and corpus travel with the binary, so the bot runs the same from any working directory.
            ContentRootPath = AppContext.BaseDirectory,
        };
        configure?.Invoke(settings);
        var builder = Host.CreateApplicationBuilder(settings);
        StartupStages.Mark("configuration read");
        // Each host logs through its own logger (disposed, and so flushed, with the host), not the process-wide
        // Log.Logger: a second host in the same process (the tests run many at once) must not take over the first's
        // sinks.
        builder.Services.AddSerilog((services, logger) => LoggingSetup.Configure(logger, builder.Configuration, services), preserveStaticLogger: true);
        return builder;
    }

    public static async Task<int> RunAsync(HostApplicationBuilder builder, CancellationToken cancellationToken = default)
    {
        var (built, exitCode) = BuildChecked(builder);
        if (built is null)
        {
            return exitCode;
        }

        using var host = built;
        if (host.Services.GetService<ActivePlatforms>() is { None: true })
        {
            // Only running the bot needs a platform: the verbs build the same host with the console off.
            return Fail(ExitCodes.BadConfiguration, ActivePlatforms.NothingToDo);
        }

        try
        {
            if (host.Services.GetService<StateDatabase>() is { } database)
            {
                await database.MigrateAsync(cancellationToken);
                StartupStages.Mark("storage migrated");
            }
        }
        catch (StorageException ex)
        {
            return Fail(ExitCodes.BadStorage, $"Storage error: {ex.Message}");
        }

        if (StartupStages.Enabled)
        {
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            lifetime.ApplicationStarted.Register(() =>
            {
                StartupStages.Mark("host started");
                StartupStages.MarkLoaded("started");
            });
            lifetime.ApplicationStopping.Register(() => StartupStages.MarkLoaded("stopping"));
        }

        await host.RunAsync(cancellationToken);
        return Environment.ExitCode;
    }

    /// <summary>
    /// Builds the host and checks what can be checked before anything connects: every validated setting and the
    /// corpus. A failure is one line on stderr (no stack trace) and an exit code; the host is then null.
    /// </summary>
    public static (IHost? Host, int ExitCode) BuildChecked(HostApplicationBuilder builder)
    {
        IHost host;
        try
        {
            host = builder.Build();
            StartupStages.Mark("host built");
        }
        catch (OptionsValidationException ex)
        {
            return (null, Fail(ExitCodes.BadConfiguration, $"Configuration error: {string.Join(" ", ex.Failures)}"));
        }

        try
        {
            // The corpus loads on another core while the settings are checked; a bad setting is still the one reported
            // when both are wrong, as before.
            var corpus = Task.Run(() => host.Services.GetRequiredService<QuoteLibrary>());
            try
            {
                host.Services.GetService<IStartupValidator>()?.Validate();
                StartupStages.Mark("options validated");
            }
            catch
            {
                WaitQuietly(corpus);
                throw;
            }

            corpus.GetAwaiter().GetResult();
            StartupStages.Mark("corpus loaded");
            return (host, ExitCodes.Success);
        }
        catch (OptionsValidationException ex)
        {
            host.Dispose();
            return (null, Fail(ExitCodes.BadConfiguration, $"Configuration error: {string.Join(" ", ex.Failures)}"));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            host.Dispose();
            var failures = ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures);
            return (null, Fail(ExitCodes.BadConfiguration, $"Configuration error: {string.Join(" ", failures)}"));
        }
        catch (CorpusException ex)
        {
            host.Dispose();
            return (null, Fail(ExitCodes.BadCorpus, $"Corpus error: {ex.Message}"));
        }
        catch (InvalidOperationException ex) when (ex.Message.Contains("configuration value", StringComparison.Ordinal))
        {
            // A value the binder cannot convert (a word where a number or an enum is expected) names its key.
            host.Dispose();
            return (null, Fail(ExitCodes.BadConfiguration, $"Configuration error: {ex.Message}"));
        }
    }

    /// <summary>Lets a task that may fail finish before the host it uses is disposed; its failure is not the one to report.</summary>
    private static void WaitQuietly(Task task)
    {
        try
        {
            task.GetAwaiter().GetResult();
        }
        catch (Exception)
        {
            // The settings' failure is reported instead.
        }
    }

    /// <summary>One line on stderr, no stack trace: the operator fixes a setting or a file, not the code.</summary>
    private static int Fail(int code, string message)
    {
        Console.Error.WriteLine(message);
        return code;
    }
}
