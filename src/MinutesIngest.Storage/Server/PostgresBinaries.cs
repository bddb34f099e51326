namespace MinutesIngest.Storage.Server;

/// <summary>The folder holding the PostgreSQL server programs (initdb, pg_ctl, postgres).</summary>
public sealed record PostgresBinaries(string BinDirectory)
{
    public string InitDb => Path.Combine(BinDirectory, "initdb");
    public string PgCtl => Path.Combine(BinDirectory, "pg_ctl");

    /// <summary>Finds the newest installed server: MINUTES_PG_BIN, then /usr/lib/postgresql/*/bin, then <c>pg_config --bindir</c>, then PATH.</summary>
    public static PostgresBinaries Find() => FindIn(Candidates());

    internal static PostgresBinaries FindIn(IEnumerable<string> candidates)
    {
        foreach (var candidate in candidates)
            if (File.Exists(Path.Combine(candidate, "initdb")) && File.Exists(Path.Combine(candidate, "pg_ctl")))
                return new PostgresBinaries(candidate);
        throw new PostgresNotInstalledException();
    }

    private static IEnumerable<string> Candidates()
    {
        var overridden = Environment.GetEnvironmentVariable("MINUTES_PG_BIN");
        if (!string.IsNullOrWhiteSpace(overridden)) yield return overridden;

        const string debianRoot = "/usr/lib/postgresql";
        if (Directory.Exists(debianRoot))
        {
            var versions = Directory.EnumerateDirectories(debianRoot)
                .Select(d => (Dir: d, Version: decimal.TryParse(Path.GetFileName(d), System.Globalization.NumberStyles.Number,
                    System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : -1))
                .OrderByDescending(x => x.Version);
            foreach (var v in versions) yield return Path.Combine(v.Dir, "bin");
        }

        var fromPgConfig = PgConfigBinDir();
        if (fromPgConfig != null) yield return fromPgConfig;

        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries))
            yield return dir;
    }

    private static string? PgConfigBinDir()
    {
        try
        {
            var result = ExternalCommand.Run("pg_config", ["--bindir"], TimeSpan.FromSeconds(10));
            return result.Succeeded ? result.StandardOutput.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception) { return null; } // pg_config itself is not installed
    }
}
