using System.Text.Json;

namespace QuoteBot.Tests.Hosting;

/// <summary>The runtime settings chosen on measurement (docs/PERFORMANCE.md) reach the build that dotnet run starts.</summary>
public sealed class RuntimeSettingsTests
{
    private static JsonElement ConfigProperties()
    {
        using var config = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "QuoteBot.runtimeconfig.json")));
        return config.RootElement.GetProperty("runtimeOptions").GetProperty("configProperties").Clone();
    }

    [Fact]
    public void The_JIT_build_compiles_without_tiered_PGO()
    {
        Assert.False(ConfigProperties().GetProperty("System.Runtime.TieredPGO").GetBoolean());
    }

    [Fact]
    public void The_GC_is_the_concurrent_workstation_GC()
    {
        var options = ConfigProperties();

        Assert.False(options.GetProperty("System.GC.Server").GetBoolean());
        Assert.True(options.GetProperty("System.GC.Concurrent").GetBoolean());
    }
}
