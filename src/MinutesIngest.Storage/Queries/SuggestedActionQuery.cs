using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Lists suggested actions (unmarked commitments found by the classifier) with the filters of <see cref="ActionQuery"/>; never mixed with actions.</summary>
public static class SuggestedActionQuery
{
    public static async Task<SuggestedActionListResult> RunAsync(NpgsqlConnection connection, ActionFilter filter, CancellationToken cancellationToken = default)
    {
        var (rows, message) = await ActionListSql.RunAsync<SuggestedActionRow>(connection, filter, "suggested_actions",
            // Stored as real; rounded back to the 3 decimals the extraction JSON gives, not real's binary tail.
            ", round(a.confidence::numeric, 3)::float8 AS confidence", ", x.confidence", progress: false, cancellationToken);
        return message != null ? SuggestedActionListResult.Problem(message) : new SuggestedActionListResult(rows, null);
    }
}
