using QuoteBot.Cli;
using QuoteBot.Hosting;

StartupStages.Mark("main");
if (Verbs.TryRun(args, Console.Out, Console.Error, out var hostArgs) is { } exitCode)
{
    return exitCode;
}

var builder = QuoteBotHost.CreateBuilder(hostArgs);
builder.AddQuoteBot();
StartupStages.Mark("services registered");
return await QuoteBotHost.RunAsync(builder);
