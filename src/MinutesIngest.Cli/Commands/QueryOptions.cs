using System.CommandLine;
using System.Globalization;

namespace MinutesIngest.Cli.Commands;

/// <summary>Options the query commands share: --body, --topic, --from/--to dates and --format.</summary>
internal static class QueryOptions
{
    public static Option<string?> Body(string description = "only meetings whose body (or title, when no body is printed) contains this text") =>
        new("--body") { Description = description };

    public static Option<string?> Topic() =>
        new("--topic") { Description = "only items (and actions under items) carrying this topic: its number, or a word of its label or terms (`minutes topics` lists them)" };

    public static Option<bool> Exact() =>
        new("--exact") { Description = "match every word as written, unstemmed (\"planning\" not \"plan\"); or mark single words: =planning" };

    public static Option<DateOnly?> Date(string name, string description) => new(name)
    {
        Description = description + " (YYYY-MM-DD)",
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)) return date;
            result.AddError($"{name} expects a date as YYYY-MM-DD, not '{text}'");
            return null;
        },
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format", "-f") { Description = "output format: " + string.Join(", ", formats), DefaultValueFactory = _ => formats[0] };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }
}
