using System.Globalization;
using System.Text;

namespace MinutesIngest.Storage.Writing;

/// <summary>Turns contract strings into values PostgreSQL accepts.</summary>
internal static class SqlText
{
    /// <summary>
    /// Stored text: without what PostgreSQL text cannot hold (NUL; lone surrogates, which the wire encoder rejects), and
    /// without private-use and control characters (tab and line breaks kept): search marks its matches with the
    /// private-use U+E000/U+E001, so a document carrying them would show any text as a match.
    /// </summary>
    public static string? Clean(string? value) => Rewrite(value, dropMarkup: true);

    /// <summary>A file path as the file system spells it: only what PostgreSQL cannot hold is changed, so the path still names the file.</summary>
    public static string? Path(string? value) => Rewrite(value, dropMarkup: false);

    /// <summary>An ISO yyyy-MM-dd date inside the range queries accept, or null when the value is absent, not a real date, or out of range.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
        && Queries.DateRange.Contains(date) ? date : null;

    /// <summary>A 24-hour HH:mm time, or null when the value is absent or malformed.</summary>
    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static string? Rewrite(string? value, bool dropMarkup)
    {
        if (value == null) return null;
        if (!NeedsCleaning(value, dropMarkup)) return value;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0' || (dropMarkup && Dropped(c))) continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                // Planes 15 and 16 are private use too.
                if (!(dropMarkup && char.ConvertToUtf32(c, value[i + 1]) >= 0xF0000)) builder.Append(c).Append(value[i + 1]);
                i++;
                continue;
            }
            builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return builder.ToString();
    }

    private static bool Dropped(char c) =>
        c is not ('\t' or '\n' or '\r') && (char.IsControl(c) || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse);

    private static bool NeedsCleaning(string value, bool dropMarkup)
    {
        foreach (var c in value)
            if (c == '\0' || char.IsSurrogate(c) || (dropMarkup && Dropped(c))) return true;
        return false;
    }
}
