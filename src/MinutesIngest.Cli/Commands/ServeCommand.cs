using System.CommandLine;
using MinutesIngest.Cli.Web;
using Microsoft.Extensions.Hosting;
using MinutesIngest.Storage;

namespace MinutesIngest.Cli.Commands;

/// <summary><c>minutes serve</c>: the search, trend, action and meeting pages and the JSON API on a local port.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var port = new Option<int>("--port", "-p") { Description = "TCP port", DefaultValueFactory = _ => 5080 };
        var host = new Option<string>("--host") { Description = "address to listen on (default: this machine only)", DefaultValueFactory = _ => "127.0.0.1" };
        var database = new DatabaseOptions();
        var cmd = new Command("serve", "Serve search, trends, actions and meetings as web pages and JSON (Ctrl+C stops)") { port, host };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            await using var db = await MinutesDatabase.OpenAsync(database.ResolveConnectionString(parse), ct);
            var url = $"http://{parse.GetValue(host)}:{parse.GetValue(port)}";
            await using var app = MinutesWebApp.Build(db, url);
            await app.StartAsync(ct);
            Console.Out.WriteLine($"serving on {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            await app.WaitForShutdownAsync(ct);
            return 0;
        }));
        return cmd;
    }
}
