using System.CommandLine;
using Dapper;
using MinutesIngest.Cli.Rendering;
using MinutesIngest.Storage;
using MinutesIngest.Storage.Indexing;
using MinutesIngest.Storage.Server;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes db start|stop|status|reindex</c>: manages the private PostgreSQL cluster and its word postings.</summary>
internal static class DbCommand
{
    public static Command Create()
    {
        var db = new Command("db", "Manage the private PostgreSQL cluster the tool stores its data in");
        db.Subcommands.Add(Start());
        db.Subcommands.Add(Stop());
        db.Subcommands.Add(Status());
        db.Subcommands.Add(Reindex());
        return db;
    }

    private static Command Start()
    {
        var options = new DatabaseOptions();
        var cmd = new Command("start", "Create (if needed) and start the private cluster, and bring its schema up to date");
        options.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            var connectionString = options.ResolveConnectionString(parse);
            await using var database = await MinutesDatabase.OpenAsync(connectionString, ct);
            Console.Out.WriteLine(options.UsesExplicitServer(parse)
                ? "database ready"
                : $"database running: {Describe(options.Cluster(parse).Status())}");
            return 0;
        }));
        return cmd;
    }

    private static Command Stop()
    {
        var options = new DatabaseOptions();
        var cmd = new Command("stop", "Stop the private cluster");
        options.AddTo(cmd);
        cmd.SetAction((parse, _) => DatabaseCommandErrors.Guard(() =>
        {
            var cluster = options.Cluster(parse);
            Console.Out.WriteLine(cluster.Stop() ? $"stopped ({cluster.DataDirectory})" : $"not running ({cluster.DataDirectory})");
            return Task.FromResult(0);
        }));
        return cmd;
    }

    private static Command Status()
    {
        var options = new DatabaseOptions();
        var cmd = new Command("status", "Say whether the database is running, where, and how to connect to it (connection string, psql command line)");
        options.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            if (options.UsesExplicitServer(parse))
            {
                await using var database = await MinutesDatabase.OpenAsync(options.ResolveConnectionString(parse), ct);
                await using var connection = await database.OpenConnectionAsync(ct);
                Console.Out.WriteLine($"reachable: {await connection.ExecuteScalarAsync<string>("SELECT version()")}");
                foreach (var line in ConnectionText.Lines(options.ResolveConnectionString(parse))) Console.Out.WriteLine(line);
                return 0;
            }
            var status = options.Cluster(parse).Status();
            Console.Out.WriteLine(Describe(status));
            if (status.Port is { } port)
                foreach (var line in ConnectionText.Lines(LocalPostgresCluster.ConnectionStringFor(port))) Console.Out.WriteLine(line);
            return status.State == ClusterState.Running ? 0 : 1;
        }));
        return cmd;
    }

    // Ingest keeps the postings current and rebuilds them once they list more deleted meetings than live ones; this is
    // for a database changed by hand, or to reclaim the space sooner.
    private static Command Reindex()
    {
        var options = new DatabaseOptions();
        var cmd = new Command("reindex", "Rebuild the word and word-pair postings trends read (meeting_term_postings, meeting_pair_postings) and the open-action candidates overdue lists read, from the stored meetings");
        options.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var database = await MinutesDatabase.OpenAsync(options.ResolveConnectionString(parse), ct);
            await using var connection = await database.OpenConnectionAsync(ct);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var meetings = await MeetingTermIndex.RebuildAsync(connection, ct);
            Console.Out.WriteLine($"word and word-pair postings rebuilt: {meetings} meetings in {watch.Elapsed.TotalSeconds:0.0} s");
            watch.Restart();
            var series = await ActionFollowIndex.RebuildAsync(connection, ct);
            Console.Out.WriteLine($"open-action candidates rebuilt: {series} series in {watch.Elapsed.TotalSeconds:0.0} s");
            return 0;
        }));
        return cmd;
    }

    private static string Describe(ClusterStatus status) => status.State switch
    {
        ClusterState.Running => $"running on 127.0.0.1:{status.Port}, database '{LocalPostgresCluster.DatabaseName}', data in {status.DataDirectory}",
        ClusterState.Stopped => $"stopped, data in {status.DataDirectory}",
        _ => $"not created yet ({status.DataDirectory}); 'minutes db start' creates it",
    };
}
