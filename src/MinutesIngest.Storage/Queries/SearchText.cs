using System.Text;
using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Checks a user's search text before it is used: blank, over-long or word-less text gets a message instead of a query.</summary>
public static class SearchText
{
    public const int MaxLength = 500;

    /// <summary>Text PostgreSQL accepts: NUL and other control characters (which text columns reject or ignore) become spaces,
    /// and a lone surrogate (not encodable as UTF-8) becomes U+FFFD.</summary>
    public static string Clean(string? text)
    {
        var cleaned = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
            cleaned.Append(Rune.IsControl(rune) || rune.Value == Highlight.Start || rune.Value == Highlight.Stop ? " " : rune.ToString());
        return cleaned.ToString().Trim();
    }

    /// <summary>Null when the cleaned text makes a usable query, else why it does not.</summary>
    public static async Task<string?> ProblemAsync(NpgsqlConnection connection, string cleaned, CancellationToken cancellationToken)
    {
        if (cleaned.Length == 0) return "Type one or more words to search for.";
        if (cleaned.Length > MaxLength) return $"The search text is longer than {MaxLength} characters.";
        // websearch_to_tsquery never throws; it drops punctuation and stop words, which can leave nothing to look for.
        var nodes = await connection.ExecuteScalarAsync<int>(new CommandDefinition(
            "SELECT numnode(websearch_to_tsquery('english', @q))", new { q = cleaned }, cancellationToken: cancellationToken));
        return nodes == 0 ? $"Nothing to search for in “{cleaned}”: punctuation and common words such as “the” are ignored." : null;
    }
}
