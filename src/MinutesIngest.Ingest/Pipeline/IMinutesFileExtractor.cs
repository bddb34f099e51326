using MinutesIngest.Core.Minutes;
namespace MinutesIngest.Ingest.Pipeline;

/// <summary>Extracts one file into minutes plus document facts; the ingest pipeline's only view of extraction, so it can move into worker processes.</summary>
public interface IMinutesFileExtractor
{
    /// <summary>Never throws for bad input: a file that cannot be read comes back as a failed outcome with a reason.</summary>
    Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken);
}
