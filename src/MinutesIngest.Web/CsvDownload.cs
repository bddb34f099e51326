using System.Text;
using Microsoft.AspNetCore.Http;

namespace MinutesIngest.Web;

/// <summary>A CSV file as an HTTP download, and the link a page's table offers to it.</summary>
internal static class CsvDownload
{
    public static IResult File(string fileName, Action<TextWriter> write)
    {
        var csv = new StringWriter();
        write(csv);
        // The byte order mark makes spreadsheet programs read the file as UTF-8 rather than a legacy code page.
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
        return Results.File(bytes, "text/csv; charset=utf-8", fileName);
    }

    /// <summary>A download link for a table: the same filters (the page's query string) against the CSV address.</summary>
    public static string Link(string id, string path, string queryString, string text = "Download as CSV") =>
        $"<a id=\"{id}\" class=\"csv\" href=\"{Html.E(path + queryString)}\" download>{Html.E(text)}</a>";
}
