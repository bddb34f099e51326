using Mono.Cecil;

namespace MinutesIngest.Cli.Tests.Architecture;

/// <summary>The product's assemblies as the CLI ships them (copied beside the test binaries), read with Mono.Cecil.</summary>
internal static class ProductAssemblies
{
    /// <summary>Each product assembly by its short name (the CLI is "minutes").</summary>
    public static IReadOnlyDictionary<string, ModuleDefinition> Load()
    {
        var modules = new Dictionary<string, ModuleDefinition>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(AppContext.BaseDirectory, "*.dll"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (!name.StartsWith("MinutesIngest.", StringComparison.Ordinal) && name != "minutes") continue;
            if (name.EndsWith(".Tests", StringComparison.Ordinal) || name.StartsWith("MinutesIngest.TestSupport", StringComparison.Ordinal)
                || name == "MinutesIngest.HostileCorpus") continue;
            modules[name] = ModuleDefinition.ReadModule(path);
        }
        return modules;
    }
}
