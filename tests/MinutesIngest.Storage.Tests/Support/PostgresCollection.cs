namespace MinutesIngest.Storage.Tests.Support;

/// <summary>Tests that share the run's PostgreSQL cluster.</summary>
[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresFixture>
{
    public const string Name = "postgres";
}
