using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>The folder every stored document lies under (the import root), for showing paths without the server's layout.</summary>
public static class DocumentRoot
{
    // The common prefix of the smallest and largest path is the common prefix of them all.
    private const string Sql = "SELECT min(path COLLATE \"C\") AS first, max(path COLLATE \"C\") AS last FROM documents";

    /// <summary>The deepest folder holding every stored document ("" when nothing is stored or paths share no folder).</summary>
    public static async Task<string> FindAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        var (first, last) = await connection.QuerySingleAsync<(string?, string?)>(new CommandDefinition(Sql, cancellationToken: cancellationToken));
        return first is null || last is null ? "" : CommonFolder(first, last);
    }

    /// <summary>The path below <paramref name="root"/>; a path outside it keeps only its file name.</summary>
    public static string Relative(string root, string path) =>
        root.Length > 0 && path.StartsWith(root, StringComparison.Ordinal) ? path[root.Length..] : Path.GetFileName(path);

    /// <summary>The folder (ending in '/') two paths share, or "" when they share none.</summary>
    public static string CommonFolder(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n]) n++;
        // A lone path's root is its own folder.
        if (n == a.Length && n == b.Length) n = a.LastIndexOf('/') + 1;
        var slash = a.LastIndexOf('/', Math.Max(0, Math.Min(n, a.Length) - 1));
        return n == 0 || slash < 0 ? "" : a[..(slash + 1)];
    }
}
