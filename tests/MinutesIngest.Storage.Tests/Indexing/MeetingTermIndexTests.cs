using Dapper;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Indexing;

/// <summary>The meeting-level word postings answer one-word trends exactly as reading items and actions does, whatever the
/// state of the postings (fresh, missing meetings, listing deleted ones, rebuilt).</summary>
[Collection(PostgresCollection.Name)]
public sealed class MeetingTermIndexTests(PostgresFixture postgres)
{
    // Words of corpus/ from common ("minutes") to rare ("triage"), one absent; by every unit, and per body.
    [Theory]
    [InlineData("police", TrendUnit.Year)]
    [InlineData("safeguarding", TrendUnit.Quarter)]
    [InlineData("budget", TrendUnit.Month)]
    [InlineData("minutes", TrendUnit.Year)]
    [InlineData("triage", TrendUnit.Month)]
    [InlineData("highways", TrendUnit.Quarter)]
    [InlineData("xylophone", TrendUnit.Year)]
    public async Task A_one_word_trend_over_the_corpus_equals_the_trend_read_from_items_and_actions(string word, TrendUnit unit)
    {
        await using var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM meetings WHERE NOT terms_indexed"));

        foreach (var bodies in new string[]?[] { null, ["Westcombe Parish Council", "Performance and Accountability Board"] })
        {
            var fromPostings = await TrendQuery.RunAsync(connection, new TrendRequest(word, unit, bodies));
            var fromRows = await TrendQuery.RunAsync(connection, new TrendRequest(word, unit, bodies, UsePostings: false));
            Assert.Null(fromPostings.Message);
            Assert.Equal(fromRows.Points, fromPostings.Points);
        }
        var mentioning = (await TrendQuery.RunAsync(connection, new TrendRequest(word, unit))).Points.Sum(p => p.MeetingsMentioning);
        Assert.Equal(await MeetingsMentioningAsync(connection, word), mentioning);
        Assert.Equal(word == "xylophone", mentioning == 0);
    }

