using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Lists actions, newest meeting first, filtered by owner, body, dates, words, overdue, open and topic, each with whether it was carried forward and is open.</summary>
public static class ActionQuery
{
    public static async Task<ActionListResult> RunAsync(NpgsqlConnection connection, ActionFilter filter, CancellationToken cancellationToken = default)
    {
        var (rows, message) = await ActionListSql.RunAsync<ActionRow>(connection, filter, "actions", "",
            ", p.carried_forward AS carriedforward, p.closed_by IS NULL AS open, p.closed_by AS closedby", progress: true, cancellationToken);
        return message != null ? ActionListResult.Problem(message) : new ActionListResult(rows, null);
    }
}
