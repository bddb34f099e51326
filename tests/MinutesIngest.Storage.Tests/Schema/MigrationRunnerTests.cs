using Dapper;
using MinutesIngest.Storage.Schema;
using MinutesIngest.Storage.Tests.Support;
using Npgsql;

namespace MinutesIngest.Storage.Tests.Schema;

[Collection(PostgresCollection.Name)]
public sealed class MigrationRunnerTests(PostgresFixture postgres)
{
    [Fact]
    public async Task From_an_empty_database_every_migration_is_applied_once()
    {
        await using var connection = new NpgsqlConnection(postgres.CreateDatabase());
        await connection.OpenAsync();

        var first = await new MigrationRunner().ApplyAsync(connection);
        var second = await new MigrationRunner().ApplyAsync(connection);

        Assert.Equal(EmbeddedMigrations.All.Select(m => m.Version), first);
        Assert.Empty(second);
        Assert.Equal(EmbeddedMigrations.All.Count, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_migrations"));
    }

    [Theory]
    [InlineData("documents")]
    [InlineData("meetings")]
    [InlineData("attendees")]
    [InlineData("items")]
    [InlineData("actions")]
    [InlineData("schema_migrations")]
    public async Task Migrations_create_the_table(string table)
    {
        await using var connection = new NpgsqlConnection(postgres.CreateDatabase());
        await connection.OpenAsync();
        await new MigrationRunner().ApplyAsync(connection);

        Assert.Equal(1, await connection.ExecuteScalarAsync<int>(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public' AND table_name = @table", new { table }));
    }

    [Fact]
    public async Task Concurrent_starts_apply_each_migration_once()
    {
        var connectionString = postgres.CreateDatabase();
        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(async _ =>
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            return await new MigrationRunner().ApplyAsync(connection);
        }));

        Assert.Equal(EmbeddedMigrations.All.Count, runs.Sum(r => r.Count));
    }

    [Fact]
    public async Task A_failing_migration_leaves_nothing_behind()
    {
        await using var connection = new NpgsqlConnection(postgres.CreateDatabase());
        await connection.OpenAsync();
        var broken = new Migration(1, "broken", "CREATE TABLE half_done (id int); SELECT no_such_function();");

        await Assert.ThrowsAsync<PostgresException>(() => new MigrationRunner([broken]).ApplyAsync(connection));

        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM information_schema.tables WHERE table_name = 'half_done'"));
        Assert.Equal(0, await connection.ExecuteScalarAsync<int>("SELECT count(*) FROM schema_migrations"));
    }
}
