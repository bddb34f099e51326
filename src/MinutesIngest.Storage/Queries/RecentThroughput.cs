using Dapper;
using Npgsql;

namespace MinutesIngest.Storage.Queries;

/// <summary>Documents and pages given a final status in the last few minutes, whatever process or server wrote them.</summary>
public sealed record RecentThroughput(long Documents, long Pages, TimeSpan Window)
{
    /// <summary>Long enough to smooth over one slow scan, short enough to show a server joining or leaving.</summary>
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(5);

    public double DocumentsPerSecond => Documents / Window.TotalSeconds;

    public double PagesPerSecond => Pages / Window.TotalSeconds;

    /// <summary>Counts rows by <c>updated_at</c>, which every write of a document (first or replacing) sets.</summary>
    public static async Task<RecentThroughput> ReadAsync(NpgsqlConnection connection, TimeSpan? window = null, CancellationToken cancellationToken = default)
    {
        var span = window ?? DefaultWindow;
        var (documents, pages) = await connection.QuerySingleAsync<(long, long)>(new CommandDefinition(
            "SELECT count(*), coalesce(sum(pages), 0)::bigint FROM documents WHERE updated_at > now() - @Seconds * interval '1 second'",
            new { Seconds = span.TotalSeconds }, cancellationToken: cancellationToken));
        return new RecentThroughput(documents, pages, span);
    }
}
