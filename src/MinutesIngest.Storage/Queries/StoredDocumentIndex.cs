using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>The documents already in the database, by path, read once at the start of a run.</summary>
public sealed class StoredDocumentIndex
{
    private readonly Dictionary<string, StoredDocument> _byPath;

    private StoredDocumentIndex(Dictionary<string, StoredDocument> byPath) => _byPath = byPath;

    public static async Task<StoredDocumentIndex> LoadAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var rows = await connection.QueryAsync<StoredDocument>(new CommandDefinition(
            "SELECT path, sha256, parser_version AS ParserVersion, status, error_reason AS ErrorReason, error_message AS ErrorMessage FROM documents", cancellationToken: cancellationToken));
        return new StoredDocumentIndex(rows.ToDictionary(r => r.Path, StringComparer.Ordinal));
    }

    public StoredDocument? Find(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>Documents extracted by rules older than <paramref name="currentVersion"/>, stored or failed.</summary>
    public IReadOnlyList<StoredDocument> OlderThan(int currentVersion) =>
        _byPath.Values.Where(d => d.ParserVersion < currentVersion).OrderBy(d => d.Path, StringComparer.Ordinal).ToList();
}
