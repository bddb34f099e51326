using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Checks --body filters against the stored bodies: a filter naming no body would answer with zeros, which reads as "never discussed".</summary>
public static class BodyFilterCheck
{
    /// <summary>How many near names a message suggests.</summary>
    public const int Suggested = 5;

    /// <summary>Null when every non-blank filter names a stored body (<see cref="BodyMatcher"/>); else a message naming the
    /// first that names none and the nearest bodies.</summary>
    public static async Task<string?> ProblemAsync(NpgsqlConnection connection, IReadOnlyList<string> bodies, CancellationToken cancellationToken = default) =>
        (await BodyMatcher.ResolveAsync(connection, bodies, cancellationToken)).Problem;

    /// <summary>The message for a body filter naming no stored body, with the nearest names when there are any.</summary>
    public static string Message(string body, IReadOnlyList<string> nearest) =>
        nearest.Count == 0
            ? $"No body is named “{body}” (nor was found under that name), and no body name is near it."
            : $"No body is named “{body}” (nor was found under that name). Nearest bodies: {string.Join("; ", nearest.Select(n => $"“{n}”"))}.";
}
