using MinutesIngest.Ml.LineRoles;

namespace MinutesIngest.Ml.Tests.LineRoles;

public class SourceFoldsTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    public void No_source_is_in_train_and_test_of_one_fold(int folds)
    {
        // Sources of very different sizes, as a corpus has: one repository with many files, many with one.
        string[] documents = ["repo:a/x", "repo:a/x", "repo:a/x", "repo:a/x", "repo:b/y", "repo:b/y", "own:harbour", "own:harbour",
            "own:quay", "own:pier", "repo:c/z", "own:dock", "own:lock"];

        var foldOf = SourceFolds.Assign(documents, folds);

        Assert.Equal(documents.Distinct().Order(), foldOf.Keys.Order());
        for (var f = 0; f < folds; f++)
        {
            var test = documents.Where(d => foldOf[d] == f).ToHashSet();
            var train = documents.Where(d => foldOf[d] != f).ToHashSet();
            Assert.NotEmpty(test);
            Assert.Empty(test.Intersect(train));
        }
    }

    [Fact]
    public void The_largest_source_goes_first_and_folds_fill_evenly()
    {
        var foldOf = SourceFolds.Assign(["s:big", "s:big", "s:big", "s:a", "s:b", "s:c"], 2);

        Assert.Equal(0, foldOf["s:big"]);
        Assert.Equal([1, 1, 1], new[] { foldOf["s:a"], foldOf["s:b"], foldOf["s:c"] });
    }

    [Fact]
    public void Fewer_sources_than_folds_is_refused()
    {
        Assert.Throws<ArgumentException>(() => SourceFolds.Assign(["s:a", "s:a", "s:b"], 3));
    }

    [Fact]
    public void A_sources_table_names_each_documents_repository_and_a_scan_shares_its_originals_source()
    {
        var folder = Directory.CreateTempSubdirectory("sources-").FullName;
        try
        {
            File.WriteAllLines(Path.Combine(folder, "SOURCES-test.md"),
            [
                "| file | repository | path | commit |",
                "|---|---|---|---|",
                "| quay-board-2030-01.pdf | harbourfolk/site (branch `public`) | minutes/a.pdf | 0123 |",
                "| quay-board-2030-02.docx | harbourfolk/site | minutes/b.docx | 0123 |",
            ]);

            var repositories = SourceNames.Repositories(folder);

            Assert.Equal("repo:harbourfolk/site", SourceNames.Of("quay-board-2030-01", repositories));
            Assert.Equal("repo:harbourfolk/site", SourceNames.Of("quay-board-2030-02", repositories));
            Assert.Equal("own:pier-trust-2029-05", SourceNames.Of("pier-trust-2029-05-degraded-scan", repositories));
            Assert.Equal("own:pier-trust-2029-05", SourceNames.Of("pier-trust-2029-05", repositories));
        }
        finally { Directory.Delete(folder, true); }
    }
}
