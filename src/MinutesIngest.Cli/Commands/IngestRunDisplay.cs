namespace MinutesIngest.Cli.Commands;

/// <summary>What an ingest run prints: nothing unless something failed (quiet), and whether to list every file's final status.</summary>
internal sealed record IngestRunDisplay(bool Quiet, bool Each);
