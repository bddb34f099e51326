namespace MinutesIngest.Storage.Schema;

/// <summary>A migration already applied to the database differs from the one compiled into this program.</summary>
public sealed class EditedMigrationException(Migration migration, string recorded)
    : InvalidOperationException(
        $"migration {migration.Version:0000}_{migration.Name} was edited after it was applied to this database " +
        $"(checksum recorded {recorded[..12]}…, now {migration.Checksum[..12]}…): restore the applied file and put the change in a new migration")
{
    public Migration Migration { get; } = migration;
}
