namespace MinutesIngest.Storage.Queries;

/// <summary>An ILIKE pattern matching a value anywhere in a column (a --body or --owner filter), wildcards in the value taken literally.</summary>
public static class ContainsPattern
{
    public static string? From(string? value)
    {
        var trimmed = SearchText.Clean(value);
        if (trimmed.Length == 0) return null;
        return "%" + trimmed.Replace(@"\", @"\\").Replace("%", @"\%").Replace("_", @"\_") + "%";
    }
}
