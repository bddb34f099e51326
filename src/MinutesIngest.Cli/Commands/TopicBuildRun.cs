using System.Globalization;
using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Ml.Topics;
using MinutesIngest.Storage.Topics;
using Npgsql;

namespace MinutesIngest.Cli.Commands;

/// <summary>Fits topics over the stored items and replaces the stored build: the glue between Storage (rows) and Ml (the fit).</summary>
internal static class TopicBuildRun
{
    /// <summary>
    /// Fits the non-procedural items, people's names left out, and scores every topic's coherence over all stored items
    /// (titles and bodies). With <paramref name="candidates"/>, each is fitted and the one whose topics are most coherent
    /// on average is stored; else <paramref name="options"/> is. Null when no item has text.
    /// </summary>
    public static async Task<TopicBuildResult?> ExecuteAsync(NpgsqlConnection connection, TopicOptions options, bool includeBody, CancellationToken ct,
        IReadOnlyList<TopicOptions>? candidates = null)
    {
        var stored = await TopicStore.LoadTextsAsync(connection, includeBody, ct);
        var texts = stored.Where(t => !ProceduralItems.IsProcedural(t.Title)).Select(t => new TopicText(t.Id, t.Text, t.Names)).ToList();
        if (texts.Count == 0) return null;
        var coherence = await ReferenceAsync(connection, includeBody, stored, ct);
        var (fit, chosen, trials) = TopicSettingsSearch.Choose(texts, coherence, candidates is { Count: > 0 } ? candidates : [options]);
        var build = new TopicBuild(chosen.Topics, texts.Count, includeBody, chosen.Seed, trials.Sum(t => t.FitTime.TotalSeconds), fit.MeanCoherence,
            Describe(chosen));
        var topics = fit.Topics.Select(t => new StoredTopic(t.Number, t.Label, t.Terms.Select(x => x.Term).ToList(), t.Terms.Select(x => x.Weight).ToList(),
            t.Coherence)).ToList();
        var weights = fit.Texts.SelectMany(t => t.Weights.Select((w, k) => new ItemTopicWeight(t.Id, k + 1, w)));
        await TopicStore.ReplaceAsync(connection, build, topics, weights, ct);
        return new TopicBuildResult(fit, chosen, build, trials, stored.Count - texts.Count);
    }

    /// <summary>The coherence of the stored topics' terms over the stored items, without refitting (for topics built before
    /// coherence was scored, or to compare builds).</summary>
    public static async Task<IReadOnlyList<(TopicSummary Topic, double Coherence)>> ScoreStoredAsync(NpgsqlConnection connection, CancellationToken ct)
    {
        var coherence = await ReferenceAsync(connection, loadedBody: true, null, ct);
        return (await TopicStore.ListAsync(connection, ct)).Select(t => (t, coherence.Score(t.Terms))).ToList();
    }

    /// <summary>How a chosen setting is reported and stored.</summary>
    public static string Describe(TopicOptions o) => string.Create(CultureInfo.InvariantCulture,
        $"k={o.Topics}, max_item_share={o.MaxItemShare}, alpha_per_topic={o.AlphaPerTopic}, beta={o.Beta}, iterations={o.Iterations}, seed={o.Seed}");

    // Coherence is judged over every stored item's title and body, procedural ones included: the corpus as it is, the
    // same whatever a fit left out, so builds with different settings compare.
    private static async Task<TopicCoherence> ReferenceAsync(NpgsqlConnection connection, bool loadedBody, IReadOnlyList<StoredItemText>? loaded,
        CancellationToken ct)
    {
        var all = loaded != null && loadedBody ? loaded : await TopicStore.LoadTextsAsync(connection, includeBody: true, ct);
        return new TopicCoherence(all.Select(t => t.Text));
    }
}
