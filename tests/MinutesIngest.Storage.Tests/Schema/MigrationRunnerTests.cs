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

    [Fact]
    public async Task An_applied_migration_that_was_edited_is_refused()
    {
        await using var connection = new NpgsqlConnection(postgres.CreateDatabase());
        await connection.OpenAsync();
        await new MigrationRunner([new Migration(1, "first", "CREATE TABLE first_table (id int);")]).ApplyAsync(connection);
        var edited = new Migration(1, "first", "CREATE TABLE first_table (id bigint);");

        var error = await Assert.ThrowsAsync<EditedMigrationException>(() => new MigrationRunner([edited]).ApplyAsync(connection));

        Assert.Contains("0001_first", error.Message);
    }

    [Fact]
    public async Task An_unchanged_migration_applied_before_checksums_were_recorded_gets_its_checksum()
    {
        await using var connection = new NpgsqlConnection(postgres.CreateDatabase());
        await connection.OpenAsync();
        var migration = new Migration(1, "first", "CREATE TABLE first_table (id int);");
        await new MigrationRunner([migration]).ApplyAsync(connection);
        await connection.ExecuteAsync("UPDATE schema_migrations SET checksum = NULL");

        var applied = await new MigrationRunner([migration]).ApplyAsync(connection);

        Assert.Empty(applied);
        Assert.Equal(migration.Checksum, await connection.ExecuteScalarAsync<string>("SELECT checksum FROM schema_migrations WHERE version = 1"));
    }

    [Fact]
    public void A_checksum_does_not_depend_on_line_endings()
    {
        Assert.Equal(new Migration(1, "a", "SELECT 1;\nSELECT 2;\n").Checksum, new Migration(1, "a", "SELECT 1;\r\nSELECT 2;\r\n").Checksum);
        Assert.NotEqual(new Migration(1, "a", "SELECT 1;").Checksum, new Migration(1, "a", "SELECT 2;").Checksum);
    }
}
