using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>Search, trend, action and meeting queries over corpus/, checked against what the documents say (facts read from the files).</summary>
[Collection(PostgresCollection.Name)]
public sealed class CorpusQueryTests(PostgresFixture postgres)
{
    private const string Harrowfield = "county-harrowfield-highways-2022-02.docx";

    private async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(await CorpusDatabase.ConnectionStringAsync(postgres));
        await connection.OpenAsync();
        return connection;
    }

    [Fact]
    public async Task A_phrase_finds_the_three_meetings_that_discuss_street_triage_with_the_words_highlighted()
    {
        // "street triage" is written in the Eastmoor performance board (2019), the Northshire accountability board (2021)
        // and the Northvale mental health board (2022), and nowhere else in corpus/.
        await using var connection = await OpenAsync();
        var result = await SearchQuery.RunAsync(connection, new SearchRequest("\"street triage\"", Limit: 50));

        Assert.Null(result.Message);
        Assert.Equal(
            new[] { "icb-northvale-mental-health-2022-05.html", "pcc-accountability-board-2021-06.txt", "pcc-eastmoor-performance-board-2019-11.pdf" },
            result.Hits.Select(h => Path.GetFileName(h.DocumentPath)).Distinct().Order(StringComparer.Ordinal));
        Assert.All(result.Hits, h => Assert.Contains("street", Highlight.MatchedWords(h.Snippet), StringComparer.OrdinalIgnoreCase));
        var northshire = Assert.Single(result.Hits, h => h.DocumentPath.EndsWith("pcc-accountability-board-2021-06.txt", StringComparison.Ordinal));
        Assert.Equal(("3", "Mental health: street triage pilot", "2021-06-15"), (northshire.ItemNumber, northshire.ItemTitle, northshire.Date));
        Assert.Contains($"the {Highlight.Start}street{Highlight.Stop} {Highlight.Start}triage{Highlight.Stop} car", northshire.Snippet);
        Assert.Equal(result.Hits.Count, result.Total);
    }

    [Fact]
    public async Task Ranking_puts_an_item_titled_with_the_words_above_a_passing_mention()
    {
        await using var connection = await OpenAsync();
        var result = await SearchQuery.RunAsync(connection, new SearchRequest("\"street triage\"", Limit: 50));

        // Eastmoor's item 3.1.1 is titled "Street triage"; Northvale's item is titled "Street triage and section 136".
        Assert.Contains("triage", result.Hits[0].ItemTitle ?? "", StringComparison.OrdinalIgnoreCase);
        Assert.True(result.Hits.Zip(result.Hits.Skip(1)).All(p => p.First.Rank >= p.Second.Rank));
    }

    [Fact]
    public async Task Body_and_date_filters_keep_only_matching_meetings()
    {
        await using var connection = await OpenAsync();
        var inOakfield = await SearchQuery.RunAsync(connection, new SearchRequest("safeguarding", Body: "oakfield primary school"));
        var in2021 = await SearchQuery.RunAsync(connection, new SearchRequest("\"mental health\"", From: new DateOnly(2021, 1, 1), To: new DateOnly(2021, 12, 31)));

        Assert.NotEmpty(inOakfield.Hits);
        Assert.All(inOakfield.Hits, h => Assert.EndsWith("school-governors-oakfield-2024-03.txt", h.DocumentPath));
        // 2021: the Southmere quality committee (December) and the Northshire accountability board (June).
        Assert.Equal(new[] { "nhs-southmere-quality-2021-12.pdf", "pcc-accountability-board-2021-06.txt" },
            in2021.Hits.Select(h => Path.GetFileName(h.DocumentPath)).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Trend_by_year_counts_meetings_mentioning_the_phrase_out_of_meetings_held_with_empty_years_included()
    {
        // Dated meetings in corpus/ per year (from the documents): 2019 4, 2020 4, 2021 3, 2022 3, 2023 4, 2024 3, 2025 4.
        // "mental health" is written in: Eastmoor 2019, Westvale 2020, Northshire and Southmere 2021, Northvale 2022, Greenway 2024.
        await using var connection = await OpenAsync();
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("\"mental health\"", TrendUnit.Year));

        Assert.Null(trend.Message);
        Assert.Equal(
            new (string, long, long)[] { ("2019", 1, 4), ("2020", 1, 4), ("2021", 2, 3), ("2022", 1, 3), ("2023", 0, 4), ("2024", 1, 3), ("2025", 0, 4) },
            trend.Points.Select(p => (p.Period, p.MeetingsMentioning, p.MeetingsHeld)));
        Assert.All(trend.Points, p => Assert.True(p.ItemsMatching >= p.MeetingsMentioning || p.MeetingsMentioning == 1));
    }

    private const string Police = "Northshire Office of the Police and Crime Commissioner";
    private const string MentalHealth = "Northvale Mental Health Partnership Board";

    [Fact]
    public async Task Trend_by_quarter_fills_every_quarter_and_splits_by_body()
    {
        await using var connection = await OpenAsync();
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("\"street triage\"", TrendUnit.Quarter, [Police, MentalHealth],
            From: new DateOnly(2019, 1, 1), To: new DateOnly(2022, 12, 31)));

        Assert.Equal(2 * 16, trend.Points.Count);
        var police = trend.Points.Where(p => p.Series == Police).ToList();
        var mentalHealth = trend.Points.Where(p => p.Series == MentalHealth).ToList();
        Assert.Equal("2019-Q1", police[0].Period);
        Assert.Equal("2022-Q4", police[^1].Period);
        // Each body has one meeting that writes the phrase, in one quarter.
        Assert.Equal(["2021-Q2"], police.Where(p => p.MeetingsMentioning > 0).Select(p => p.Period));
        Assert.Equal(["2022-Q2"], mentalHealth.Where(p => p.MeetingsMentioning > 0).Select(p => p.Period));
    }

    [Theory]
    [InlineData("Sunita Rao", new[] { "Report passenger numbers for the demand-responsive transport pilot", "Share the list of villages that have asked for 20mph limits" })]
    [InlineData("SR", new[] { "Report passenger numbers for the demand-responsive transport pilot", "Share the list of villages that have asked for 20mph limits" })]
    [InlineData("Head of Highways", new[] { "Provide monthly figures for Category 1 defects made safe within 24 hours", "Circulate the salt stock position at the end of the season" })]
    [InlineData("graham pole", new[] { "Provide monthly figures for Category 1 defects made safe within 24 hours", "Circulate the salt stock position at the end of the season" })]
    public async Task An_owner_matches_by_name_initials_or_role_through_the_attendance(string owner, string[] expected)
    {
        // Harrowfield's action log: 4.1.1 "Head of Highways", 4.2 "GP", 5.1 "SR", 6 "Sunita"; attendance lists
        // Graham Pole, Head of Highways, GP and Sunita Rao, SR.
        await using var connection = await OpenAsync();
        var result = await ActionQuery.RunAsync(connection, new ActionFilter(Owner: owner, Body: "Highways and Transport Scrutiny Committee"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Actions.Select(a => a.Text).Order(StringComparer.Ordinal));
        Assert.All(result.Actions, a => Assert.Equal(CorpusDatabase.PathOf(Harrowfield), a.DocumentPath));
    }

    [Theory]
    [InlineData("Sunita Rao", 2)]
    [InlineData("Head of Highways", 2)]
    public async Task An_owner_alone_is_matched_across_the_whole_database_the_same_way(string owner, int expected)
    {
        // Only Harrowfield's attendance lists Sunita Rao and the Head of Highways (Graham Pole).
        await using var connection = await OpenAsync();
        var alone = await ActionQuery.RunAsync(connection, new ActionFilter(Owner: owner));
        var withBody = await ActionQuery.RunAsync(connection, new ActionFilter(Owner: owner, Body: "Highways and Transport Scrutiny Committee"));

        Assert.Equal(expected, alone.Actions.Count);
        Assert.Equal(withBody.Actions.Select(a => a.Text).Order(StringComparer.Ordinal), alone.Actions.Select(a => a.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Overdue_lists_actions_whose_due_date_has_passed_on_the_given_day()
    {
        // Due dates in Harrowfield's log: 31/03/2022, "end of March", 12/07/2022, "by 30 June 2022", "Next meeting".
        await using var connection = await OpenAsync();
        var overdue = await ActionQuery.RunAsync(connection, new ActionFilter(Body: "Highways and Transport Scrutiny Committee", Overdue: true, AsOf: new DateOnly(2022, 7, 1)));
        var all = await ActionQuery.RunAsync(connection, new ActionFilter(Body: "Highways and Transport Scrutiny Committee", AsOf: new DateOnly(2022, 7, 1)));

        Assert.Equal(new[] { "2022-03-31", "2022-06-30" }, overdue.Actions.Select(a => a.Due).Order(StringComparer.Ordinal));
        Assert.Equal(5, all.Actions.Count);
        Assert.Equal(2, all.Actions.Count(a => a.Overdue));
        var salt = Assert.Single(all.Actions, a => a.ItemNumber == "4.2");
        // Each action shows the title of the item it sits under: 4.2 is "Winter service review".
        Assert.Equal("Winter service review", salt.ItemTitle);
    }

    [Fact]
    public async Task Actions_filtered_by_words_and_dates()
    {
        await using var connection = await OpenAsync();
        var result = await ActionQuery.RunAsync(connection, new ActionFilter(Query: "\"section 136\"", From: new DateOnly(2022, 1, 1), To: new DateOnly(2022, 12, 31)));

        var action = Assert.Single(result.Actions);
        Assert.Equal("Gareth/Fatima", action.Owner);
        Assert.Equal("2022-05-19", action.Date);
    }

    [Fact]
    public async Task Show_finds_a_meeting_by_file_name_and_by_document_id()
    {
        await using var connection = await OpenAsync();
        var byName = await MeetingQuery.FindAsync(connection, Harrowfield);
        var meeting = Assert.IsType<MeetingDetail>(byName.Meeting);
        var byId = await MeetingQuery.FindAsync(connection, meeting.DocumentId.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(CorpusDatabase.PathOf(Harrowfield), meeting.DocumentPath);
        Assert.Equal(("Highways and Transport Scrutiny Committee", "2022-02-21", "docx"), (meeting.Title, meeting.Date, meeting.Format));
        Assert.Equal(5, meeting.Actions.Count);
        Assert.Contains(meeting.Attendance, a => a is { Name: "Sunita Rao", Abbreviation: "SR" });
        Assert.Equal(meeting, byId.Meeting! with { Attendance = meeting.Attendance, Items = meeting.Items, Actions = meeting.Actions, OcrPageConfidence = meeting.OcrPageConfidence, Sources = meeting.Sources, Warnings = meeting.Warnings });
        Assert.Equal(meeting.Items.Select(i => i.Number), byId.Meeting!.Items.Select(i => i.Number));
    }

    [Theory]
    [InlineData("corpus")]          // every file: ambiguous
    [InlineData("no-such-file.pdf")]
    [InlineData("999999")]
    [InlineData("")]
    public async Task Show_explains_a_key_that_names_no_single_meeting(string key)
    {
        await using var connection = await OpenAsync();
        var found = await MeetingQuery.FindAsync(connection, key);

        Assert.Null(found.Meeting);
        Assert.False(string.IsNullOrWhiteSpace(found.Message));
    }
}
