using System.Text;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Hostile;

/// <summary>
/// No value an input controls can stop its document, or the run, from being stored: b-tree indexes over paths and
/// titles hold a hash or a prefix, and characters with a meaning of their own (search-match markers, controls) are
/// stripped from stored text.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class UnboundedTextTests(PostgresFixture postgres)
{
    private const string Minutes = """
        Present: Cllr Ann Lee (Chair), Bob Stone.

        1. Apologies
        None were received.

        2. Finance
        The budget was agreed. Action: Bob Stone to circulate the accounts.
        """;

    // Fifteen long words of varied letters: a b-tree compresses a repeated character, not these, and a heading of at most
    // twenty words is still taken as the title.
    private static string VariedWords(int length, int seed)
    {
        var random = new Random(seed);
        var sb = new StringBuilder();
        for (var word = 0; word < 15; word++)
        {
            for (var i = length / 15 - 1; i > 0; i--) sb.Append(random.Next(8) == 0 ? 'é' : (char)('a' + random.Next(26)));
            sb.Append(' ');
        }
        return sb.ToString().Trim();
    }

    [Fact]
    public async Task A_path_of_nearly_3000_bytes_is_stored_beside_the_other_files_of_its_run()
    {
        using var folder = new TempFolder();
        // Twelve folders of 240 varied characters: legal on Linux, over a b-tree entry's size even compressed.
        var random = new Random(2927);
        var deep = string.Join('/', Enumerable.Range(0, 12).Select(_ => new string(Enumerable.Range(0, 240).Select(_ => (char)('a' + random.Next(26))).ToArray())));
        var longPath = folder.Write(Path.Combine(deep, "minutes.txt"), "Minutes of the Deep Folder Committee\n\n" + Minutes);
        var shortPath = folder.Write("short.txt", "Minutes of the Shallow Committee\n\n" + Minutes);
        Assert.True(Encoding.UTF8.GetByteCount(longPath) > 2900);
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(null, folder.Path);
        var again = await harness.IngestAsync(null, folder.Path);

        Assert.Equal(2, report.Stored);
        Assert.Equal(2, again.Skipped);
        Assert.Equal(longPath, await harness.ScalarAsync<string>("SELECT path FROM documents WHERE length(path) > 2900"));
        Assert.Equal(2L, await harness.ScalarAsync<long>("SELECT count(DISTINCT path) FROM ingest_run_files WHERE path IN (@longPath, @shortPath)", new { longPath, shortPath }));
    }

    [Fact]
    public async Task A_title_of_3_kB_is_stored_whole_and_a_body_of_3_kB_can_be_trended()
    {
        using var folder = new TempFolder();
        var title = "Minutes of the " + VariedWords(3000, 16);
        var body = VariedWords(3000, 17);
        folder.Write("long-title.txt", title + "\n\nHeld on 14 May 2024 at 7pm.\n\n" + Minutes);
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(new IngestOptions { BodyForPath = ImporterBody.For([folder.Path], body, fromFolder: false) }, folder.Path);

        Assert.True(report.Stored == 1, string.Join("\n", report.Failures.Select(f => $"{f.Reason}: {f.Message}")));
        var stored = await harness.ScalarAsync<string>("SELECT title FROM meetings");
        Assert.True(stored.Length > 2900 && title.Contains(stored, StringComparison.Ordinal), $"stored title of {stored.Length} characters");
        await using var connection = await harness.Database.OpenConnectionAsync();
        var trend = await TrendQuery.RunAsync(connection, new TrendRequest("budget", TrendUnit.Year, [body], BySeries: true));
        Assert.Null(trend.Message);
        Assert.Equal(1, trend.Points.Sum(p => p.MeetingsHeld));
    }

    [Theory]
    [InlineData('\uE000')]
    [InlineData('\uE001')]
    [InlineData('\uF8FF')]
    [InlineData('\u0085')]
    [InlineData('\u009B')]
    public async Task Match_markers_private_use_and_control_characters_are_not_stored(char c)
    {
        using var folder = new TempFolder();
        folder.Write("marked.txt", $"Minutes of the {c}Marker{c} Committee\n\nPresent: Cllr Ann Lee (Chair), Bob {c}Stone.\n\n1. Fin{c}ance\nThe {c}budget{c} was agreed. Action: Bob Stone to {c}circulate the accounts.\n");
        await using var harness = await IngestHarness.CreateAsync(postgres, new InProcessMinutesFileExtractor());

        var report = await harness.IngestAsync(null, folder.Path);

        Assert.Equal(1, report.Stored);
        const string everyText = """
            SELECT string_agg(t, ' ') FROM (
                SELECT concat_ws(' ', title, body, venue, chair, minute_taker) FROM meetings
                UNION ALL SELECT concat_ws(' ', name, role, abbreviation) FROM attendees
                UNION ALL SELECT concat_ws(' ', number, title, body) FROM items
                UNION ALL SELECT concat_ws(' ', item_number, text, owner, owner_name) FROM actions) x(t)
            """;
        var text = await harness.ScalarAsync<string>(everyText);
        Assert.Contains("budget", text);
        Assert.DoesNotContain(c, text);
    }
}
