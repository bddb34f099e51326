using Dapper;
using MinutesIngest.Storage.Queries;
using MinutesIngest.Storage.Tests.Support;

namespace MinutesIngest.Storage.Tests.Queries;

/// <summary>
/// An --owner filter finds an action by the words stored with it (actions.owner_search, migration 0016): its owner and
/// owner name, and the name, role and abbreviation of the attendee the owner stands for; a phrase matches within one of
/// those pieces, never across two; the words follow attendees stored after the action, and suggested actions alike.
/// </summary>
[Collection(PostgresCollection.Name)]
public sealed class OwnerSearchTests(PostgresFixture postgres)
{
    // One invented meeting: owners written as a full name, initials, a role, two initials, and a name nobody attended as.
    private const string Rows = """
        INSERT INTO documents (path, size_bytes, parser_version, status) VALUES ('/invented/owners.txt', 100, 1, 'stored');
        INSERT INTO meetings (document_id, title, body, meeting_date) SELECT id, 'Minutes', 'Quillby Parish Council', date '2021-05-04' FROM documents;
        INSERT INTO attendees (meeting_id, position, name, role, abbreviation, status)
        SELECT m.id, p.position, p.name, p.role, p.abbreviation, 'present' FROM meetings m,
            (VALUES (1, 'Cllr Orla Venn', 'Chair', 'OV'), (2, 'Cllr Tobias Marsh', NULL, 'TM'), (3, 'Mrs Petra Lind', 'Clerk', 'PL')) p(position, name, role, abbreviation);
        INSERT INTO actions (meeting_id, position, item_number, text, owner, owner_name)
        SELECT m.id, a.position, '1', a.text, a.owner, a.owner_name FROM meetings m,
            (VALUES (1, 'Order the noticeboard', 'Orla Venn', 'Cllr Orla Venn'),
                    (2, 'Inspect the bus shelter', 'TM', 'Cllr Tobias Marsh'),
                    (3, 'Renew the insurance', 'Clerk', 'Mrs Petra Lind'),
                    (4, 'Walk the footpaths', 'OV/TM', NULL),
                    (5, 'Count the benches', 'Warden Hale', NULL)) a(position, text, owner, owner_name);
        """;

    private async Task<Npgsql.NpgsqlConnection> SeededAsync()
    {
        var database = await MinutesDatabase.OpenAsync(postgres.CreateDatabase());
        var connection = await database.OpenConnectionAsync();
        await connection.ExecuteAsync(Rows);
        return connection;
    }

    [Theory]
    [InlineData("Orla Venn", new[] { "Order the noticeboard", "Walk the footpaths" })]
    [InlineData("OV", new[] { "Order the noticeboard", "Walk the footpaths" })]
    [InlineData("chair", new[] { "Order the noticeboard", "Walk the footpaths" })]
    [InlineData("Tobias Marsh", new[] { "Inspect the bus shelter", "Walk the footpaths" })]
    [InlineData("Petra Lind", new[] { "Renew the insurance" })]
    [InlineData("Clerk", new[] { "Renew the insurance" })]
    [InlineData("Warden Hale", new[] { "Count the benches" })]
    [InlineData("Hale Warden", new string[0])]
    // The owner piece "Clerk Mrs Petra Lind" is followed by the attendee's "Mrs Petra Lind Clerk PL": adjacent only if pieces ran together.
    [InlineData("Lind Mrs", new string[0])]
    // Two attendees the owner "OV/TM" stands for: the first's abbreviation and the second's title are not one phrase.
    [InlineData("OV Cllr", new string[0])]
    public async Task An_owner_matches_as_a_phrase_within_one_piece(string owner, string[] expected)
    {
        await using var connection = await SeededAsync();

        var result = await ActionQuery.RunAsync(connection, new ActionFilter(Owner: owner));
        var withBody = await ActionQuery.RunAsync(connection, new ActionFilter(Owner: owner, Body: "Quillby Parish Council"));

        Assert.Equal(expected.Order(StringComparer.Ordinal), result.Actions.Select(a => a.Text).Order(StringComparer.Ordinal));
        Assert.Equal(expected.Order(StringComparer.Ordinal), withBody.Actions.Select(a => a.Text).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task An_attendee_stored_after_the_action_is_found_through_it()
    {
        await using var connection = await SeededAsync();
        Assert.Empty((await ActionQuery.RunAsync(connection, new ActionFilter(Owner: "Ned Hale"))).Actions);

        await connection.ExecuteAsync("""
            INSERT INTO attendees (meeting_id, position, name, role, abbreviation, status)
            SELECT id, 4, 'Ned Hale', 'Warden Hale', NULL, 'in_attendance' FROM meetings
            """);

        Assert.Equal(["Count the benches"], (await ActionQuery.RunAsync(connection, new ActionFilter(Owner: "Ned Hale"))).Actions.Select(a => a.Text));
    }

    [Fact]
    public async Task A_changed_owner_is_found_by_its_new_words_only()
    {
        await using var connection = await SeededAsync();

        await connection.ExecuteAsync("UPDATE actions SET owner = 'PL', owner_name = NULL WHERE text = 'Walk the footpaths'");

        Assert.Equal(["Renew the insurance", "Walk the footpaths"],
            (await ActionQuery.RunAsync(connection, new ActionFilter(Owner: "Petra Lind"))).Actions.Select(a => a.Text).Order(StringComparer.Ordinal));
        Assert.Equal(["Order the noticeboard"], (await ActionQuery.RunAsync(connection, new ActionFilter(Owner: "OV"))).Actions.Select(a => a.Text));
    }

    [Fact]
    public async Task A_suggested_action_is_found_through_the_attendee_its_owner_stands_for()
    {
        await using var connection = await SeededAsync();
        await connection.ExecuteAsync("""
            INSERT INTO suggested_actions (meeting_id, position, item_number, text, owner, owner_name, confidence)
            SELECT id, 1, '1', 'The clerk will chase the grant', 'Clerk', NULL, 0.9 FROM meetings
            """);

        var result = await SuggestedActionQuery.RunAsync(connection, new ActionFilter(Owner: "Petra Lind"));

        Assert.Equal(["The clerk will chase the grant"], result.Actions.Select(a => a.Text));
    }
}
