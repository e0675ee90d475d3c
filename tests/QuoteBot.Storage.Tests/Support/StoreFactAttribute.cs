using QuoteBot.Testing;
using Xunit.Abstractions;
using Xunit.Sdk;

namespace QuoteBot.Storage.Tests.Support;

/// <summary>
/// A fact of the shared store suite. It runs on every provider; in a class marked <see cref="INeedsPostgres"/> it is
/// skipped locally without a PostgreSQL test server, and runs (failing clearly without one) on CI.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
[XunitTestCaseDiscoverer("QuoteBot.Storage.Tests.Support.StoreFactDiscoverer", "QuoteBot.Storage.Tests")]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Decides per test class, which a plain <see cref="FactAttribute.Skip"/> on a shared base method cannot.</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var needsPostgres = typeof(INeedsPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        if (needsPostgres && PostgresTestEnvironment.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
