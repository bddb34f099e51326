namespace MinutesIngest.Storage.Writing;

/// <summary>The final status of one input file in a run.</summary>
public enum FileOutcome
{
    /// <summary>A new path, extracted and stored.</summary>
    Stored,
    /// <summary>A path already stored, whose new bytes (or reparse) replaced its old rows.</summary>
    Replaced,
    /// <summary>The same bytes at the same path were already in the database.</summary>
    Skipped,
    /// <summary>Extraction (or storing) failed; recorded with status failed and the reason.</summary>
    Failed,
    /// <summary>Reparse only: the stored path no longer exists on disk; its rows are left as they were.</summary>
    Missing,
    /// <summary>Read, but triage took it for an agenda, a meeting paper or no meeting document: a documents row with its class, no meeting.</summary>
    NotMinutes,
}
