using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using MinutesIngest.Web;
using MinutesIngest.Storage;

namespace MinutesIngest.Cli.Tests.Web;

/// <summary>The web application of <c>minutes serve</c> over a database, on a free port of 127.0.0.1.</summary>
internal sealed class ServedCorpus : IAsyncDisposable
{
    private readonly MinutesDatabase _database;
    private readonly WebApplication _app;

    private ServedCorpus(MinutesDatabase database, WebApplication app, string baseUrl) => (_database, _app, BaseUrl) = (database, app, baseUrl);

    public string BaseUrl { get; }

    public static async Task<ServedCorpus> StartAsync(string connectionString) => await StartAsync(await MinutesDatabase.OpenAsync(connectionString));

    /// <summary>Serves an open database; disposing the server disposes it.</summary>
    public static async Task<ServedCorpus> StartAsync(MinutesDatabase database, IJobQueueSource? queue = null)
    {
        var app = MinutesWebApp.Build(database, "http://127.0.0.1:0", queue);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new ServedCorpus(database, app, address.TrimEnd('/'));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        await _database.DisposeAsync();
    }
}
