using MinutesIngest.TestSupport;
using System.Globalization;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;

namespace MinutesIngest.Core.Tests.Corpus;

/// <summary>
/// Every gold document of every corpus is extracted and scored; each must stay at or above the floors recorded in
/// corpus-floors.tsv (attendance F1, items F1, actions F1, meeting accuracy, overall), so a parser change that
/// loses ground on any document fails here. Floors are raised with scripts/update-floors, never lowered silently.
/// </summary>
public sealed class CorpusFloorTests
{
    private static readonly MinutesExtractor Extractor = new();

    public static TheoryData<string, string> Documents()
    {
        var data = new TheoryData<string, string>();
        foreach (var (corpus, folder) in CorpusFolders.All())
            foreach (var c in GoldCaseFinder.Find(folder))
                data.Add(corpus, c.Name);
        return data;
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Document_scores_at_or_above_its_floor(string corpus, string name)
    {
        var score = Score(corpus, name);
        var floors = Floors();
        Assert.True(floors.TryGetValue(name, out var floor), $"{name} has no floor in corpus-floors.tsv; run scripts/update-floors");
        var actual = new[] { score.Attendance.Matches.F1, score.Items.Matches.F1, score.Actions.Matches.F1, score.MeetingAccuracy, score.Overall };
        string[] labels = ["attendance F1", "items F1", "actions F1", "meeting accuracy", "overall"];
        for (var i = 0; i < actual.Length; i++)
            Assert.True(actual[i] + 1e-9 >= floor[i], $"{name}: {labels[i]} {actual[i]:0.000} fell below its floor {floor[i]:0.000}");
    }

    [SharedCorpusFact]
    public void Seed_document_comes_out_exactly()
    {
        var score = Score("corpus-seed", "monthly-assurance-2021-04");
        Assert.DoesNotContain(score.Mismatches, m => m.Section != "meeting" || m.Field != "title");
        Assert.Equal(1.0, score.Overall, 6);
        foreach (var f in score.Attendance.Fields.Concat(score.Items.Fields).Concat(score.Actions.Fields))
            Assert.True(f.Accuracy is null or 1.0, $"{f.Field} accuracy {f.Accuracy}");
    }

    private static DocumentScore Score(string corpus, string name)
    {
        var folder = CorpusFolders.All().Single(c => c.Corpus == corpus).Folder;
        var gold = GoldCaseFinder.Find(folder).Single(c => c.Name == name);
        Assert.NotNull(gold.DocumentPath);
        var expected = MinutesJson.Deserialize(File.ReadAllText(gold.GoldPath));
        var predicted = Extractor.Extract(gold.DocumentPath!);
        return new DocumentScorer().Score(name, expected, predicted);
    }

    private static Dictionary<string, double[]> Floors()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Corpus", "corpus-floors.tsv");
        return File.ReadLines(path).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => l.Split('\t'))
            .ToDictionary(p => p[0], p => p.Skip(1).Select(v => double.Parse(v, CultureInfo.InvariantCulture)).ToArray());
    }
}
