namespace MinutesIngest.Storage.Queries;

/// <summary>Which actions to list: owner (name, abbreviation or role), body, meeting dates, words, overdue only, topic number; Limit null lists all.</summary>
public sealed record ActionFilter(
    string? Owner = null, string? Body = null, DateOnly? From = null, DateOnly? To = null, string? Query = null,
    bool Overdue = false, DateOnly? Today = null, int? Limit = null, int? TopicId = null);
