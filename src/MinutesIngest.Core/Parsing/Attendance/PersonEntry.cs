namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>One person read from an attendance entry: the name as written, the descriptors around it and, when the entry itself says so, a status.</summary>
public sealed record PersonEntry(string Name, string? Role, string? Abbreviation, string? Status = null);
