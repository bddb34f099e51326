using System.Globalization;
using Microsoft.AspNetCore.Http;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web;

/// <summary>Reads the query-string filters the pages and the JSON API share; a malformed value becomes a problem message, not an error.
/// A topic= filter is text (number or word) that needs the database: resolve it with TopicStore.ResolveAsync.</summary>
internal sealed class WebFilters(HttpRequest request)
{
    private readonly List<string> _problems = [];

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Records a problem found by a reader outside this type (a limit, say).</summary>
    public void AddProblem(string message) => _problems.Add(message);

    public string? Text(string name) => request.Query[name].FirstOrDefault(v => !string.IsNullOrWhiteSpace(v))?.Trim();

    public IReadOnlyList<string> All(string name) => request.Query[name].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!.Trim()).ToList();

    public bool Flag(string name) => Text(name) is "1" or "true" or "on" or "yes";

    public DateOnly? Date(string name)
    {
        if (Text(name) is not { } text) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            if (DateRange.Contains(date)) return date;
            _problems.Add($"{name} must be a date from {DateRange.Earliest.Year} to {DateRange.Latest.Year}, not \"{text}\".");
            return null;
        }
        _problems.Add($"{name} must be a date as YYYY-MM-DD, not \"{text}\".");
        return null;
    }

    public int Int(string name, int fallback)
    {
        if (Text(name) is not { } text) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)) return value;
        _problems.Add($"{name} must be a whole number, not \"{text}\".");
        return fallback;
    }

    public TrendUnit Unit()
    {
        var text = Text("by") ?? "year";
        if (Enum.TryParse<TrendUnit>(text, ignoreCase: true, out var unit) && !int.TryParse(text, out _)) return unit;
        _problems.Add($"by must be month, quarter or year, not \"{text}\".");
        return TrendUnit.Year;
    }

    public SearchRequest Search() =>
        new(Text("q") ?? "", Text("body"), Date("from"), Date("to"), Math.Clamp(Int("limit", 20), 1, SearchQuery.MaxLimit), Exact: Flag("exact"));

    /// <summary>Several bodies compare side by side: repeat body=, or separate them with ";" in one field.</summary>
    public IReadOnlyList<string> Bodies() =>
        All("body").SelectMany(v => v.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();

    public TrendRequest Trend() => new(Text("q") ?? "", Unit(), Bodies(), Date("from"), Date("to"), Exact: Flag("exact"), BySeries: Flag("series"));

    /// <summary>Whether the action list should show the suggested actions instead of the actions.</summary>
    public bool Suggested => Flag("suggested");

    public ActionFilter Actions(int? limit) =>
        new(Text("owner"), Text("body"), Date("from"), Date("to"), Text("q"), Flag("overdue"), Date("as_of"), limit, Open: Flag("open"));
}
