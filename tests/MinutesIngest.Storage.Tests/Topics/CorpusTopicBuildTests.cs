using Dapper;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Ml.SuggestedActions;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Topics;

/// <summary>The bundled corpus ingested with the committed suggested-action model, then topics built twice over it.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CorpusTopicBuildTests(PostgresFixture postgres)
{
    private const string TopicRows = "SELECT number, label, array_to_string(terms, ','), array_to_string(term_weights, ',') FROM topics ORDER BY number";
    private const string WeightRows = "SELECT item_id, topic, weight FROM item_topics ORDER BY item_id, topic";

    [Fact]
    public async Task Suggested_actions_land_beside_actions_and_two_topic_builds_store_the_same_topics()
    {
        var extractor = new InProcessMinutesFileExtractor(commitments: CommitmentModel.LoadCommitted());
        await using var harness = await IngestHarness.CreateAsync(postgres, extractor);
        using var corpus = new TempFolder();
        foreach (var document in RepositoryCorpus.Documents()) File.Copy(document, Path.Combine(corpus.Path, Path.GetFileName(document)));
        var files = InputFileFinder.Find([corpus.Path]);
        await harness.IngestAsync(null, corpus.Path);

        long actions = 0, suggested = 0;
        foreach (var file in files)
            if ((await extractor.ExtractAsync(new ExtractionRequest(file, await File.ReadAllBytesAsync(file)), CancellationToken.None)).Record is { } r)
            {
                actions += r.Actions.Count;
                suggested += r.SuggestedActions!.Count;
            }
        Assert.True(suggested > 0);
        Assert.Equal(actions, await harness.ScalarAsync<long>("SELECT count(*) FROM actions"));
        Assert.Equal(suggested, await harness.ScalarAsync<long>("SELECT count(*) FROM suggested_actions"));
        Assert.Equal(0, await harness.ScalarAsync<long>(
            "SELECT count(*) FROM suggested_actions s JOIN actions a ON a.meeting_id = s.meeting_id AND a.text = s.text"));

        await using var connection = await harness.Database.OpenConnectionAsync();
        var options = new TopicOptions { Topics = 6, Iterations = 100 };
        var first = await TopicBuildRun.ExecuteAsync(connection, options, includeBody: true, CancellationToken.None);
        var topics1 = (await connection.QueryAsync<(int, string, string, string)>(TopicRows)).ToList();
        var weights1 = (await connection.QueryAsync<(long, int, float)>(WeightRows)).ToList();
        var second = await TopicBuildRun.ExecuteAsync(connection, options, includeBody: true, CancellationToken.None);
        var topics2 = (await connection.QueryAsync<(int, string, string, string)>(TopicRows)).ToList();
        var weights2 = (await connection.QueryAsync<(long, int, float)>(WeightRows)).ToList();

        Assert.NotNull(first);
        Assert.NotNull(second);
        Assert.Equal(6, topics1.Count);
        Assert.Equal(topics1, topics2);
        Assert.NotEmpty(weights1);
        Assert.Equal(weights1, weights2);
    }
}
