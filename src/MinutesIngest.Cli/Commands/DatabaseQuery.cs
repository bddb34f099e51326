using System.CommandLine;
using MinutesIngest.Storage;
using Npgsql;

namespace MinutesIngest.Cli.Commands;

/// <summary>Runs a read-only command against the database the <see cref="DatabaseOptions"/> pick, with their error handling.</summary>
internal static class DatabaseQuery
{
    public static Task<int> RunAsync(DatabaseOptions database, ParseResult parse, CancellationToken ct, Func<NpgsqlConnection, Task<int>> action) =>
        DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            await using var connection = await db.OpenConnectionAsync(ct);
            return await action(connection);
        });

    /// <summary>A query that could not run (blank text, no words, unknown meeting): the message on stderr, exit code 1.</summary>
    public static int Refuse(string message)
    {
        Console.Error.WriteLine(message);
        return 1;
    }
}
