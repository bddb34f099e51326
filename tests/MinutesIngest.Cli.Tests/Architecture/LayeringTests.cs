namespace MinutesIngest.Cli.Tests.Architecture;

/// <summary>The layers of the product hold: each assembly references only the ones below it, and no two folders use each other.</summary>
public class LayeringTests
{
    /// <summary>Cli → Web/Ingest → Storage/Ml → Scoring → Core: what each assembly may reference among the product's own.</summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["MinutesIngest.Core"] = [],
        ["MinutesIngest.Scoring"] = ["MinutesIngest.Core"],
        ["MinutesIngest.Storage"] = ["MinutesIngest.Core"],
        ["MinutesIngest.Ml"] = ["MinutesIngest.Scoring", "MinutesIngest.Core"],
        ["MinutesIngest.Ingest"] = ["MinutesIngest.Storage", "MinutesIngest.Core"],
        ["MinutesIngest.Web"] = ["MinutesIngest.Storage", "MinutesIngest.Core"],
        ["minutes"] = ["MinutesIngest.Web", "MinutesIngest.Ingest", "MinutesIngest.Storage", "MinutesIngest.Ml", "MinutesIngest.Scoring", "MinutesIngest.Core"],
    };

    [Fact]
    public void Every_product_assembly_has_its_place_in_the_layers()
    {
        var found = ProductAssemblies.Load().Keys.Order(StringComparer.Ordinal).ToList();
        Assert.Equal(Allowed.Keys.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void Assemblies_reference_only_the_layers_below_them()
    {
        var offences = new List<string>();
        foreach (var (name, module) in ProductAssemblies.Load())
            foreach (var reference in module.AssemblyReferences.Select(r => r.Name).Where(Allowed.ContainsKey))
                if (!Allowed[name].Contains(reference)) offences.Add($"{name} references {reference}");
        Assert.True(offences.Count == 0, string.Join("\n", offences));
    }

    [Fact]
    public void No_two_folders_of_an_assembly_use_each_other()
    {
        var offences = new List<string>();
        foreach (var (name, module) in ProductAssemblies.Load())
            foreach (var cycle in NamespaceGraph.Of(module).Cycles())
            {
                var graph = NamespaceGraph.Of(module);
                var witnesses = cycle.SelectMany(a => cycle.Where(b => graph.Edges.GetValueOrDefault(a)?.Contains(b) == true)
                    .Select(b => "    " + NamespaceGraph.Witness(module, a, b)));
                offences.Add($"{name}: {string.Join(" <-> ", cycle)}\n{string.Join("\n", witnesses)}");
            }
        Assert.True(offences.Count == 0, "folders that use each other:\n" + string.Join("\n", offences));
    }

    [Fact]
    public void The_cycle_finder_finds_a_cycle_and_passes_a_chain()
    {
        // The guard is only worth something if it can fail: a namespace graph with a known loop must report it.
        var loop = NamespaceGraph.FromEdges(("A", "B"), ("B", "C"), ("C", "A"), ("C", "D"));
        Assert.Equal([["A", "B", "C"]], loop.Cycles());
        var chain = NamespaceGraph.FromEdges(("A", "B"), ("B", "C"));
        Assert.Empty(chain.Cycles());
    }
}
