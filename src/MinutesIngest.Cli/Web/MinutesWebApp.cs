using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using MinutesIngest.Storage;
using Npgsql;

namespace MinutesIngest.Cli.Web;

/// <summary>Builds the web application behind <c>minutes serve</c>: pages, JSON API, a strict content policy and a friendly error page.</summary>
internal static class MinutesWebApp
{
    // No scripts at all, styles only inline, forms only to this server: nothing on the pages can reach elsewhere.
    private const string ContentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    public static WebApplication Build(MinutesDatabase database, string url)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(url);
        var app = builder.Build();
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            context.Response.StatusCode = failure is NpgsqlException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            context.Response.ContentType = "text/html; charset=utf-8";
            var message = failure is NpgsqlException ? "The database is not answering; try again shortly." : "Something went wrong on the server.";
            await context.Response.WriteAsync(Html.Page("Error", "", Html.Message(message)));
        }));
        app.Use(async (context, next) =>
        {
            context.Response.Headers.ContentSecurityPolicy = ContentPolicy;
            context.Response.Headers.XContentTypeOptions = "nosniff";
            await next();
        });
        PageEndpoints.Map(app, database);
        ApiEndpoints.Map(app, database);
        TopicEndpoints.Map(app, database);
        return app;
    }
}
