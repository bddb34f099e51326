using MinutesIngest.TestSupport;
using MinutesIngest.Scoring;

namespace MinutesIngest.Scoring.Tests;

public class GoldCaseFinderTests
{
    [Fact]
    public void Finds_gold_files_recursively_with_the_document_beside_them()
    {
        var root = Directory.CreateTempSubdirectory("gold-finder-").FullName;
        try
        {
            Directory.CreateDirectory(Path.Combine(root, "sub"));
            File.WriteAllText(Path.Combine(root, "a.gold.json"), "{}");
            File.WriteAllText(Path.Combine(root, "a.pdf"), "");
            File.WriteAllText(Path.Combine(root, "a.json"), "{}");
            File.WriteAllText(Path.Combine(root, "sub", "b.gold.json"), "{}");
            File.WriteAllText(Path.Combine(root, "sub", "b.v2.docx"), "");
            var cases = GoldCaseFinder.Find(root);
            Assert.Equal(["a", "b"], cases.Select(c => c.Name));
            Assert.Equal(Path.Combine(root, "a.pdf"), cases[0].DocumentPath);
            Assert.Null(cases[1].DocumentPath);
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [Fact]
    public void A_held_out_subfolder_is_read_only_when_asked_for_by_name()
    {
        var root = Directory.CreateTempSubdirectory("gold-finder-").FullName;
        try
        {
            var heldOut = Directory.CreateDirectory(Path.Combine(root, "blind")).FullName;
            File.WriteAllText(Path.Combine(root, "a.gold.json"), "{}");
            File.WriteAllText(Path.Combine(heldOut, "b.gold.json"), "{}");
            File.WriteAllText(Path.Combine(heldOut, GoldCaseFinder.HeldOutMarker), "scored once, never tuned on");
            Assert.Equal(["a"], GoldCaseFinder.Find(root).Select(c => c.Name));
            Assert.Equal(["b"], GoldCaseFinder.Find(heldOut).Select(c => c.Name));
        }
        finally { Directory.Delete(root, recursive: true); }
    }

    [SharedCorpusFact]
    public void Every_real_gold_file_has_its_document() =>
        Assert.All(GoldCaseFinder.Find(SharedCorpus.Folder("corpus-real")), c => Assert.NotNull(c.DocumentPath));
}
