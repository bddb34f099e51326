using System.Text;
using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>
/// Search text split into the part matched stemmed (<c>english</c>: "planning" also finds "plan") and the part matched
/// as written (<c>simple</c>: lower-cased, unstemmed), each in web-search syntax; either may be empty, not both.
/// </summary>
public sealed record SearchTerms(string Stemmed, string Exact)
{
    /// <summary>The stemmed part as a tsquery (parameter @Query).</summary>
    public const string StemmedQuery = "websearch_to_tsquery('english', @Query)";

    /// <summary>The exact part as a tsquery (parameter @Exact).</summary>
    public const string ExactQuery = "websearch_to_tsquery('simple', @Exact)";

    public bool HasStemmed => Stemmed.Length > 0;

    public bool HasExact => Exact.Length > 0;

    /// <summary>
    /// Splits cleaned text: a word or quoted phrase written with a leading <c>=</c> (<c>=planning</c>, <c>="town plan"</c>,
    /// <c>-=plan</c> to exclude) is exact, the rest stemmed; with <paramref name="allExact"/> (--exact) every word is.
    /// </summary>
    public static SearchTerms Parse(string cleaned, bool allExact = false)
    {
        var stemmed = new StringBuilder();
        var exact = new StringBuilder();
        var i = 0;
        while (i < cleaned.Length)
        {
            if (char.IsWhiteSpace(cleaned[i])) { i++; continue; }
            var start = i;
            // A phrase is one token whatever it holds; a '=' inside it is text, not a marker.
            if (cleaned[i] == '"') i = PhraseEnd(cleaned, i);
            else
            {
                var marker = cleaned[i] == '=' || (cleaned[i] == '-' && i + 1 < cleaned.Length && cleaned[i + 1] == '=');
                var body = cleaned[i] == '-' && marker ? i + 2 : marker ? i + 1 : i;
                i = body < cleaned.Length && cleaned[body] == '"' ? PhraseEnd(cleaned, body) : WordEnd(cleaned, body);
                if (marker)
                {
                    var token = (cleaned[start] == '-' ? "-" : "") + cleaned[body..i];
                    Append(exact, token);
                    continue;
                }
            }
            Append(allExact ? exact : stemmed, cleaned[start..i]);
        }
        return new SearchTerms(stemmed.ToString(), exact.ToString());
    }

    private static int PhraseEnd(string text, int open)
    {
        var close = text.IndexOf('"', open + 1);
        return close < 0 ? text.Length : close + 1;
    }

    private static int WordEnd(string text, int start)
    {
        var i = start;
        while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
        return i;
    }

    private static void Append(StringBuilder b, string token)
    {
        if (token.Length == 0 || token == "-") return;
        if (b.Length > 0) b.Append(' ');
        b.Append(token);
    }

    /// <summary>The SQL condition that row <paramref name="alias"/> matches: its stemmed and exact columns against their parts.</summary>
    public string Match(string alias, string stemmedQuery = StemmedQuery, string exactQuery = ExactQuery) => string.Join(" AND ", Parts(
        $"{alias}.search @@ {stemmedQuery}", $"{alias}.search_exact @@ {exactQuery}"));

    /// <summary>The SQL rank of row <paramref name="alias"/>: ts_rank of each part on its column, added.</summary>
    public string Rank(string alias, string stemmedQuery = StemmedQuery, string exactQuery = ExactQuery) => string.Join(" + ", Parts(
        $"ts_rank({alias}.search, {stemmedQuery})", $"ts_rank({alias}.search_exact, {exactQuery})"));

    /// <summary>The text search configuration and tsquery a snippet is cut with: unstemmed as soon as a word is exact, so
    /// "plan" is not marked in a search for =planning; the stemmed words are then marked as written.</summary>
    public (string Config, string Query) Headline(string stemmedQuery = StemmedQuery, string exactQuery = ExactQuery) =>
        !HasExact ? ("english", stemmedQuery)
        : !HasStemmed ? ("simple", exactQuery)
        : ("simple", $"({exactQuery} || websearch_to_tsquery('simple', @Query))");

    private IEnumerable<string> Parts(string stemmed, string exact)
    {
        if (HasStemmed) yield return stemmed;
        if (HasExact) yield return exact;
    }

    /// <summary>
    /// The terms of cleaned text, a part with nothing to search for (only punctuation or, when stemmed, common words)
    /// dropped; or a message when no part is left. The message is null when the text can be searched.
    /// </summary>
    public static async Task<(SearchTerms Terms, string? Problem)> ResolveAsync(NpgsqlConnection connection, string cleaned, bool allExact,
        CancellationToken cancellationToken)
    {
        var terms = Parse(cleaned, allExact);
        if (cleaned.Length == 0) return (terms, "Type one or more words to search for.");
        if (cleaned.Length > SearchText.MaxLength) return (terms, $"The search text is longer than {SearchText.MaxLength} characters.");
        // websearch_to_tsquery never throws; it drops punctuation (and, stemmed, stop words), which can leave nothing.
        var (stemmedNodes, exactNodes) = await connection.QuerySingleAsync<(int, int)>(new CommandDefinition(
            $"SELECT numnode({StemmedQuery}), numnode({ExactQuery})", new { Query = terms.Stemmed, Exact = terms.Exact },
            cancellationToken: cancellationToken));
        terms = new SearchTerms(stemmedNodes == 0 ? "" : terms.Stemmed, exactNodes == 0 ? "" : terms.Exact);
        return terms.HasStemmed || terms.HasExact
            ? (terms, null)
            : (terms, $"Nothing to search for in “{cleaned}”: punctuation and common words such as “the” are ignored.");
    }
}
