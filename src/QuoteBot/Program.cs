using QuoteBot.Cli;
using QuoteBot.Hosting;
using QuoteBot.Terminal;

if (CorpusCli.IsCorpusVerb(args))
{
    return CorpusCli.Run(args, Console.Out, Console.Error);
}

var builder = QuoteBotHost.CreateBuilder(args);
builder.AddQuotes();
builder.AddHttpEndpoints();
builder.AddHealth();
builder.AddTelegram();
builder.AddConsolePlatform();
return await QuoteBotHost.RunAsync(builder);
