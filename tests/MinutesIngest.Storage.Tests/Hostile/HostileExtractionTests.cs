using MinutesIngest.HostileCorpus;
using MinutesIngest.Ingest.Pipeline;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Hostile;

/// <summary>Each kind of hostile file, extracted in process, ends in its exact status code (the guards and extractors themselves).</summary>
public sealed class HostileExtractionTests(HostileCorpusFixture corpus) : IClassFixture<HostileCorpusFixture>
{
    // A file whose expected status is timeout never finishes in process: only the worker pool's limit ends it.
    public static TheoryData<string> Names() => new(HostileCorpusWriter.Manifest.Where(f => f.Reason != "timeout").Select(f => f.Name));

    [Theory]
    [MemberData(nameof(Names))]
    public async Task Each_hostile_file_gets_its_exact_status(string name)
    {
        var expected = corpus.Files.Single(f => f.Name == name);
        var path = corpus.PathOf(name);

        var outcome = await new InProcessMinutesFileExtractor().ExtractAsync(new ExtractionRequest(path, await File.ReadAllBytesAsync(path)), CancellationToken.None);

        Assert.Equal(expected.Reason, outcome.FailureReason);
        Assert.Equal(expected.Status == "stored", outcome.Succeeded);
    }

    [Fact]
    public void The_corpus_is_small_on_disk_but_the_bomb_is_not_small_inside()
    {
        var bomb = new FileInfo(corpus.PathOf("zip-bomb.docx"));
        Assert.InRange(bomb.Length, 1, 2 * 1024 * 1024);
        using var zip = System.IO.Compression.ZipFile.OpenRead(bomb.FullName);
        Assert.True(zip.GetEntry("word/document.xml")!.Length > 1024L * 1024 * 1024);
    }

    [Fact]
    public async Task Text_in_windows_1252_and_utf16_without_declaration_keeps_its_accents()
    {
        foreach (var name in new[] { "windows-1252.txt", "utf-16.txt" })
        {
            var path = corpus.PathOf(name);
            var outcome = await new InProcessMinutesFileExtractor().ExtractAsync(new ExtractionRequest(path, await File.ReadAllBytesAsync(path)), CancellationToken.None);
            var text = string.Join(" ", outcome.Record!.Attendance.Select(a => a.Name));
            Assert.Contains("Zoë Müller", text);
        }
    }
}
