using System.Text.RegularExpressions;
using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Search text that websearch_to_tsquery makes one phrase of plain lexemes, each a given distance after the one
/// before (1, or more where stop words stood between); what the word-pair postings can answer.</summary>
public sealed partial record WordPhrase(IReadOnlyList<string> Lexemes, IReadOnlyList<int> Distances)
{
    /// <summary>The pairs of lexemes one position apart, which the postings list; a phrase holds each in that order.</summary>
    public IReadOnlyList<(string First, string Second)> AdjacentPairs =>
        Distances.Select((d, i) => (d, Pair: (Lexemes[i], Lexemes[i + 1]))).Where(x => x.d == 1).Select(x => x.Pair).Distinct().ToList();

    /// <summary>Two lexemes side by side: the postings say exactly which meetings hold the phrase, with no check of the text.</summary>
    public bool IsOnePair => Lexemes.Count == 2 && Distances[0] == 1;

    /// <summary>The phrase cleaned search text makes, when it makes one with at least one adjacent pair; null otherwise.</summary>
    public static async Task<WordPhrase?> OfAsync(NpgsqlConnection connection, string cleaned, CancellationToken cancellationToken)
    {
        var text = await connection.QuerySingleAsync<string>(new CommandDefinition(
            "SELECT websearch_to_tsquery('english', @q)::text", new { q = cleaned }, cancellationToken: cancellationToken));
        return FromQueryText(text) is { AdjacentPairs.Count: > 0 } phrase ? phrase : null;
    }

    /// <summary>The phrase of a tsquery's text form (<c>'street' &lt;-&gt; 'light'</c>, <c>'cost' &lt;2&gt; 'live'</c>); null
    /// for a single lexeme or anything with an operator other than the phrase's, parentheses, weights or prefixes.</summary>
    public static WordPhrase? FromQueryText(string text)
    {
        var match = Chain().Match(text);
        if (!match.Success) return null;
        var lexemes = match.Groups["lexeme"].Captures.Select(c => c.Value.Replace("''", "'").Replace(@"\\", @"\")).ToList();
        var distances = match.Groups["distance"].Captures.Select(c => c.Value == "-" ? 1 : int.Parse(c.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return new WordPhrase(lexemes, distances);
    }

    // A left-to-right chain: PostgreSQL prints (a <-> b) <-> c without parentheses, and a <-> (b <-> c) means the same.
    [GeneratedRegex(@"^'(?<lexeme>(?:[^'\\]|''|\\.)*)'(?: <(?<distance>-|[1-9][0-9]{0,4})> '(?<lexeme>(?:[^'\\]|''|\\.)*)')+$")]
    private static partial Regex Chain();
}
