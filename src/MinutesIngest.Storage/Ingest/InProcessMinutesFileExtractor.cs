using MinutesIngest.Core;
using MinutesIngest.Core.Extraction;
using MinutesIngest.Core.Extraction.Ocr;
using MinutesIngest.Core.Parsing;

namespace MinutesIngest.Storage.Ingest;

/// <summary>Runs the extraction pipeline inside this process, one extractor per thread.</summary>
public sealed class InProcessMinutesFileExtractor : IMinutesFileExtractor
{
    // Extractors and parser keep per-instance state; threads must not share them.
    private readonly ThreadLocal<(MinutesExtractor Reader, MinutesParser Parser)> _perThread = new(() => (new MinutesExtractor(), new MinutesParser()));

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
            return ExtractionOutcome.Success(parser.Parse(document), document.PageCount) with { OcrPageConfidence = OcrProperties.PageConfidences(document) };
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
        FileKind.Image => "pdf-ocr",
        var other => other.ToString().ToLowerInvariant(),
    };
}