    [Fact]
    public async Task Meetings_stored_after_the_postings_were_built_are_still_counted_and_added_by_the_next_update()
    {
        using var corpus = GeneratedMinutes.Folder(30);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        await using var connection = await harness.Database.OpenConnectionAsync();
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM meetings WHERE NOT terms_indexed"));
        var complete = await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Year));

        // As if a run had stopped between writing its documents and updating the postings.
        await connection.ExecuteAsync("TRUNCATE meeting_term_postings, term_months; UPDATE meetings SET terms_indexed = false WHERE id % 2 = 0");
        var halfIndexed = await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Year));
        var added = await MeetingTermIndex.UpdateAsync(connection);
        var updated = await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Year));

        Assert.True(complete.Points.Sum(p => p.MeetingsMentioning) > 5);
        Assert.Equal(15, added);
        Assert.NotEqual(complete.Points, halfIndexed.Points);   // the odd meetings' postings were dropped and not re-added
        await connection.ExecuteAsync("TRUNCATE meeting_term_postings, term_months; UPDATE meetings SET terms_indexed = false");
        var unindexed = await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Year));
        Assert.Equal(complete.Points, unindexed.Points);
        Assert.Equal(30, await MeetingTermIndex.UpdateAsync(connection));
        Assert.Equal(complete.Points, (await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Year))).Points);
        Assert.Equal(30, updated.Points.Sum(p => p.MeetingsHeld));
    }

    [Fact]
    public async Task A_replaced_document_counts_only_in_its_new_version_and_a_rebuild_drops_the_old_one()
    {
        using var corpus = GeneratedMinutes.Folder(12);
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        var changed = InputFileFinder.Find([corpus.Path])[0];
        await File.WriteAllTextAsync(changed, "MEETING: Rewritten\nDATE: 2019-05-01\nITEM: 1 | Xylophone repairs | The xylophone was tuned.\nITEM: 2 | Xylophone | Again.\n");
        await harness.IngestAsync(null, corpus.Path);
        await File.WriteAllTextAsync(changed, "MEETING: Rewritten again\nDATE: 2019-05-01\nITEM: 1 | Kettle | The kettle was descaled.\n");
        await harness.IngestAsync(null, corpus.Path);
        await using var connection = await harness.Database.OpenConnectionAsync();

        var xylophone = await TrendQuery.RunAsync(connection, new TrendRequest("xylophone", TrendUnit.Year));
        var kettle = await TrendQuery.RunAsync(connection, new TrendRequest("kettle", TrendUnit.Year));
        Assert.Equal(0, xylophone.Points.Sum(p => p.MeetingsMentioning));
        Assert.Equal((1L, 1L), (kettle.Points.Sum(p => p.MeetingsMentioning), kettle.Points.Sum(p => p.ItemsMatching)));
        Assert.True(await DeadPostingsAsync(connection) > 0);   // the two replaced meetings are still listed, unread
        // The per-month counts lost the replaced meetings' words: a word of the generated minutes still agrees.
        Assert.Equal((await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Month, UsePostings: false))).Points,
            (await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Month))).Points);
        Assert.Equal((await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Quarter, ["Parish Council", "Library Trust"], UsePostings: false))).Points,
            (await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Quarter, ["Parish Council", "Library Trust"]))).Points);
        Assert.Equal(0, await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM term_months WHERE lexeme = 'xylophon' AND meetings <> 0"));
        Assert.Equal(1, await connection.ExecuteScalarAsync<long>("SELECT sum(meetings) FROM term_months WHERE lexeme = 'kettl'"));

        await MeetingTermIndex.RebuildAsync(connection);

        Assert.Equal(0, await DeadPostingsAsync(connection));
        Assert.Equal(kettle.Points, (await TrendQuery.RunAsync(connection, new TrendRequest("kettle", TrendUnit.Year))).Points);
    }

    [Fact]
    public async Task Item_counts_say_how_many_items_hold_the_word_and_actions_alone_still_make_a_mention()
    {
        using var corpus = new TempFolder();
        corpus.Write("a.txt", "MEETING: Counted\nDATE: 2020-03-04\nITEM: 1 | Gully clearing | Gullies blocked.\nITEM: 2 | Budget | A gully by the church.\nITEM: 3 | Other | Nothing.\n");
        corpus.Write("b.txt", "MEETING: Action only\nDATE: 2020-07-04\nITEM: 1 | Roads | Potholes.\nACTION: 1 | Clerk to report the blocked gully | Clerk | | \n");
        await using var harness = await IngestHarness.CreateAsync(postgres);
        await harness.IngestAsync(null, corpus.Path);
        await using var connection = await harness.Database.OpenConnectionAsync();

        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("gully", TrendUnit.Year));

        var year = Assert.Single(trend.Points);
        Assert.Equal((2L, 2L, 2L), (year.MeetingsMentioning, year.MeetingsHeld, year.ItemsMatching));
        // Which meeting gets the lower id depends on the order parallel ingest stored them in: compare per meeting title.
        var counts = (await connection.QueryAsync<(string, short)>("""
            SELECT m.title, p.items FROM meeting_term_postings t, unnest(t.meeting_ids, t.item_counts) AS p(id, items)
            JOIN meetings m ON m.id = p.id WHERE t.lexeme = 'gulli' ORDER BY m.title
            """)).ToList();
        Assert.Equal(new[] { ("Action only", (short)0), ("Counted", (short)2) }, counts);
    }

    private static Task<long> MeetingsMentioningAsync(NpgsqlConnection connection, string word) => connection.ExecuteScalarAsync<long>("""
        SELECT count(*) FROM meetings m WHERE m.meeting_date IS NOT NULL AND (
            EXISTS (SELECT 1 FROM items i WHERE i.meeting_id = m.id AND i.search @@ websearch_to_tsquery('english', @word))
            OR EXISTS (SELECT 1 FROM actions a WHERE a.meeting_id = m.id AND a.search @@ websearch_to_tsquery('english', @word)))
        """, new { word });

    private static Task<long> DeadPostingsAsync(NpgsqlConnection connection) => connection.ExecuteScalarAsync<long>(
        "SELECT count(*) FROM meeting_term_postings t, unnest(t.meeting_ids) AS p(id) WHERE NOT EXISTS (SELECT 1 FROM meetings m WHERE m.id = p.id)");
}
