using System.CommandLine;
using MinutesIngest.Web;
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
        var allowRemote = new Option<bool>("--allow-remote")
        {
            Description = "allow --host to be an address other machines can reach (there is no authentication: anyone who reaches it reads everything)",
        };
        var allowHost = new Option<string[]>("--allow-host")
        {
            Description = "a further Host name to answer (a DNS name or proxy in front of the server); requests naming other hosts get 400",
            Arity = ArgumentArity.ZeroOrMore, AllowMultipleArgumentsPerToken = false,
        };
        var database = new DatabaseOptions();
        var cmd = new Command("serve", "Serve search, trends, actions and meetings as web pages and JSON (Ctrl+C stops)") { port, host, allowRemote, allowHost };
        database.AddTo(cmd);
        cmd.SetAction((parse, ct) => DatabaseCommandErrors.Guard(async () =>
        {
            var binding = ServeBinding.For(parse.GetValue(host)!, parse.GetValue(port), parse.GetValue(allowHost));
            if (!binding.IsLoopback)
            {
                if (!parse.GetValue(allowRemote))
                {
                    Console.Error.WriteLine($"error: --host {binding.Address} can be reached from other machines and the server has no authentication; pass --allow-remote to serve it anyway");
                    return 1;
                }
                Console.Error.WriteLine($"warning: serving on {binding.Address} with no authentication: anyone who can reach this machine's port {binding.Port} can read every stored meeting");
            }
            var connectionString = database.ResolveConnectionString(parse);
            await using var db = await MinutesDatabase.OpenAsync(connectionString, ct);
            await using var app = MinutesWebApp.Build(db, binding, new HangfireJobQueueSource(connectionString));
            await app.StartAsync(ct);
            Console.Out.WriteLine($"serving on {string.Join(", ", app.Urls)} (Ctrl+C stops)");
            await app.WaitForShutdownAsync(ct);
            return 0;
        }));
        return cmd;
    }
}
