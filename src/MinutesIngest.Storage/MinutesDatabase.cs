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
        var dataSource = NpgsqlDataSource.Create(connectionString);
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
