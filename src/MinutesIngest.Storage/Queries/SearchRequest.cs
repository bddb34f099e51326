namespace MinutesIngest.Storage.Queries;

/// <summary>A search: web-search syntax text, optional body (substring of the body name), date range, result limit, topic number (TopicId; see TopicStore.ResolveAsync) and whether every word is matched unstemmed (Exact).</summary>
public sealed record SearchRequest(string Query, string? Body = null, DateOnly? From = null, DateOnly? To = null, int Limit = 20, int? TopicId = null,
    bool Exact = false);
