using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Schema;

/// <summary>Brings a database's schema up to date: each pending migration in its own transaction, under an advisory lock so concurrent starts apply it once.</summary>
/// <remarks>
/// Each applied migration's checksum is recorded; an applied migration whose file was edited since is refused
/// (<see cref="EditedMigrationException"/>) rather than silently leaving the database on the old schema.
/// </remarks>
public sealed class MigrationRunner(IReadOnlyList<Migration> migrations)
{
    // Arbitrary but fixed: every process of this tool takes the same lock.
    private const long AdvisoryLockKey = 0x4d494e5554455331; // "MINUTES1"

    public MigrationRunner() : this(EmbeddedMigrations.All) { }

    /// <summary>Applies what is missing; returns the versions applied by this call.</summary>
    public async Task<IReadOnlyList<int>> ApplyAsync(NpgsqlConnection connection, CancellationToken cancellationToken = default)
    {
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@key)", new { key = AdvisoryLockKey }, cancellationToken: cancellationToken));
        try
        {
            await connection.ExecuteAsync(new CommandDefinition("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    integer PRIMARY KEY,
                    name       text NOT NULL,
                    applied_at timestamptz NOT NULL DEFAULT now());
                ALTER TABLE schema_migrations ADD COLUMN IF NOT EXISTS checksum text;
                """, cancellationToken: cancellationToken));
            var applied = (await connection.QueryAsync<(int Version, string? Checksum)>(new CommandDefinition(
                "SELECT version, checksum FROM schema_migrations", cancellationToken: cancellationToken))).ToDictionary(r => r.Version, r => r.Checksum);
            foreach (var migration in migrations.Where(m => applied.ContainsKey(m.Version)))
            {
                if (applied[migration.Version] is not { } recorded)
                    // Applied before checksums were recorded: what is compiled in now is taken as what was applied.
                    await connection.ExecuteAsync(new CommandDefinition(
                        "UPDATE schema_migrations SET checksum = @Checksum WHERE version = @Version", migration, cancellationToken: cancellationToken));
                else if (recorded != migration.Checksum)
                    throw new EditedMigrationException(migration, recorded);
            }
            var newlyApplied = new List<int>();
            foreach (var migration in migrations.Where(m => !applied.ContainsKey(m.Version)))
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
                await connection.ExecuteAsync(new CommandDefinition(migration.Sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, checksum) VALUES (@Version, @Name, @Checksum)", migration, transaction, cancellationToken: cancellationToken));
                await transaction.CommitAsync(cancellationToken);
                newlyApplied.Add(migration.Version);
            }
            return newlyApplied;
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = AdvisoryLockKey });
        }
    }
}
