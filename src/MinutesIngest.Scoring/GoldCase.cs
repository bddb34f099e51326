namespace MinutesIngest.Scoring;

/// <summary>One labelled document: <c>NAME.gold.json</c> and, when present, the document <c>NAME.&lt;ext&gt;</c> beside it.</summary>
public sealed record GoldCase(string Name, string GoldPath, string? DocumentPath);
