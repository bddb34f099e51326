namespace MinutesIngest.Cli.Commands;

/// <summary>The arguments of <c>minutes eval</c>.</summary>
/// <param name="Dirs">Folders searched recursively for NAME.gold.json.</param>
/// <param name="Json">Print JSON instead of tables.</param>
/// <param name="PredDir">Read PRED/NAME.json instead of extracting, when set.</param>
/// <param name="Verbose">List the mismatches of every document.</param>
/// <param name="Only">Keep only documents whose name contains this text, when set.</param>
internal sealed record EvalOptions(IReadOnlyList<string> Dirs, bool Json, string? PredDir, bool Verbose, string? Only = null)
{
    /// <summary>table, json or csv (the per-document scores); <see cref="Json"/> also asks for json.</summary>
    public string Format { get; init; } = "table";
}
