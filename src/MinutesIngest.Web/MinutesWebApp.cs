using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using MinutesIngest.Web.Exports;
using Microsoft.Extensions.Logging;
using MinutesIngest.Storage;
using Npgsql;

namespace MinutesIngest.Web;

/// <summary>Builds the web application behind <c>minutes serve</c>: pages, JSON API, a strict content policy and a friendly error page.</summary>
public static class MinutesWebApp
{
    // No scripts at all, styles only inline, forms only to this server: nothing on the pages can reach elsewhere.
    private const string ContentPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>The application on <paramref name="url"/>, answering only the Host names that address it.</summary>
    public static WebApplication Build(MinutesDatabase database, string url, IJobQueueSource? queue = null) => Build(database, ServeBinding.FromUrl(url), queue);

    /// <summary>The application for <paramref name="binding"/>; the queue page reads <paramref name="queue"/> (without it, it says there is no queue).</summary>
    public static WebApplication Build(MinutesDatabase database, ServeBinding binding, IJobQueueSource? queue = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.WebHost.UseUrls(binding.Url);
        builder.Services.AddHostFiltering(options =>
        {
            options.AllowedHosts = binding.AllowedHosts.ToList();
            options.AllowEmptyHosts = false;
            options.IncludeFailureMessage = false;
        });
        var app = builder.Build();
        app.UseHostFiltering();
        app.UseExceptionHandler(error => error.Run(async context =>
        {
            var failure = context.Features.Get<IExceptionHandlerFeature>()?.Error;
            context.Response.StatusCode = failure is NpgsqlException ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
            var message = failure is NpgsqlException ? "The database is not answering; try again shortly." : "Something went wrong on the server.";
            // A client of the API reads JSON whatever happened; a person reads a page.
            if (context.Request.Path.StartsWithSegments("/api"))
            {
                context.Response.ContentType = "application/json";
                await context.Response.WriteAsync(JsonOutput.Serialize(new { Error = message }));
                return;
            }
            context.Response.ContentType = "text/html; charset=utf-8";
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
        QueueEndpoints.Map(app, database, queue);
        ApiEndpoints.MapFallback(app);
        return app;
    }
}
