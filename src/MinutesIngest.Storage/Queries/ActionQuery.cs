using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Lists actions, newest meeting first, filtered by owner, body, dates, words and overdue.</summary>
public static class ActionQuery
{
    // An owner matches on the action's own owner text, or through the attendee the owner stands for: the owner may be
    // written as initials ("SR", "JS/AB"), a role ("Clerk") or a first name, while the user types any of name, initials
    // or role. Words match as a phrase of whole words ('simple' text search: no stemming, so "SR" is not inside "Mrs"),
    // through the expression indexes of migration 0002; the expressions here must stay identical to those.
    private const string OwnerWords = "phraseto_tsquery('simple', translate(@Owner, '/&,;', '    '))";

    // The attendee an owner written as initials, a role or a first name stands for.
    private const string LinkedAttendee = """
        (lower(p.name) IN (lower(o.owner_name), lower(o.owner))
         OR lower(p.role) = lower(o.owner)
         OR lower(p.abbreviation) = ANY (regexp_split_to_array(lower(o.owner), '\s*[/,&;]\s*')))
        """;

    private const string OwnerVector = "to_tsvector('simple', translate(coalesce(o.owner, '') || ' ' || coalesce(o.owner_name, ''), '/&,;', '    '))";
    private const string AttendeeVector = "to_tsvector('simple', translate(p.name || ' ' || coalesce(p.role, '') || ' ' || coalesce(p.abbreviation, ''), '/&,;', '    '))";

    // Owner alone: collect the owner's actions through the two word indexes, then apply the rest.
    private const string OwnerAsSet = $"""
        a.id IN (
            SELECT o.id FROM actions o WHERE {OwnerVector} @@ {OwnerWords}
            UNION
            SELECT o.id FROM attendees p JOIN actions o ON o.meeting_id = p.meeting_id
            WHERE {AttendeeVector} @@ {OwnerWords} AND {LinkedAttendee})
        """;

    // Owner beside a body, dates or words: those cut the actions to few, so each is checked for the owner on its own
    // (a common role such as "Clerk" would otherwise gather hundreds of thousands of actions first).
    private const string OwnerPerAction = $"""
        EXISTS (
            SELECT 1 FROM actions o WHERE o.id = a.id AND ({OwnerVector} @@ {OwnerWords}
                OR EXISTS (SELECT 1 FROM attendees p WHERE p.meeting_id = o.meeting_id AND {AttendeeVector} @@ {OwnerWords} AND {LinkedAttendee})))
        """;

    private const string Select = """
        SELECT m.document_id AS documentid, d.path AS documentpath, m.body_name AS body, m.title, to_char(m.meeting_date, 'YYYY-MM-DD') AS date,
               a.item_number AS itemnumber, it.title AS itemtitle, a.text, a.owner, a.owner_name AS ownername,
               to_char(a.due, 'YYYY-MM-DD') AS due, coalesce(a.due < coalesce(@Today::date, current_date), false) AS overdue
        FROM actions a
        JOIN meetings m ON m.id = a.meeting_id
        JOIN documents d ON d.id = m.document_id
        LEFT JOIN LATERAL (SELECT x.title FROM items x WHERE x.meeting_id = a.meeting_id AND x.number = a.item_number ORDER BY x.position LIMIT 1) it ON true
        WHERE (@Body::text IS NULL OR m.body_name ILIKE @Body)
          AND (@From::date IS NULL OR m.meeting_date >= @From::date)
          AND (@To::date IS NULL OR m.meeting_date <= @To::date)
          AND (@Query::text IS NULL OR a.search @@ websearch_to_tsquery('english', @Query))
          AND (NOT @Overdue OR a.due < coalesce(@Today::date, current_date))
          AND (@Owner::text IS NULL OR
        """;

    private const string Order = """
        )
        ORDER BY m.meeting_date DESC NULLS LAST, m.id, a.position
        LIMIT @Limit
        """;

    public static async Task<ActionListResult> RunAsync(NpgsqlConnection connection, ActionFilter filter, CancellationToken cancellationToken = default)
    {
        string? query = null;
        if (filter.Query != null && SearchText.Clean(filter.Query) is { Length: > 0 } text)
        {
            if (await SearchText.ProblemAsync(connection, text, cancellationToken) is { } problem) return ActionListResult.Problem(problem);
            query = text;
        }
        var owner = SearchText.Clean(filter.Owner);
        var narrowed = filter.Body != null || filter.From != null || filter.To != null || query != null;
        var sql = Select + "\n" + (narrowed ? OwnerPerAction : OwnerAsSet) + "\n" + Order;
        var rows = await connection.QueryAsync<ActionRow>(new CommandDefinition(sql, new
        {
            Body = ContainsPattern.From(filter.Body),
            From = filter.From?.ToDateTime(TimeOnly.MinValue),
            To = filter.To?.ToDateTime(TimeOnly.MinValue),
            Query = query,
            filter.Overdue,
            Today = filter.Today?.ToDateTime(TimeOnly.MinValue),
            Owner = owner.Length == 0 ? null : owner,
            Limit = filter.Limit is { } limit ? Math.Max(0, limit) : (int?)null,
        }, cancellationToken: cancellationToken));
        return new ActionListResult(rows.ToList(), null);
    }
}
