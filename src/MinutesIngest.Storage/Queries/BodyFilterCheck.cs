using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Checks --body filters against the stored body names: a filter no meeting matches would answer with zeros, which reads as "never discussed".</summary>
public static class BodyFilterCheck
{
    /// <summary>How many near names a message suggests.</summary>
    public const int Suggested = 5;

    /// <summary>Null when every non-blank filter matches some meeting's body name; else a message naming the first that
    /// matches none and the nearest body names.</summary>
    public static async Task<string?> ProblemAsync(NpgsqlConnection connection, IReadOnlyList<string> bodies, CancellationToken cancellationToken = default)
    {
        foreach (var body in bodies)
        {
            if (ContainsPattern.From(body) is not { } pattern) continue;
            if (await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                    "SELECT EXISTS (SELECT 1 FROM meetings WHERE body_name ILIKE @pattern)", new { pattern }, cancellationToken: cancellationToken)))
                continue;
            // Only on a miss: the distinct names are read (hundreds) to suggest the nearest.
            var names = await connection.QueryAsync<string>(new CommandDefinition(
                "SELECT DISTINCT body_name FROM meetings WHERE body_name IS NOT NULL", cancellationToken: cancellationToken));
            return Message(SearchText.Clean(body), NearestNames.Rank(SearchText.Clean(body), names, Suggested));
        }
        return null;
    }

    /// <summary>The message for a body filter matching no meeting, with the nearest names when there are any.</summary>
    public static string Message(string body, IReadOnlyList<string> nearest) =>
        nearest.Count == 0
            ? $"No meeting's body (or title) contains “{body}”, and no body name is near it."
            : $"No meeting's body (or title) contains “{body}”. Nearest bodies: {string.Join("; ", nearest.Select(n => $"“{n}”"))}.";
}
