namespace MinutesIngest.Storage.Queries;

/// <summary>Which actions to list: owner (name, abbreviation or role), body, meeting dates, words, overdue only, topic number,
/// open only; AsOf (default today) is the date overdue and open are judged at; Limit null lists all.</summary>
public sealed record ActionFilter(
    string? Owner = null, string? Body = null, DateOnly? From = null, DateOnly? To = null, string? Query = null,
    bool Overdue = false, DateOnly? AsOf = null, int? Limit = null, int? TopicId = null, bool Open = false);
