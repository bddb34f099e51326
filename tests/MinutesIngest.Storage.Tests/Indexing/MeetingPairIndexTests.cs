using Dapper;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using MinutesIngest.Storage.Writing;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Indexing;

/// <summary>Phrase trends read from the word-pair postings count exactly what matching the phrase against every item and
/// action counts, whatever the state of the postings (fresh, missing meetings, listing replaced or deleted ones, rebuilt).</summary>
[Collection(PostgresCollection.Name)]
public sealed class MeetingPairIndexTests(PostgresFixture postgres)
{
    // Two bodies' invented meetings. The two words of the phrase sit side by side in titles, bodies and an action; across
    // an item's title and body (which the stored vector joins); apart; reversed; and with stop words between them.
    private static readonly (string Name, string Text)[] Minutes =
    [
        ("f-2019-03.txt", """
            MEETING: Fernley Parish Council
            BODY: Fernley Parish Council
            DATE: 2019-03-04
            ITEM: 1 | Gully cleaning | The gully cleaning rota was agreed.
            ITEM: 2 | Roads | Potholes were reported.
            """),
        ("f-2019-09.txt", """
            MEETING: Fernley Parish Council
            BODY: Fernley Parish Council
            DATE: 2019-09-02
            ITEM: 1 | Drains | The cleaning of the gully was late.
            ITEM: 2 | Gully | Cleaning contractor appointed.
            """),
        ("f-2020-01.txt", """
            MEETING: Fernley Parish Council
            BODY: Fernley Parish Council
            DATE: 2020-01-06
            ITEM: 1 | Roads | Resurfacing was agreed.
            ACTION: 1 | Clerk to book gully cleaning | Clerk | |
            """),
        ("d-2020-05.txt", """
            MEETING: Dunmere Water Board
            BODY: Dunmere Water Board
            DATE: 2020-05-11
            ITEM: 1 | Gully cleaning | Gully cleaning twice a year.
            ITEM: 2 | Budget | The gully cleaning budget rose.
            ITEM: 3 | Staff | A rota of gully cleaning staff.
            """),
        ("d-2021-02.txt", """
            MEETING: Dunmere Water Board
            BODY: Dunmere Water Board
            DATE: 2021-02-01
            ITEM: 1 | Cleaning | Gully repairs and cleaning.
            """),
        ("f-2021-07.txt", """
            MEETING: Fernley Parish Council
            BODY: Fernley Parish Council
            DATE: 2021-07-05
            ITEM: 1 | Budget budget | The budget was set.
            """),
        ("undated.txt", """
            MEETING: Fernley Parish Council extraordinary meeting
            BODY: Fernley Parish Council
            ITEM: 1 | Gully cleaning | Discussed.
            """),
    ];

    [Theory]
    [InlineData("\"gully cleaning\"")]             // two words side by side: the postings alone answer
    [InlineData("\"the gully cleaning\"")]         // a leading stop word leaves the same pair
    [InlineData("\"gully cleaning rota\"")]        // three words: two pairs narrow the meetings, the phrase is checked in them
    [InlineData("\"rota of gully cleaning\"")]     // a stop word inside: one pair, one gap of two
    [InlineData("\"cleaning of the gully\"")]      // only gaps: read from every item as before
    [InlineData("\"cleaning gully\"")]             // reversed: only across a title and its body
    [InlineData("\"budget budget\"")]              // one word twice
    [InlineData("\"xylophone cleaning\"")]         // a pair no meeting holds
    public async Task A_phrase_trend_from_the_pair_postings_equals_the_trend_read_from_items_and_actions(string phrase)
    {
        await using var harness = await IngestHarness.IngestedAsync(postgres, Minutes);
        await using var connection = await harness.Database.OpenConnectionAsync();
        Assert.Equal(0L, await PairsPendingAsync(connection));

        foreach (var request in Requests(phrase))
            await AssertSameAsReadingEveryRowAsync(connection, request);
    }

