using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>Whatever a user types, search, trend and actions answer with results or a clear message, never a SQL error.</summary>
[Collection(PostgresCollection.Name)]
public sealed class OddQueryTests(PostgresFixture postgres)
{
    public static TheoryData<string> OddTexts() =>
    [
        "", "   ", "\"", "\"\"", "--", "-", "'; drop table items; --", "' OR 1=1 --", "\\", "%", "_", "a or", "or or or", "!!!", "(((", ")",
        "mental & | ! health", "<script>alert(1)</script>", "日本語の議事録", "café crème", "naïve résumé", "😀 budget", "the", "\0budget",
        "\"unterminated phrase", "-budget", "budget -", new string('x', 600), "\u202Eright-to-left", "lone \uD83D surrogate",
    ];

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        return connection;
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Search_gives_results_or_a_message(string text)
    {
        await using var connection = await OpenAsync();
        var result = await SearchQuery.RunAsync(connection, new SearchRequest(text, Body: text, Limit: 5));
        var unfiltered = await SearchQuery.RunAsync(connection, new SearchRequest(text, Limit: 5));

        Assert.True(result.Message != null || result.Hits.Count <= 5);
        Assert.True(result.Message != null || result.Hits.All(h => (h.Body ?? "").Contains(SearchText.Clean(text), StringComparison.OrdinalIgnoreCase)));
        Assert.True(unfiltered.Message is { Length: > 0 } || unfiltered.Total >= unfiltered.Hits.Count);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM items") > 0);
    }

    [Theory]
    [MemberData(nameof(OddTexts))]
    public async Task Trend_and_actions_give_results_or_a_message(string text)
    {
        await using var connection = await OpenAsync();
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest(text, TrendUnit.Year, [text]));
        var actions = await ActionQuery.RunAsync(connection, new ActionFilter(Owner: text, Body: text, Query: text));
        var meeting = await MeetingQuery.FindAsync(connection, text);

        Assert.True(trend.Message != null || trend.Points.All(p => p.MeetingsMentioning <= p.MeetingsHeld));
        // Whatever came back honours the body filter, taken literally (wildcards included).
        Assert.True(actions.Message != null || actions.Actions.All(a => (a.Body ?? "").Contains(SearchText.Clean(text), StringComparison.OrdinalIgnoreCase)));
        Assert.True(meeting.Meeting != null || meeting.Message != null);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\"")]
    [InlineData("--")]
    [InlineData("the and of")]
    public async Task Text_without_searchable_words_is_refused_with_a_message(string text)
    {
        await using var connection = await OpenAsync();
        var result = await SearchQuery.RunAsync(connection, new SearchRequest(text));

        Assert.Empty(result.Hits);
        Assert.False(string.IsNullOrWhiteSpace(result.Message));
    }

    [Fact]
    public async Task An_injection_attempt_is_searched_as_words_and_the_tables_stay()
    {
        await using var connection = await OpenAsync();
        var result = await SearchQuery.RunAsync(connection, new SearchRequest("'; drop table items; --"));

        Assert.Null(result.Message);
        Assert.Empty(result.Hits);
        Assert.True(await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM items") > 0);
    }

    [Fact]
    public async Task Exclusion_and_or_follow_web_search_syntax()
    {
        await using var connection = await OpenAsync();
        var triage = await SearchQuery.RunAsync(connection, new SearchRequest("triage", Limit: 100));
        var withoutNurse = await SearchQuery.RunAsync(connection, new SearchRequest("triage -nurse", Limit: 100));
        var either = await SearchQuery.RunAsync(connection, new SearchRequest("triage or gritting", Limit: 100));
        var gritting = await SearchQuery.RunAsync(connection, new SearchRequest("gritting", Limit: 100));

        Assert.True(withoutNurse.Total < triage.Total);
        Assert.All(withoutNurse.Hits, h => Assert.DoesNotContain("nurse", Highlight.Plain(h.Snippet), StringComparison.OrdinalIgnoreCase));
        Assert.Equal(triage.Total + gritting.Total, either.Total);
    }
}
