namespace MinutesIngest.Storage.Queries;

/// <summary>A search: web-search syntax text, optional body (substring of the body name), date range, result limit and topic number (TopicId; see TopicStore.ResolveAsync).</summary>
public sealed record SearchRequest(string Query, string? Body = null, DateOnly? From = null, DateOnly? To = null, int Limit = 20, int? TopicId = null);
