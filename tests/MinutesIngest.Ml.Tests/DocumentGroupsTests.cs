using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Ml.Tests;

public sealed class DocumentGroupsTests : IDisposable
{
    private readonly string _path = Path.GetTempFileName();

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void Reads_documents_to_groups_skipping_comments_and_the_header()
    {
        File.WriteAllText(_path, "# sources\n" + DocumentGroups.Header + "\nminutes-a\towner/repo-one\nminutes-b\towner/repo-one\nminutes-c\towner/repo-two\n");

        var groups = DocumentGroups.Read(_path);

        Assert.Equal("owner/repo-one", groups.Of("minutes-b"));
        Assert.Equal("owner/repo-two", groups.Of("minutes-c"));
        Assert.Throws<KeyNotFoundException>(() => groups.Of("minutes-d"));
    }

    [Theory]
    [InlineData("minutes-a\n", ":2:")]
    [InlineData("minutes-a\towner/one\nminutes-a\towner/two\n", ":3:")]
    [InlineData("\towner/one\n", ":2:")]
    public void A_malformed_or_contradictory_line_is_reported_with_its_place(string body, string place)
    {
        File.WriteAllText(_path, DocumentGroups.Header + "\n" + body);

        var e = Assert.Throws<FormatException>(() => DocumentGroups.Read(_path));
        Assert.Contains(place, e.Message);
    }

    [Fact]
    public void The_committed_source_map_covers_every_real_labelled_document()
    {
        var groups = DocumentGroups.Read(RepositoryFiles.Path("ml", "suggested-actions", "real-sources.tsv"));

        Assert.All(LabelledData.Real.Select(s => s.Document).Distinct(), d => Assert.NotEmpty(groups.Of(d)));
    }
}
