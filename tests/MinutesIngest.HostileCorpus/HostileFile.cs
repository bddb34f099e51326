namespace MinutesIngest.HostileCorpus;

/// <summary>One file of the hostile corpus and the final status the ingest must give it.</summary>
/// <param name="Name">File name inside the corpus folder.</param>
/// <param name="Kind">What the file is meant to exercise, in a few words.</param>
/// <param name="Status">stored or failed.</param>
/// <param name="Reason">The failure reason code, or null when stored.</param>
public sealed record HostileFile(string Name, string Kind, string Status, string? Reason);
