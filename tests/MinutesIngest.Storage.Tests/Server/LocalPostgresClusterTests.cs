using Dapper;
using MinutesIngest.Storage.Server;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Server;

[Collection(PostgresCollection.Name)]
public sealed class LocalPostgresClusterTests(PostgresFixture postgres)
{
    [Fact]
    public void A_running_cluster_reports_its_port()
    {
        var status = postgres.Cluster.Status();

        Assert.Equal(ClusterState.Running, status.State);
        Assert.Equal(new NpgsqlConnectionStringBuilder(postgres.AdminConnectionString).Port, status.Port);
    }

    [Fact]
    public void A_second_start_reuses_the_running_server()
    {
        var again = new LocalPostgresCluster(postgres.DataDirectory).Start();

        Assert.Equal(postgres.AdminConnectionString, again);
    }

    [Fact]
    public async Task The_server_listens_on_loopback_only_and_holds_the_minutes_database()
    {
        await using var connection = new NpgsqlConnection(postgres.AdminConnectionString);
        await connection.OpenAsync();

        Assert.Equal("127.0.0.1", await connection.ExecuteScalarAsync<string>("SHOW listen_addresses"));
        Assert.Equal(LocalPostgresCluster.DatabaseName, await connection.ExecuteScalarAsync<string>("SELECT current_database()"));
    }

    [Fact]
    public void A_folder_never_initialised_reads_as_not_initialised()
    {
        using var folder = new TempFolder();

        Assert.Equal(ClusterState.NotInitialised, new LocalPostgresCluster(folder.Path).Status().State);
    }

    [Fact]
    public void Stop_then_start_brings_the_same_cluster_back()
    {
        using var folder = new TempFolder();
        var cluster = new LocalPostgresCluster(Path.Combine(folder.Path, "pg"));
        try
        {
            cluster.Start();
            Assert.True(cluster.Stop());
            Assert.Equal(ClusterState.Stopped, cluster.Status().State);

            var connectionString = cluster.Start();

            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            Assert.Equal(1, connection.ExecuteScalar<int>("SELECT 1"));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            cluster.Stop();
        }
    }
}
