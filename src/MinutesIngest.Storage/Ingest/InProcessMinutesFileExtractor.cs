using MinutesIngest.Core;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Storage.Ingest;

/// <summary>Runs the extraction pipeline inside this process, one extractor per thread.</summary>
/// <param name="commitments">When given (it must be thread-safe), records also carry suggested actions.</param>
public sealed class InProcessMinutesFileExtractor(ICommitmentClassifier? commitments = null) : IMinutesFileExtractor
{
    // Extractors and parser keep per-instance state; threads must not share them.
    private readonly ThreadLocal<(MinutesExtractor Reader, MinutesParser Parser)> _perThread = new(() => (new MinutesExtractor(), new MinutesParser(commitments)));

    public Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return Task.FromResult(Extract(request));
    }

    private ExtractionOutcome Extract(ExtractionRequest request)
    {
        var (reader, parser) = _perThread.Value;
        var sourceName = Path.GetFileName(request.Path);
        try
        {
            var document = reader.ReadDocument(request.Content, sourceName);
            return ExtractionOutcome.Success(parser.Parse(document), document.PageCount);
        }
        catch (ExtractionException e)
        {
            return ExtractionOutcome.Failure(e.Reason, e.Message, SniffedFormat(request.Content, sourceName));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return ExtractionOutcome.Failure("crashed", $"{e.GetType().Name}: {e.Message}", SniffedFormat(request.Content, sourceName));
        }
    }

    private static string SniffedFormat(byte[] content, string sourceName) => FileKindSniffer.Sniff(content, sourceName) switch
    {
        FileKind.Text => "txt",
        FileKind.Html => "html",
        FileKind.Docx => "docx",
        FileKind.Pdf => "pdf",
        var other => other.ToString().ToLowerInvariant(),
    };
}