    [Fact]
    public async Task Phrases_cut_from_the_bundled_corpus_give_the_same_trend_from_the_postings_as_from_items_and_actions()
    {
        await using var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        Assert.Equal(0L, await PairsPendingAsync(connection));
        // Two and three words as an item's body has them (hyphens, numbers, long texts and all), from items spread over the corpus.
        var phrases = (await connection.QueryAsync<string>("""
            SELECT phrase FROM (
            SELECT DISTINCT '"' || array_to_string(w[s:s + n - 1], ' ') || '"' AS phrase
            FROM (SELECT regexp_split_to_array(regexp_replace(btrim(body), '["\s]+', ' ', 'g'), ' ') AS w FROM items WHERE id % 7 = 0 ORDER BY id LIMIT 40) i,
                 (VALUES (2, 2), (3, 3), (5, 2)) AS c(s, n)
            WHERE cardinality(w) >= s + n) p
            WHERE numnode(websearch_to_tsquery('english', phrase)) > 0   -- not stop words alone
            """)).ToList();
        Assert.True(phrases.Count >= 30, $"{phrases.Count} phrases");

        var mentioned = 0;
        foreach (var phrase in phrases)
        {
            var request = new TrendRequest(phrase, TrendUnit.Year);
            await AssertSameAsReadingEveryRowAsync(connection, request);
            if ((await TrendQuery.RunAsync(connection, request)).Points.Sum(p => p.MeetingsMentioning) > 0) mentioned++;
        }
        Assert.True(mentioned >= phrases.Count / 2, $"{mentioned} of {phrases.Count} phrases found");
    }

    [Fact]
    public async Task A_two_word_phrase_counts_each_meeting_holding_it_and_each_item()
    {
        await using var harness = await IngestHarness.IngestedAsync(postgres, Minutes);
        await using var connection = await harness.Database.OpenConnectionAsync();

        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("\"gully cleaning\"", TrendUnit.Year));

