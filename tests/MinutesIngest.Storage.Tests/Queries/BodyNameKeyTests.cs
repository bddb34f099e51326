using Dapper;
using MinutesIngest.Core.Bodies;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>
/// --body filters resolve through body_names (migration 0017): the SQL key finds every spelling BodyNames.Key would
/// match, and a pair counts only while a meeting has it (after a merge, a replaced document, a very long name).
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class BodyNameKeyTests(PostgresFixture postgres)
{
    private async Task<Npgsql.NpgsqlConnection> OpenAsync()
    {
        var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        return await database.OpenConnectionAsync();
    }

    private static Task StoreAsync(Npgsql.NpgsqlConnection connection, string path, string body, string? alias = null) => connection.ExecuteAsync("""
        INSERT INTO documents (path, size_bytes, parser_version, status) VALUES (@Path, 100, 1, 'stored');
        INSERT INTO meetings (document_id, title, body, body_as_found, meeting_date)
        SELECT id, 'Minutes', @Body, @Alias, date '2023-03-01' FROM documents WHERE path = @Path;
        """, new { Path = path, Body = body, Alias = alias });

    [Theory]
    [InlineData("Quillby Parish Council", "quillby parish council")]
    [InlineData("Quillby Parish Council", "  QUILLBY   PARISH COUNCIL ")]
    [InlineData("Quillby Parish Council", "The Quillby Parish Council")]
    [InlineData("Quillby Parish Council", "Quillby PC")]
    [InlineData("Quillby Parish Council", "Quillby P.C.")]
    [InlineData("Quillby Parish Council", "quillby pc.")]
    [InlineData("Quillby Parish Council", "- Quillby Parish Council;")]
    [InlineData("Quillby Town Council", "Quillby T.C")]
    [InlineData("Quillby Town Council", "the quillby tc")]
    [InlineData("Quillby Parks and Gardens Trust", "Quillby Parks & Gardens Trust")]
    [InlineData("Open Quill Format (OQF) TC", "open quill format (oqf) tc")]
    [InlineData("Nørre Quillby Forening", "NØRRE QUILLBY FORENING")]
    public async Task Spellings_one_key_joins_share_the_sql_key(string name, string spelling)
    {
        Assert.Equal(BodyNames.Key(name), BodyNames.Key(spelling));
        await using var connection = await OpenAsync();

        var keys = await connection.QuerySingleAsync<(string, string)>("SELECT minutes_body_key(@A), minutes_body_key(@B)", new { A = name, B = spelling });

        Assert.Equal(keys.Item1, keys.Item2);
    }

    [Theory]
    [InlineData("Quillby Parish Council", "Quillby Town Council")]
    [InlineData("Quillby Parish Council", "Upper Quillby Parish Council")]
    [InlineData("Quillby Allotment Society", "Quillby Allotments Society")]
    public async Task Different_bodies_keep_different_sql_keys(string name, string other)
    {
        await using var connection = await OpenAsync();

        var keys = await connection.QuerySingleAsync<(string, string)>("SELECT minutes_body_key(@A), minutes_body_key(@B)", new { A = name, B = other });

        Assert.NotEqual(keys.Item1, keys.Item2);
    }

    [Fact]
    public async Task A_filter_names_a_body_through_its_stored_spellings()
    {
        await using var connection = await OpenAsync();
        await StoreAsync(connection, "/invented/a.txt", "Quillby Parish Council", "Quillby PC");
        await StoreAsync(connection, "/invented/b.txt", "Quillby Parish Council", "Council of Quillby");
        await StoreAsync(connection, "/invented/c.txt", "Upper Quillby Parish Council");

        var (byAlias, _) = await BodyMatcher.ResolveOneAsync(connection, "council of quillby");
        var (byKey, _) = await BodyMatcher.ResolveOneAsync(connection, "THE QUILLBY P.C.");
        var (none, problem) = await BodyMatcher.ResolveOneAsync(connection, "Quillby");

        Assert.Equal(["Quillby Parish Council"], byAlias ?? []);
        Assert.Equal(["Quillby Parish Council"], byKey ?? []);
        Assert.Null(none);
        Assert.Contains("“Quillby Parish Council”", problem);
        Assert.Contains("“Upper Quillby Parish Council”", problem);
    }

    [Fact]
    public async Task A_spelling_no_meeting_holds_any_more_names_nothing()
    {
        await using var connection = await OpenAsync();
        await StoreAsync(connection, "/invented/a.txt", "Quillby Parish Council");
        await StoreAsync(connection, "/invented/b.txt", "Quillby Village Council");
        await StoreAsync(connection, "/invented/c.txt", "Quillby Reading Room", "Quillby Reading Rooms");

        await BodyQuery.MergeAsync(connection, "Quillby Parish Council", "Quillby Village Council");
        await connection.ExecuteAsync("DELETE FROM meetings WHERE body = 'Quillby Reading Room'");
        var (merged, _) = await BodyMatcher.ResolveOneAsync(connection, "Quillby Village Council");
        var (gone, problem) = await BodyMatcher.ResolveOneAsync(connection, "Quillby Reading Rooms");
        await StoreAsync(connection, "/invented/d.txt", "Quillby Reading Room", "Quillby Reading Rooms");
        var (back, _) = await BodyMatcher.ResolveOneAsync(connection, "Quillby Reading Rooms");

        Assert.Equal(["Quillby Parish Council"], merged ?? []);
        Assert.Null(gone);
        Assert.StartsWith("No body is named “Quillby Reading Rooms”", problem);
        Assert.Equal(["Quillby Reading Room"], back ?? []);
    }

    [Fact]
    public async Task A_body_name_longer_than_an_index_entry_is_stored_and_named()
    {
        await using var connection = await OpenAsync();
        var name = "Quillby " + string.Join(" ", Enumerable.Range(0, 900).Select(i => $"Ward{i}")) + " Council";
        await StoreAsync(connection, "/invented/long.txt", name, name.ToUpperInvariant());

        var (found, problem) = await BodyMatcher.ResolveOneAsync(connection, name.ToLowerInvariant());

        Assert.Null(problem);
        Assert.Equal([name], found ?? []);
    }
}
