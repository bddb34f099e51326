using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Lists actions, newest meeting first, filtered by owner, body, dates, words, overdue and topic.</summary>
public static class ActionQuery
{
    public static async Task<ActionListResult> RunAsync(NpgsqlConnection connection, ActionFilter filter, CancellationToken cancellationToken = default)
    {
        var (rows, message) = await ActionListSql.RunAsync<ActionRow>(connection, filter, "actions", "", cancellationToken);
        return message != null ? ActionListResult.Problem(message) : new ActionListResult(rows, null);
    }
}
