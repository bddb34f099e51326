namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>One person read from an attendance entry: the name as written and the descriptors around it.</summary>
public sealed record PersonEntry(string Name, string? Role, string? Abbreviation);
