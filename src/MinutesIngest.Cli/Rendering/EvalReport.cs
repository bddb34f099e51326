using MinutesIngest.Scoring;

namespace MinutesIngest.Cli.Rendering;

/// <summary>Everything <c>minutes eval</c> prints: the scores, the failed documents, and whether mismatches are wanted.</summary>
internal sealed record EvalReport(EvalSummary Summary, IReadOnlyList<EvalFailure> Failures, bool Verbose);
