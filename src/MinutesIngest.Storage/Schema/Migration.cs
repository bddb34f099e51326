namespace MinutesIngest.Storage.Schema;

/// <summary>One versioned schema change: an embedded <c>Migrations/NNNN_name.sql</c> file.</summary>
public sealed record Migration(int Version, string Name, string Sql);
