using MinutesIngest.Core.Extraction.Guards;
using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core;

/// <summary>Everything that decides how one file is read, with safe defaults: built once per command and sent whole to every worker.</summary>
/// <remarks>A worker receives this record in its handshake rather than as flags, so a setting added here applies where
/// documents are parsed without a second place to remember it.</remarks>
public sealed record ExtractionSettings
{
    /// <summary>Size, zip and compression caps checked before a file is parsed.</summary>
    public InputLimits Limits { get; init; } = new();

    /// <summary>Where the OCR tools are, the language, render resolution and per-page time limit.</summary>
    public OcrEngineOptions Ocr { get; init; } = new();

    /// <summary>Whether records also list suggested actions (the classifier's model is loaded only then).</summary>
    public bool SuggestedActions { get; init; }

    /// <summary>Whether the learned line-role layer may add what the rules did not find (when the host supplies one).</summary>
    /// <remarks>Off by default: on two sets of minutes nobody had seen it lowered the score (it adds false items to documents
    /// that have none), although it won the by-source cross-validation on the labelled corpora.</remarks>
    public bool LearnedLineRoles { get; init; }
}