        // 2019: the first meeting's item, the second's across title and body; 2020: an action alone, three items.
        Assert.Equal(["2019 2/2 2", "2020 2/2 3", "2021 0/2 0"],
            trend.Points.Select(p => $"{p.Period} {p.MeetingsMentioning}/{p.MeetingsHeld} {p.ItemsMatching}"));
        // Reversed, only where a title's last word and its body's first meet: "Cleaning | Gully ...", "Gully cleaning | Gully ...".
        var reversed = await TrendQuery.RunAsync(connection, new TrendRequest("\"cleaning gully\"", TrendUnit.Year));
        Assert.Equal(["2019 0/2 0", "2020 1/2 1", "2021 1/2 1"],
            reversed.Points.Select(p => $"{p.Period} {p.MeetingsMentioning}/{p.MeetingsHeld} {p.ItemsMatching}"));
    }

    [Fact]
    public async Task The_postings_answer_a_two_word_phrase_and_meetings_not_yet_posted_are_read_from_their_rows()
    {
        await using var harness = await IngestHarness.IngestedAsync(postgres, Minutes);
        await using var connection = await harness.Database.OpenConnectionAsync();
        var request = new TrendRequest("\"gully cleaning\"", TrendUnit.Year);
        var complete = await TrendQuery.RunAsync(connection, request);

        // Postings gone but meetings still marked posted: the trend reads the (empty) postings, so nothing is mentioned.
        await connection.ExecuteAsync("TRUNCATE meeting_pair_postings");
        Assert.Equal(0L, (await TrendQuery.RunAsync(connection, request)).Points.Sum(p => p.MeetingsMentioning));

        // As a database migrated to 0022 is: nothing posted, every meeting pending and read from its rows.
        await connection.ExecuteAsync("UPDATE meetings SET pairs_indexed = false");
        Assert.Equal(complete.Points, (await TrendQuery.RunAsync(connection, request)).Points);
        await MeetingTermIndex.UpdateAsync(connection);   // what the end of an ingest run does
        Assert.Equal(0L, await PairsPendingAsync(connection));
        Assert.Equal(complete.Points, (await TrendQuery.RunAsync(connection, request)).Points);

        // Half posted, half pending: the odd meetings hidden from an update, then shown as pending.
        await connection.ExecuteAsync("TRUNCATE meeting_pair_postings; UPDATE meetings SET pairs_indexed = id % 2 = 1");
        await MeetingTermIndex.UpdateAsync(connection);
        await connection.ExecuteAsync("UPDATE meetings SET pairs_indexed = false WHERE id % 2 = 1");
        Assert.True(await PairsPendingAsync(connection) is > 0 and < 7);
        foreach (var each in Requests("\"gully cleaning\"").Concat(Requests("\"gully cleaning rota\"")))
            await AssertSameAsReadingEveryRowAsync(connection, each);
        Assert.True(complete.Points.Sum(p => p.MeetingsMentioning) > 0);
    }

    [Fact]
    public async Task A_replaced_or_forgotten_document_counts_only_as_it_now_stands_and_db_reindex_posts_every_meeting_again()
    {
        using var folder = new TempFolder();
        foreach (var (name, text) in Minutes) folder.Write(name, text);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, folder.Path);
        await using var connection = await harness.Database.OpenConnectionAsync();
        var request = new TrendRequest("\"gully cleaning\"", TrendUnit.Year);
        Assert.Equal(4L, (await TrendQuery.RunAsync(connection, request)).Points.Sum(p => p.MeetingsMentioning));

        // The three-item meeting rewritten without the phrase, and the action-only meeting forgotten.
        folder.Write("d-2020-05.txt", "MEETING: Dunmere Water Board\nBODY: Dunmere Water Board\nDATE: 2020-05-11\nITEM: 1 | Gully | Repairs only.\n");
        await harness.IngestAsync(null, folder.Path);
        await DocumentForgetter.ForgetAsync(connection, [Path.Combine(folder.Path, "f-2020-01.txt")]);

        var trend = await TrendQuery.RunAsync(connection, request);
        Assert.Equal((2L, 2L), (trend.Points.Sum(p => p.MeetingsMentioning), trend.Points.Sum(p => p.ItemsMatching)));
        foreach (var each in Requests("\"gully cleaning\"").Concat(Requests("\"gully cleaning rota\"")))
            await AssertSameAsReadingEveryRowAsync(connection, each);
        Assert.True(await DeadPostingsAsync(connection) > 0);   // the replaced and forgotten meetings are still listed, unread

        await MeetingTermIndex.RebuildAsync(connection);   // what `minutes db reindex` runs

        Assert.Equal(0L, await DeadPostingsAsync(connection));
        Assert.Equal(0L, await PairsPendingAsync(connection));
        Assert.Equal(trend.Points, (await TrendQuery.RunAsync(connection, request)).Points);
    }

    [Theory]
    [InlineData("\"street lighting\"", "street light", "1")]
    [InlineData("\"the street lighting\"", "street light", "1")]
    [InlineData("\"lighting of streets\"", null, null)]   // only a gap of two: no adjacent pair to look up
    [InlineData("\"costs of street lighting\"", "cost street light", "2 1")]
    [InlineData("street lighting", null, null)]           // two words anywhere, not a phrase
    [InlineData("lighting", null, null)]
    public async Task The_phrase_of_search_text_is_read_from_its_tsquery(string text, string? lexemes, string? distances)
    {
        await using var connection = new NpgsqlConnection(postgres.AdminConnectionString);
        await connection.OpenAsync();

        var phrase = await WordPhrase.OfAsync(connection, text, CancellationToken.None);

        Assert.Equal(lexemes, phrase is null ? null : string.Join(' ', phrase.Lexemes));
        Assert.Equal(distances, phrase is null ? null : string.Join(' ', phrase.Distances));
    }

    // By every unit, over all bodies or two, over all dates or a range that cuts the years.
    private static IEnumerable<TrendRequest> Requests(string phrase) =>
        from unit in new[] { TrendUnit.Year, TrendUnit.Quarter, TrendUnit.Month }
        from bodies in new string[]?[] { null, ["Fernley Parish Council", "Dunmere Water Board"] }
        from range in new (DateOnly?, DateOnly?)[] { (null, null), (new DateOnly(2019, 6, 1), new DateOnly(2020, 12, 31)) }
        select new TrendRequest(phrase, unit, bodies, range.Item1, range.Item2);

    private static async Task AssertSameAsReadingEveryRowAsync(NpgsqlConnection connection, TrendRequest request)
    {
        var fromPostings = await TrendQuery.RunAsync(connection, request);
        var fromRows = await TrendQuery.RunAsync(connection, request with { UsePostings = false });
        Assert.Null(fromPostings.Message);
        Assert.NotEmpty(fromRows.Points);
        Assert.Equal(fromRows.Points, fromPostings.Points);
    }

    private static Task<long> PairsPendingAsync(NpgsqlConnection connection) =>
        connection.ExecuteScalarAsync<long>("SELECT count(*) FROM meetings WHERE NOT pairs_indexed");

    private static Task<long> DeadPostingsAsync(NpgsqlConnection connection) => connection.ExecuteScalarAsync<long>(
        "SELECT count(*) FROM meeting_pair_postings t, unnest(t.meeting_ids) AS p(id) WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = p.id)");
}
