using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Finds whether search text comes down to one plain word, which the meeting-level postings answer directly.</summary>
public static partial class SingleWordQuery
{
    /// <summary>The lexeme when websearch_to_tsquery makes the text a single plain lexeme (no phrase, or, exclusion,
    /// weight or prefix); null otherwise.</summary>
    public static async Task<string?> LexemeAsync(NpgsqlConnection connection, string cleaned, CancellationToken cancellationToken)
    {
        var (nodes, text) = await connection.QuerySingleAsync<(int, string)>(new CommandDefinition(
            "SELECT numnode(q), q::text FROM websearch_to_tsquery('english', @q) q", new { q = cleaned }, cancellationToken: cancellationToken));
        return nodes == 1 ? FromQueryText(text) : null;
    }

    /// <summary>The lexeme of a one-node tsquery's text form (<c>'budget'</c>), undoing its quoting; null for anything else.</summary>
    public static string? FromQueryText(string text)
    {
        var match = QuotedLexeme().Match(text);
        return match.Success ? match.Groups[1].Value.Replace("''", "'").Replace(@"\\", @"\") : null;
    }

    // The whole text is one quoted lexeme: a trailing :A or :* (weight, prefix) makes it something the postings do not hold.
    [GeneratedRegex(@"^'((?:[^'\\]|''|\\.)*)'$")]
    private static partial Regex QuotedLexeme();
}
