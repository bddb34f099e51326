using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Core;

/// <summary>The whole extraction pipeline for one file: sniff → extract blocks → parse minutes.</summary>
/// <param name="commitments">When given, records also list suggested actions (unmarked commitments).</param>
public sealed class MinutesExtractor(Parsing.Suggestions.ICommitmentClassifier? commitments = null)
{
    private readonly ExtractorSelector _selector = new();
    private readonly MinutesParser _parser = new(commitments);

    /// <summary>Reads a file into the block model; throws <see cref="ExtractionException"/> with the reason when it cannot.</summary>
    public SourceDocument ReadDocument(string path)
    {
        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        { throw new ExtractionException("unreadable", e.Message, e); }
        return ReadDocument(bytes, Path.GetFileName(path));
    }

    public SourceDocument ReadDocument(byte[] bytes, string sourceName)
    {
        var extractor = _selector.Select(bytes, sourceName);
        try { return extractor.Extract(bytes, sourceName); }
        catch (ExtractionException) { throw; }
        catch (Exception e) when (e is not OutOfMemoryException)
        { throw new ExtractionException("corrupt", $"cannot read as {extractor.Format}: {e.Message}", e); }
    }

    public MinutesRecord Extract(string path) => _parser.Parse(ReadDocument(path));

    public MinutesRecord Extract(byte[] bytes, string sourceName) => _parser.Parse(ReadDocument(bytes, sourceName));
}
