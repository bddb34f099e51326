using Npgsql;
using MinutesIngest.Storage.Schema;

namespace MinutesIngest.Storage;

/// <summary>A connection source for the tool's database whose schema has been brought up to date.</summary>
public sealed class MinutesDatabase : IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    private MinutesDatabase(NpgsqlDataSource dataSource) => _dataSource = dataSource;

    public string ConnectionString => _dataSource.ConnectionString;

    /// <summary>Connects and applies pending migrations.</summary>
    public static async Task<MinutesDatabase> OpenAsync(string connectionString, CancellationToken cancellationToken = default)
    {
        // JIT compilation: PostgreSQL compiles any plan it costs above jit_above_cost, which a search or trend over a large
        // database is; measured by scripts/bench-query, the compiling took 2 s of a 2.1 s action-list query. Short
        // queries gain nothing from it, so the tool's sessions run without it (an Options value given by the user wins).
        // work_mem: a trend over 100,000 meetings hashes ~90,000 of them; at the default 4 MB the hash spilled to disk.
        // Parallel workers: on 2 cores their start-up cost more than they saved (search "budget" 120 ms with, 56–80 without).
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options)) builder.Options = "-c jit=off -c work_mem=64MB -c max_parallel_workers_per_gather=0";
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
            await new MigrationRunner().ApplyAsync(connection, cancellationToken);
            return new MinutesDatabase(dataSource);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    public ValueTask<NpgsqlConnection> OpenConnectionAsync(CancellationToken cancellationToken = default) =>
        _dataSource.OpenConnectionAsync(cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}
