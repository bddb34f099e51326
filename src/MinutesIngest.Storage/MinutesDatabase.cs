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
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (string.IsNullOrEmpty(builder.Options)) builder.Options = "-c jit=off";
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
