using System.Globalization;
using System.Text;

namespace MinutesIngest.Storage.Writing;

/// <summary>Turns contract strings into values PostgreSQL accepts.</summary>
internal static class SqlText
{
    /// <summary>PostgreSQL text cannot hold NUL, and the wire encoder rejects lone surrogates; both come from damaged input.</summary>
    public static string? Clean(string? value)
    {
        if (value == null) return null;
        if (!NeedsCleaning(value)) return value;
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\0') continue;
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { builder.Append(c).Append(value[++i]); continue; }
            builder.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
        }
        return builder.ToString();
    }

    /// <summary>An ISO yyyy-MM-dd date, or null when the value is absent or not a real date.</summary>
    public static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    /// <summary>A 24-hour HH:mm time, or null when the value is absent or malformed.</summary>
    public static TimeOnly? Time(string? value) =>
        TimeOnly.TryParseExact(value?.Trim(), ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    private static bool NeedsCleaning(string value)
    {
        foreach (var c in value) if (c == '\0' || char.IsSurrogate(c)) return true;
        return false;
    }
}
