using QuoteBot.LoadTest;

if (args is ["--help" or "-h"])
{
    Console.WriteLine(LoadOptions.Usage);
    return 0;
}

LoadOptions options;
try
{
    options = LoadOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    stop.Cancel();
};

if (options.Compare)
{
    var comparison = await new Comparison(options, Console.Out).RunAsync(stop.Token);
    Console.Write(ComparisonReport.Tables(comparison));
    if (options.JsonPath is { } comparisonJson)
    {
        await Report.WriteJsonAsync(comparison, comparisonJson);
        Console.WriteLine($"results written to {comparisonJson}");
    }

    return comparison.Passed ? 0 : 1;
}

var result = await new LoadRunner(options, Console.Out).RunAsync(stop.Token);
Console.Write(Report.Table(result));
if (options.JsonPath is { } json)
{
    await Report.WriteJsonAsync(result, json);
    Console.WriteLine($"results written to {json}");
}

// 1: a command went unanswered; 3: the soak found a leak.
return result.Soak is { Passed: false } ? 3 : result.Passed ? 0 : 1;
