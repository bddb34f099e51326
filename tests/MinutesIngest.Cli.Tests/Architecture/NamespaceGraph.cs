using Mono.Cecil;
using Mono.Cecil.Cil;

namespace MinutesIngest.Cli.Tests.Architecture;

/// <summary>Which namespaces (folders) of one assembly use which others: every type named in signatures, fields and method bodies.</summary>
internal sealed class NamespaceGraph
{
    private readonly Dictionary<string, HashSet<string>> _edges = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, HashSet<string>> Edges => _edges;

    public static NamespaceGraph Of(ModuleDefinition module)
    {
        var graph = new NamespaceGraph();
        foreach (var type in module.GetTypes())
        {
            var from = NamespaceOf(type);
            if (from.Length == 0) continue;
            foreach (var used in UsedTypes(type))
                if (used.Module == module && NamespaceOf(used) is { Length: > 0 } to && to != from)
                    graph.Add(from, to);
        }
        return graph;
    }

    /// <summary>A graph given edge by edge (to test the cycle finder itself).</summary>
    public static NamespaceGraph FromEdges(params (string From, string To)[] edges)
    {
        var graph = new NamespaceGraph();
        foreach (var (from, to) in edges) graph.Add(from, to);
        return graph;
    }

    /// <summary>Groups of namespaces that use each other, directly or through others (strongly connected, more than one).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles()
    {
        // Tarjan's algorithm over the namespace graph.
        var index = new Dictionary<string, int>(); var low = new Dictionary<string, int>();
        var stack = new Stack<string>(); var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();
        var next = 0;
        void Visit(string v)
        {
            index[v] = low[v] = next++; stack.Push(v); onStack.Add(v);
            foreach (var w in _edges.GetValueOrDefault(v) ?? [])
            {
                if (!index.ContainsKey(w)) { Visit(w); low[v] = Math.Min(low[v], low[w]); }
                else if (onStack.Contains(w)) low[v] = Math.Min(low[v], index[w]);
            }
            if (low[v] != index[v]) return;
            var group = new List<string>();
            string x;
            do { x = stack.Pop(); onStack.Remove(x); group.Add(x); } while (x != v);
            if (group.Count > 1) cycles.Add(group.Order(StringComparer.Ordinal).ToList());
        }
        foreach (var v in _edges.Keys.Order(StringComparer.Ordinal).ToList()) if (!index.ContainsKey(v)) Visit(v);
        return cycles;
    }

    /// <summary>One edge of a cycle explained: which type of <paramref name="from"/> uses which type of <paramref name="to"/>.</summary>
    public static string Witness(ModuleDefinition module, string from, string to) =>
        module.GetTypes().Where(t => NamespaceOf(t) == from)
            .SelectMany(t => UsedTypes(t).Where(u => u.Module == module && NamespaceOf(u) == to).Select(u => $"{t.FullName} -> {u.FullName}"))
            .FirstOrDefault() ?? "";

    private void Add(string from, string to)
    {
        if (!_edges.TryGetValue(from, out var set)) _edges[from] = set = new HashSet<string>(StringComparer.Ordinal);
        set.Add(to);
    }

    private static string NamespaceOf(TypeReference type)
    {
        while (type.DeclaringType != null) type = type.DeclaringType;
        return type.Namespace;
    }

    private static IEnumerable<TypeDefinition> UsedTypes(TypeDefinition type)
    {
        var found = new List<TypeDefinition>();
        void AddType(TypeReference? t)
        {
            switch (t)
            {
                case null: return;
                case GenericInstanceType g:
                    AddType(g.ElementType);
                    foreach (var a in g.GenericArguments) AddType(a);
                    return;
                case TypeSpecification s: AddType(s.ElementType); return;
                case GenericParameter: return;
                // Types of this assembly appear as definitions; references point into other assemblies.
                case TypeDefinition d: found.Add(d); return;
                default: return;
            }
        }
        void AddMethod(MethodReference m)
        {
            AddType(m.DeclaringType); AddType(m.ReturnType);
            foreach (var p in m.Parameters) AddType(p.ParameterType);
            if (m is GenericInstanceMethod gm) foreach (var a in gm.GenericArguments) AddType(a);
        }
        AddType(type.BaseType);
        foreach (var i in type.Interfaces) AddType(i.InterfaceType);
        foreach (var f in type.Fields) AddType(f.FieldType);
        foreach (var p in type.Properties) AddType(p.PropertyType);
        foreach (var method in type.Methods)
        {
            AddMethod(method);
            if (!method.HasBody) continue;
            foreach (var v in method.Body.Variables) AddType(v.VariableType);
            foreach (var instruction in method.Body.Instructions)
                switch (instruction.Operand)
                {
                    case TypeReference t: AddType(t); break;
                    case MethodReference m: AddMethod(m); break;
                    case FieldReference f: AddType(f.DeclaringType); AddType(f.FieldType); break;
                }
        }
        return found;
    }
}
