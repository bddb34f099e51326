using MinutesIngest.TestSupport;
using Dapper;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ml.SuggestedActions;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Ingest.Workers;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

/// <summary>
/// What the default ingest stores (worker processes, as <c>scripts/main</c> runs it) equals, field by field,
/// what in-process extraction gives for the same file: nothing of the contract is lost between worker and database.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class WorkerRoundTripTests(PostgresFixture postgres)
{
    [Fact]
    public async Task Every_field_extracted_in_process_is_stored_by_a_worker_ingest()
    {
        // Born-digital documents of every format; the scans have their own (slower) tests.
        var documents = InputFileFinder.Find([ProjectCorpus.Folder])
            .Where(f => f.EndsWith(".gold.json", StringComparison.Ordinal) == false && !f.Contains("/scanned/", StringComparison.Ordinal)
                        && !f.Contains("/real/", StringComparison.Ordinal) && !RepositoryPaths.IsHeldOut(f) && File.Exists(Path.ChangeExtension(f, null) + ".gold.json"))
            .ToList();
        Assert.True(documents.Count >= 20, $"only {documents.Count} documents in {ProjectCorpus.Folder}");
        using var pool = new WorkerPoolMinutesFileExtractor(WorkerLaunches.Cli, new WorkerPoolOptions { Workers = 2, Extraction = new() { SuggestedActions = true } });
        await using var harness = await IngestHarness.CreateAsync(postgres, pool);

        var report = await harness.IngestAsync(null, documents.ToArray());

        Assert.Equal(0, report.Failed);
        var inProcess = new InProcessMinutesFileExtractor(commitments: CommitmentModel.LoadCommitted());
        await using var connection = await harness.Database.OpenConnectionAsync();
        var itemBodies = 0;
        foreach (var file in documents)
        {
            var outcome = await inProcess.ExtractAsync(new ExtractionRequest(file, await File.ReadAllBytesAsync(file)), CancellationToken.None);
            var expected = outcome.Record!;
            var id = await connection.ExecuteScalarAsync<long>("SELECT id FROM documents WHERE path = @file", new { file });
            var stored = (await MeetingQuery.LoadAsync(connection, id))!;

            Assert.Equal(expected.Format, stored.Format);
            Assert.Equal(expected.Meeting.Title, stored.Title);
            // The stored body is the resolved one (stated, else read from the title or letterhead), normalised.
            Assert.Equal(Core.Bodies.BodyNames.Normalise(outcome.BodyFound ?? expected.Meeting.Body), stored.Body);
            Assert.Equal(expected.Meeting.Date, stored.Date);
            Assert.Equal(expected.Meeting.StartTime, stored.StartTime);
            Assert.Equal(expected.Meeting.Venue, stored.Venue);
            Assert.Equal(expected.Meeting.Chair, stored.Chair);
            Assert.Equal(expected.Meeting.MinuteTaker, stored.MinuteTaker);
            Assert.Equal(expected.NextMeeting?.Date, stored.NextMeetingDate);
            Assert.Equal(expected.NextMeeting?.StartTime, stored.NextMeetingTime);
            Assert.Equal(expected.Attendance.Select(a => new MeetingAttendee(a.Name, a.Role, a.Abbreviation, a.Status)), stored.Attendance);
            Assert.Equal(expected.Items.Select(i => new MeetingItem(i.Number, i.Title, i.Text)), stored.Items);
            Assert.Equal(expected.Actions.Select(a => new MeetingAction(a.Item, a.Text, a.Owner, a.OwnerName, a.Due)), stored.Actions);
            var suggested = (await connection.QueryAsync<string>(
                "SELECT s.text FROM suggested_actions s JOIN meetings m ON m.id = s.meeting_id WHERE m.document_id = @id ORDER BY s.position", new { id })).ToList();
            Assert.Equal(expected.SuggestedActions!.Select(s => s.Text), suggested);
            itemBodies += stored.Items.Count(i => i.Body.Length > 0);
        }
        // The comparison above is only worth something if the corpus has item text to lose.
        Assert.True(itemBodies > 100, $"only {itemBodies} items with a body");
    }
}
