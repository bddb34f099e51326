using MinutesIngest.Ml.Topics;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Cli.Commands;

/// <summary>Fits topics over the stored items and replaces the stored build: the glue between Storage (rows) and Ml (the fit).</summary>
internal static class TopicBuildRun
{
    public static async Task<(TopicFit Fit, TopicBuild Build)?> ExecuteAsync(NpgsqlConnection connection, TopicOptions options, bool includeBody, CancellationToken ct)
    {
        var texts = await TopicStore.LoadTextsAsync(connection, includeBody, ct);
        if (texts.Count == 0) return null;
        var fit = TopicModeller.Fit(texts.Select(t => new TopicText(t.Id, t.Text)).ToList(), options);
        var build = new TopicBuild(options.Topics, texts.Count, includeBody, options.Seed, fit.FitTime.TotalSeconds);
        var topics = fit.Topics.Select(t => new StoredTopic(t.Number, t.Label, t.Terms.Select(x => x.Term).ToList(), t.Terms.Select(x => x.Weight).ToList())).ToList();
        var weights = fit.Texts.SelectMany(t => t.Weights.Select((w, k) => new ItemTopicWeight(t.Id, k + 1, w)));
        await TopicStore.ReplaceAsync(connection, build, topics, weights, ct);
        return (fit, build);
    }
}
