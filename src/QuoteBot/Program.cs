using QuoteBot.Cli;
using QuoteBot.Hosting;

if (CorpusCli.IsCorpusVerb(args))
{
    return CorpusCli.Run(args, Console.Out, Console.Error);
}

var builder = QuoteBotHost.CreateBuilder(args);
builder.AddQuoteBot();
return await QuoteBotHost.RunAsync(builder);
