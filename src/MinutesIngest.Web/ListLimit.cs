namespace MinutesIngest.Web;

/// <summary>How many rows a list endpoint returns when the request does not say, and the most it may ask for.</summary>
/// <remarks>Without a default, one request for every action of a large database was a 3.7 MB reply at 2,000 documents.</remarks>
internal sealed record ListLimit(int Default, int Maximum)
{
    /// <summary>/api/actions and the actions page's query.</summary>
    public static readonly ListLimit Actions = new(100, 1000);

    /// <summary>/actions.csv: a download is meant to be whole, but not unbounded.</summary>
    public static readonly ListLimit CsvDownload = new(10_000, 10_000);

    /// <summary>The limit= of a request: the default when absent; over the maximum (or negative) is a problem the caller reports.</summary>
    public int Read(WebFilters filters)
    {
        var limit = filters.Int("limit", Default);
        if (limit >= 0 && limit <= Maximum) return limit;
        filters.AddProblem($"limit must be between 0 and {Maximum}, not {limit}.");
        return Default;
    }
}
