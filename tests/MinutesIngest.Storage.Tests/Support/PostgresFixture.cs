using MinutesIngest.Storage.Server;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>One private PostgreSQL cluster for the whole test run, started through the product's own cluster code in a temp folder.</summary>
public sealed class PostgresFixture : IDisposable
{
    public PostgresFixture()
    {
        DataDirectory = Path.Combine(Path.GetTempPath(), "minutes-storage-tests-" + Guid.NewGuid().ToString("N")[..8]);
        Cluster = new LocalPostgresCluster(DataDirectory);
        // A missing server is a failure, not a skip: Start throws with install instructions.
        AdminConnectionString = Cluster.Start();
    }

    public string DataDirectory { get; }
    public LocalPostgresCluster Cluster { get; }
    public string AdminConnectionString { get; }

    /// <summary>A new, empty database so tests never see each other's rows.</summary>
    public string CreateDatabase()
    {
        var name = "t_" + Guid.NewGuid().ToString("N")[..12];
        using (var connection = new NpgsqlConnection(AdminConnectionString))
        {
            connection.Open();
            using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            create.ExecuteNonQuery();
        }
        return new NpgsqlConnectionStringBuilder(AdminConnectionString) { Database = name }.ConnectionString;
    }

    public void Dispose()
    {
        NpgsqlConnection.ClearAllPools();
        Cluster.Stop();
        try { Directory.Delete(DataDirectory, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
