using System.Diagnostics;
using System.Text.RegularExpressions;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace MinutesIngest.Ml.Topics;

/// <summary>
/// Fits LDA topics over item texts with ML.NET: take out people's names, keep lower-cased words of three letters or more,
/// tokenise, drop English stop words and minutes boilerplate, count words and two-word phrases, then LightLDA. One thread,
/// a fixed seed and a reset random generator make the fit repeat exactly on the same texts in the same order. Given a
/// reference corpus, each topic is scored for coherence (<see cref="TopicCoherence"/>).
/// </summary>
public static partial class TopicModeller
{
    public static TopicFit Fit(IReadOnlyList<TopicText> texts, TopicOptions options, TopicCoherence? coherence = null)
    {
        if (texts.Count == 0) throw new ArgumentException("no texts to fit topics on", nameof(texts));
        var watch = Stopwatch.StartNew();
        var ml = new MLContext(seed: options.Seed);
        var data = ml.Data.LoadFromEnumerable(Vocabulary(texts, options).Select(t => new TopicRow { Text = t }));
        var pipeline = ml.Transforms.Text.TokenizeIntoWords("Words", nameof(TopicRow.Text), [' '])
            .Append(ml.Transforms.Text.RemoveDefaultStopWords("Content", "Words", StopWordsRemovingEstimator.Language.English))
            .Append(ml.Transforms.Text.RemoveStopWords("Content", "Content", MinutesStopWords.Words))
            .Append(ml.Transforms.Conversion.MapValueToKey("Keys", "Content"))
            .Append(ml.Transforms.Text.ProduceNgrams("Ngrams", "Keys", ngramLength: 2, useAllLengths: true, weighting: NgramExtractingEstimator.WeightingCriteria.Tf))
            .Append(ml.Transforms.Text.LatentDirichletAllocation("Topics", "Ngrams", numberOfTopics: options.Topics,
                alphaSum: options.AlphaPerTopic * options.Topics, beta: options.Beta,
                maximumNumberOfIterations: options.Iterations, numberOfThreads: 1, numberOfSummaryTermsPerTopic: options.TermsPerTopic,
                resetRandomGenerator: true));

        TransformerChain<LatentDirichletAllocationTransformer> model;
        IDataView transformed;
        // LightLDA prints its progress to the process's stdout; our output must stay clean (and parseable).
        using (NativeStdout.Silence())
        {
            model = pipeline.Fit(data);
            transformed = model.Transform(data);
        }
        var rows = ml.Data.CreateEnumerable<TopicWeightsRow>(transformed, reuseRowObject: false)
            .Select((r, i) => new TextTopicWeights(texts[i].Id, r.Topics)).ToList();
        var topics = Topics(model.LastTransformer.GetLdaDetails(0), options)
            .Select(t => coherence == null ? t : t with { Coherence = coherence.Score(t.Terms.Select(x => x.Term).ToList()) }).ToList();
        watch.Stop();
        return new TopicFit(topics, rows, watch.Elapsed);
    }

    // People's names go first (PersonNameFilter). Figures, currency signs and one- or two-letter tokens ("pm", "m" of "£3m") carry no subject. A word found in a
    // single item cannot link items, and one found in a large share of them ("plan", "review") links them all: both
    // only blur the topics (and the rare ones make most of the vocabulary at scale).
    private static IEnumerable<string> Vocabulary(IReadOnlyList<TopicText> texts, TopicOptions options)
    {
        // Every attendance's names, not only the item's own meeting's: members are mentioned in other bodies' minutes too.
        var nameWords = PersonNameFilter.NameWords(texts.SelectMany(t => t.Names ?? []).Distinct(StringComparer.Ordinal));
        var words = texts.Select(t => NonLetters().Split(PersonNameFilter.Remove(t.Text, nameWords).ToLowerInvariant()).Where(w => w.Length > 2).ToList()).ToList();
        var documentFrequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var w in words.SelectMany(ws => ws.Distinct()))
            documentFrequency[w] = documentFrequency.GetValueOrDefault(w) + 1;
        var tooCommon = Math.Max(2, (int)(options.MaxItemShare * texts.Count));
        return words.Select(ws => string.Join(' ', ws.Where(w => documentFrequency[w] > 1 && documentFrequency[w] <= tooCommon)));
    }

    [GeneratedRegex(@"[^\p{L}]+")]
    private static partial Regex NonLetters();

    private static List<Topic> Topics(LatentDirichletAllocationTransformer.ModelParameters details, TopicOptions options)
    {
        var topics = new List<Topic>();
        for (var t = 0; t < details.WordScoresPerTopic.Count; t++)
        {
            var terms = details.WordScoresPerTopic[t]
                .OrderByDescending(w => w.Score).ThenBy(w => w.Word)
                .Take(options.TermsPerTopic)
                .Select(w => new TopicTerm(w.Word.Replace('|', ' '), w.Score))
                .ToList();
            topics.Add(new Topic(t + 1, TopicLabel.From(terms), terms));
        }
        return topics;
    }
}
