using BenchmarkDotNet.Running;
using QuoteBot.Benchmarks;

// dotnet run -c Release --project tests/QuoteBot.Benchmarks -- --filter '*'          the recorded figures
// dotnet run -c Release --project tests/QuoteBot.Benchmarks -- --filter '*' --quick  a short run while working
var quick = args.Contains("--quick", StringComparer.Ordinal);
var config = quick ? BenchmarkConfigs.Quick : BenchmarkConfigs.Recorded;
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfigs).Assembly)
    .Run([.. args.Where(a => a != "--quick")], config);
