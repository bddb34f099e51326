using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Renders parsed records as short "a|b|c" strings ("-" for null) so a theory can state its expectation in one line.</summary>
internal static class RecordText
{
    public static string[] People(MinutesRecord r) =>
        r.Attendance.Select(a => Join(a.Name, a.Role, a.Abbreviation, a.Status)).ToArray();

    public static string[] Items(MinutesRecord r) => r.Items.Select(i => i.Number).ToArray();

    public static string[] ItemsWithTitles(MinutesRecord r) => r.Items.Select(i => Join(i.Number, i.Title)).ToArray();

    // The scorer matches action text by word tokens, so a closing full stop is not part of the expectation.
    public static string[] Actions(MinutesRecord r) =>
        r.Actions.Select(a => Join(a.Text.Trim().TrimEnd('.'), a.Owner, a.OwnerName, a.Item, a.Due)).ToArray();

    private static string Join(params string?[] fields) => string.Join("|", fields.Select(f => f ?? "-"));
}
