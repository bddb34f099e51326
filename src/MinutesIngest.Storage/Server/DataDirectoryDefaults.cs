namespace MinutesIngest.Storage.Server;

/// <summary>Where the private cluster lives when the user names no folder.</summary>
public static class DataDirectoryDefaults
{
    public const string EnvironmentVariable = "MINUTES_DATA_DIR";

    /// <summary>The system-wide folder used when running as root.</summary>
    public const string RootDefault = "/var/lib/minutes-ingest/pg";

    /// <summary>MINUTES_DATA_DIR, else ~/.local/share/minutes-ingest/pg (honouring XDG_DATA_HOME), else for root <see cref="RootDefault"/>.</summary>
    public static string Resolve(string? explicitDirectory = null)
    {
        if (!string.IsNullOrWhiteSpace(explicitDirectory)) return Path.GetFullPath(explicitDirectory);
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(fromEnvironment)) return Path.GetFullPath(fromEnvironment);
        // The server runs as the postgres user when we are root, and that user cannot enter /root.
        if (new ServerUser().IsRoot) return RootDefault;
        var dataHome = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        if (string.IsNullOrWhiteSpace(dataHome))
            dataHome = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        return Path.Combine(dataHome, "minutes-ingest", "pg");
    }
}
