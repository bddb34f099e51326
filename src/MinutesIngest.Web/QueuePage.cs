using System.Globalization;
using System.Text;
using MinutesIngest.Storage.Queries;
using static MinutesIngest.Web.Html;

namespace MinutesIngest.Web;

/// <summary>The queue page (read only): jobs per state, recent throughput, and the latest jobs of each state with their files and failure reasons.</summary>
internal static class QueuePage
{
    /// <summary>Jobs listed per state; the counts above the lists cover them all.</summary>
    public const int ListedPerState = 50;

    private static readonly string[] States = ["running", "queued", "retrying", "failed", "succeeded"];

    public static string Render(JobQueueSnapshot? queue, RecentThroughput throughput)
    {
        var b = new StringBuilder("<h1>Ingest queue</h1>");
        b.Append(string.Create(CultureInfo.InvariantCulture,
            $"<p id=\"throughput\">Last {throughput.Window.TotalMinutes:0} minutes: {throughput.Documents} documents, {throughput.Pages} pages; {throughput.DocumentsPerSecond:0.###} documents/s, {throughput.PagesPerSecond:0.###} pages/s.</p>"));
        if (queue == null)
            return Page("Queue", "Queue", b.Append(Message("This database holds no ingest queue: files are queued with `minutes ingest --queue` and run by `minutes work`.")).ToString());
        b.Append("<table id=\"counts\"><thead><tr><th>Queued</th><th>Running</th><th>Retrying</th><th>Failed</th><th>Succeeded</th><th>Servers</th></tr></thead><tbody>")
            .Append(CultureInfo.InvariantCulture, $"<tr><td class=\"queued\">{queue.Queued}</td><td class=\"running\">{queue.Running}</td><td class=\"retrying\">{queue.Retrying}</td>")
            .Append(CultureInfo.InvariantCulture, $"<td class=\"failed\">{queue.Failed}</td><td class=\"succeeded\">{queue.Succeeded}</td><td class=\"servers\">{queue.Servers}</td></tr></tbody></table>");
        foreach (var state in States)
        {
            var jobs = queue.Jobs.Where(j => j.State == state).ToList();
            if (jobs.Count == 0) continue;
            b.Append(CultureInfo.InvariantCulture, $"<h2>{char.ToUpperInvariant(state[0])}{state[1..]} (latest {jobs.Count})</h2>")
                .Append($"<table id=\"{state}\"><thead><tr><th>Job</th><th>File</th><th>Work</th><th>Reason</th><th>Since (UTC)</th></tr></thead><tbody>");
            foreach (var job in jobs)
                b.Append($"<tr><td>{E(job.Id)}</td><td class=\"body\">{E(job.Path)}</td><td>{E(job.Work)}</td><td class=\"reason\">{E(job.Reason)}</td>")
                    .Append($"<td>{E(job.At?.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture))}</td></tr>");
            b.Append("</tbody></table>");
        }
        return Page("Queue", "Queue", b.ToString());
    }
}
