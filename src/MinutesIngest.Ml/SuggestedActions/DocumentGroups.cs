using System.Text;

namespace MinutesIngest.Ml.SuggestedActions;

/// <summary>
/// Which group (for real minutes: the source repository) each document belongs to, read from a TSV of
/// <c>document</c>, <c>group</c> with a header line; # lines are comments. cross-validation keeps a group whole.
/// </summary>
public sealed class DocumentGroups
{
    public const string Header = "document\tgroup";

    private readonly IReadOnlyDictionary<string, string> _groupOf;

    public DocumentGroups(IReadOnlyDictionary<string, string> groupOf) => _groupOf = groupOf;

    /// <summary>Every document its own group: plain cross-validation by document.</summary>
    public static DocumentGroups ByDocument { get; } = new(new Dictionary<string, string>());

    public bool IsEmpty => _groupOf.Count == 0;

    public static DocumentGroups Read(string path)
    {
        var groupOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || line == Header) continue;
            var parts = line.Split('\t');
            if (parts.Length != 2 || parts[0].Length == 0 || parts[1].Length == 0)
                throw new FormatException($"{path}:{lineNumber}: expected document<TAB>group");
            if (!groupOf.TryAdd(parts[0], parts[1]) && groupOf[parts[0]] != parts[1])
                throw new FormatException($"{path}:{lineNumber}: {parts[0]} is already in group {groupOf[parts[0]]}");
        }
        return new DocumentGroups(groupOf);
    }

    /// <summary>The document's group; a mapping that does not name a document is an error, so no document falls silently into a group of its own.</summary>
    public string Of(string document) => IsEmpty
        ? document
        : _groupOf.TryGetValue(document, out var group) ? group : throw new KeyNotFoundException($"document {document} has no group in the mapping");
}
