using System.CommandLine;
using MinutesIngest.Storage.Server;

namespace MinutesIngest.Cli.Commands;

/// <summary>The <c>--db</c> and <c>--data-dir</c> options every database command takes, and how they pick the server.</summary>
internal sealed class DatabaseOptions
{
    public const string ConnectionEnvironmentVariable = "MINUTES_DB";

    public Option<string?> Connection { get; } = new("--db")
    {
        Description = $"connection string of an existing PostgreSQL server (default: ${ConnectionEnvironmentVariable}, else the private cluster)",
    };

    public Option<string?> DataDirectory { get; } = new("--data-dir")
    {
        Description = $"folder of the private cluster (default: ${DataDirectoryDefaults.EnvironmentVariable}, else ~/.local/share/minutes-ingest/pg, or /var/lib/minutes-ingest/pg as root)",
    };

    public void AddTo(Command command)
    {
        command.Options.Add(Connection);
        command.Options.Add(DataDirectory);
    }

    /// <summary>The explicit server if one was named, else the private cluster, started if it is not running.</summary>
    public string ResolveConnectionString(ParseResult parse)
    {
        var explicitConnection = parse.GetValue(Connection) ?? Environment.GetEnvironmentVariable(ConnectionEnvironmentVariable);
        return !string.IsNullOrWhiteSpace(explicitConnection) ? explicitConnection : Cluster(parse).Start();
    }

    public bool UsesExplicitServer(ParseResult parse) =>
        !string.IsNullOrWhiteSpace(parse.GetValue(Connection) ?? Environment.GetEnvironmentVariable(ConnectionEnvironmentVariable));

    public LocalPostgresCluster Cluster(ParseResult parse) => new(DataDirectoryDefaults.Resolve(parse.GetValue(DataDirectory)));
}
