using QuoteBot.Cli;
using QuoteBot.Digest;
using QuoteBot.Hosting;
using QuoteBot.Storage;
using QuoteBot.Terminal;

if (CorpusCli.IsCorpusVerb(args))
{
    return CorpusCli.Run(args, Console.Out, Console.Error);
}

var builder = QuoteBotHost.CreateBuilder(args);
builder.AddQuotes();
builder.Services.AddStorage(builder.Configuration);
builder.AddConsolePlatform();
builder.Services.AddDigest(builder.Configuration);
return await QuoteBotHost.RunAsync(builder);
