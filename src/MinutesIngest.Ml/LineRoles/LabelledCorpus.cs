using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>Reads every gold-labelled document under some folders into the block model, each tagged with its source.</summary>
public static class LabelledCorpus
{
    /// <summary>The documents read, in name order, and one line per document that could not be read (file: reason).</summary>
    public static (IReadOnlyList<LabelledDocument> Documents, IReadOnlyList<string> Failures) Load(
        IEnumerable<string> folders, Func<string, SourceDocument> read, int parallelism)
    {
        var cases = new List<(GoldCase Case, string Source)>();
        foreach (var folder in folders)
            foreach (var gc in GoldCaseFinder.Find(folder))
                cases.Add((gc, SourceNames.Of(gc.Name, SourceNames.Repositories(Path.GetDirectoryName(gc.GoldPath) ?? folder))));
        var documents = new LabelledDocument?[cases.Count];
        var failures = new string?[cases.Count];
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
        {
            var (gc, source) = cases[i];
            if (gc.DocumentPath == null) { failures[i] = $"{gc.GoldPath}: no document beside the gold file"; return; }
            try
            {
                var gold = MinutesJson.Deserialize(File.ReadAllText(gc.GoldPath));
                documents[i] = new LabelledDocument(gc.Name, source, read(gc.DocumentPath), gold);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            { failures[i] = $"{gc.DocumentPath}: {e.Message}"; }
        });
        return (documents.OfType<LabelledDocument>().OrderBy(d => d.Name, StringComparer.Ordinal).ToList(), failures.OfType<string>().ToList());
    }
}
