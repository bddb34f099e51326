namespace MinutesIngest.Storage.Queries;

/// <summary>A trend: the topic, the period length, and optional bodies (one series each; none means one series over all
/// meetings) and date range. UsePostings false reads every match from items and actions even for one word or a phrase (the
/// check of the postings' answers); Exact matches every word unstemmed; BySeries gives one series per body and committee series.</summary>
public sealed record TrendRequest(string Query, TrendUnit Unit, IReadOnlyList<string>? Bodies = null, DateOnly? From = null, DateOnly? To = null,
    bool UsePostings = true, bool Exact = false, bool BySeries = false);
