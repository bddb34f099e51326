using Npgsql;

namespace MinutesIngest.Cli.Rendering;

/// <summary>How to reach the database from another client: the connection string (password hidden), a psql command line and a URI.</summary>
internal static class ConnectionText
{
    public static IReadOnlyList<string> Lines(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        var hasPassword = !string.IsNullOrEmpty(b.Password);
        var shown = new NpgsqlConnectionStringBuilder(connectionString);
        if (hasPassword) shown.Password = "***";
        var host = string.IsNullOrEmpty(b.Host) ? "localhost" : b.Host;
        var user = string.IsNullOrEmpty(b.Username) ? Environment.UserName : b.Username;
        var database = string.IsNullOrEmpty(b.Database) ? user : b.Database;
        return
        [
            $"connection string: {shown.ConnectionString}",
            $"psql: {(hasPassword ? "PGPASSWORD=*** " : "")}psql -h {Quote(host)} -p {b.Port} -U {Quote(user)} {Quote(database)}",
            $"uri: postgresql://{Uri.EscapeDataString(user)}@{UriHost(host)}:{b.Port}/{Uri.EscapeDataString(database)}",
        ];
    }

    // Shell-safe as typed: plain names stay bare, anything else goes in single quotes.
    private static string Quote(string value) =>
        value.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' or '/' or ':') ? value : "'" + value.Replace("'", "'\\''") + "'";

    private static string UriHost(string host) => host.Contains(':') && !host.StartsWith('[') ? $"[{host}]" : host;
}
