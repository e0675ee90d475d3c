using QuoteBot.Cli;
using QuoteBot.Hosting;

if (Verbs.TryRun(args, Console.Out, Console.Error, out var hostArgs) is { } exitCode)
{
    return exitCode;
}

var builder = QuoteBotHost.CreateBuilder(hostArgs);
builder.AddQuoteBot();
return await QuoteBotHost.RunAsync(builder);
