using Dapper;
using MinutesIngest.Core.Bodies;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>
/// What every --body filter (search, trend, actions, topics) goes through: a filter names a stored body when its
/// normalised key (<see cref="BodyNames.Key"/>: case, "&amp;"/"and", a leading "The", "PC"/"TC") equals the body's or that
/// of a spelling the body was found under. Whole names only: "Parish Council" does not name "Upper Parish Council Finance".
/// </summary>
public static class BodyMatcher
{
    /// <summary>The SQL condition that meeting <c>m</c> is filed under one of the bodies of parameter @Bodies (null: any).</summary>
    /// <remarks>The first 200 characters are what migration 0016's index holds (in meeting order), so a body's newest meetings
    /// are read from it rather than by walking every meeting newest first; the whole name decides.</remarks>
    public const string SqlFilter =
        "(@Bodies::text[] IS NULL OR (left(m.body, 200) = ANY (ARRAY(SELECT left(b, 200) FROM unnest(@Bodies::text[]) b)) AND m.body = ANY (@Bodies::text[])))";

    // A pair counts while a meeting has it: body_names keeps pairs whose last meeting has gone (migration 0017).
    private const string Held = """
        EXISTS (SELECT 1 FROM meetings m
                WHERE left(m.body, 200) = left(n.body, 200) AND left(coalesce(m.body_as_found, ''), 200) = left(coalesce(n.alias, ''), 200)
                  AND m.body = n.body AND m.body_as_found IS NOT DISTINCT FROM n.alias)
        """;

    // The (body, spelling found) pairs sharing the filter's coarse key (minutes_body_key, a superset of those sharing
    // BodyNames.Key), through its indexes: a few rows whatever the size of the archive.
    private const string CandidatesSql = $"""
        SELECT n.body, n.alias FROM body_names n
        WHERE (n.body_key = minutes_body_key(@Filter) OR n.alias_key = minutes_body_key(@Filter)) AND {Held}
        """;

    // Every body with each spelling it was found under, for the nearest names when a filter names none.
    private const string NamesSql = $"SELECT n.body, n.alias FROM body_names n WHERE {Held}";

    /// <summary>The stored bodies <paramref name="filter"/> names, in name order, from (body, spelling found) pairs.</summary>
    public static IReadOnlyList<string> Match(string filter, IEnumerable<(string Body, string? Alias)> names)
    {
        if (BodyNames.Key(SearchText.Clean(filter)) is not { } key) return [];
        return names.Where(n => BodyNames.Key(n.Body) == key || BodyNames.Key(n.Alias) == key)
            .Select(n => n.Body).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>The bodies each non-blank filter names, or a message for the first that names none (with the nearest bodies).</summary>
    public static async Task<(IReadOnlyList<BodyMatch> Matches, string? Problem)> ResolveAsync(NpgsqlConnection connection, IReadOnlyList<string>? filters,
        CancellationToken cancellationToken = default)
    {
        var wanted = (filters ?? []).Select(SearchText.Clean).Where(f => f.Length > 0).ToList();
        if (wanted.Count == 0) return ([], null);
        var matches = new List<BodyMatch>();
        foreach (var filter in wanted)
        {
            var candidates = await connection.QueryAsync<(string Body, string? Alias)>(new CommandDefinition(CandidatesSql, new { Filter = filter },
                cancellationToken: cancellationToken));
            var match = new BodyMatch(filter, Match(filter, candidates));
            if (match.Bodies.Count > 0) { matches.Add(match); continue; }
            var names = await connection.QueryAsync<(string Body, string? Alias)>(new CommandDefinition(NamesSql, cancellationToken: cancellationToken));
            return ([], BodyFilterCheck.Message(filter, NearestNames.Rank(filter, names.Select(n => n.Body), BodyFilterCheck.Suggested)));
        }
        return (matches, null);
    }

    /// <summary>The stored bodies one optional filter names (null: no filter), or the message when it names none.</summary>
    public static async Task<(string[]? Bodies, string? Problem)> ResolveOneAsync(NpgsqlConnection connection, string? filter, CancellationToken cancellationToken = default)
    {
        var (matches, problem) = await ResolveAsync(connection, filter is null ? [] : [filter], cancellationToken);
        return problem != null ? (null, problem) : (matches.Count == 0 ? null : [.. matches[0].Bodies], null);
    }
}
