namespace MinutesIngest.Cli.Rendering;

/// <summary>A document whose prediction could not be produced or read; it is scored as an empty prediction.</summary>
internal sealed record EvalFailure(string Name, string Reason);
