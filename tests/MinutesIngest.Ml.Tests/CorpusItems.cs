using MinutesIngest.Core;
using MinutesIngest.Ml.Topics;

namespace MinutesIngest.Ml.Tests;

/// <summary>The items of the bundled corpus as topic texts (title and body), extracted once per test run.</summary>
internal static class CorpusItems
{
    private static readonly Lazy<IReadOnlyList<TopicText>> Texts = new(Load);

    public static IReadOnlyList<TopicText> All => Texts.Value;

    private static IReadOnlyList<TopicText> Load()
    {
        var extractor = MinutesExtractor.For(new ExtractionSettings());
        var texts = new List<TopicText>();
        foreach (var file in Directory.EnumerateFiles(RepositoryFiles.Path("corpus")).Order(StringComparer.Ordinal))
        {
            if (file.EndsWith(".json", StringComparison.Ordinal) || Path.GetFileName(file) == "README.md") continue;
            foreach (var item in extractor.Extract(file).Items)
                texts.Add(new TopicText(texts.Count + 1, $"{item.Title}\n{item.Text}"));
        }
        return texts;
    }
}
