using MinutesIngest.Storage.Server;

namespace MinutesIngest.Ingest.Tests;

/// <summary>A private PostgreSQL cluster for one test class, started (and restarted) through the product's own cluster code.</summary>
public sealed class ClusterDatabase : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "minutes-ingest-tests-" + Guid.NewGuid().ToString("N")[..8]);

    public ClusterDatabase()
    {
        Cluster = new LocalPostgresCluster(_folder);
        ConnectionString = Cluster.Start();
    }

    public LocalPostgresCluster Cluster { get; }

    public string ConnectionString { get; private set; }

    /// <summary>A new, empty database in the cluster, so each test has a queue of its own.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new Npgsql.NpgsqlConnection(ConnectionString))
        {
            connection.Open();
            using var create = new Npgsql.NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new Npgsql.NpgsqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    /// <summary>Stops the server (every open connection is cut) and starts it again on the same port.</summary>
    public void Restart()
    {
        ConnectionString = Cluster.Restart();
        // Pooled connections of this process died with the old server.
        Npgsql.NpgsqlConnection.ClearAllPools();
    }

    public void Dispose()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        Cluster.Stop();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
