using MinutesIngest.HostileCorpus;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>The hostile corpus written once per test class into a temp folder (about 55 MB, deleted afterwards).</summary>
public sealed class HostileCorpusFixture : IDisposable
{
    private readonly TempFolder _folder = new();

    public HostileCorpusFixture() => Files = HostileCorpusWriter.Write(Folder);

    public string Folder => _folder.Path;
    public IReadOnlyList<HostileFile> Files { get; }

    public string PathOf(string name) => System.IO.Path.Combine(Folder, name);

    public void Dispose() => _folder.Dispose();
}
