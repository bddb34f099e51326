using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Ingest;

public sealed class InputFileFinderTests
{
    [Fact]
    public void Folders_are_walked_recursively_without_json_or_hidden_entries()
    {
        using var folder = new TempFolder();
        var kept = new[] { folder.Write("a.txt", "x"), folder.Write("sub/b.pdf", "x"), folder.Write("sub/deeper/README.md", "x") };
        folder.Write("a.gold.json", "{}");
        folder.Write("sub/c.json", "{}");
        folder.Write(".hidden.txt", "x");
        folder.Write(".git/objects/d.txt", "x");

        var found = InputFileFinder.Find([folder.Path]);

        Assert.Equal(kept.Order(StringComparer.Ordinal), found);
    }

    [Fact]
    public void A_file_named_twice_is_ingested_once()
    {
        using var folder = new TempFolder();
        var file = folder.Write("a.txt", "x");

        Assert.Equal([file], InputFileFinder.Find([file, folder.Path, Path.Combine(folder.Path, ".", "a.txt")]));
    }

    [Fact]
    public void A_path_that_does_not_exist_is_kept_so_it_gets_reported()
    {
        using var folder = new TempFolder();
        var missing = Path.Combine(folder.Path, "gone.txt");

        Assert.Equal([missing], InputFileFinder.Find([missing]));
    }
}
