using System.Globalization;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>The columns of a search result with the matched words in **double asterisks**, as CSV and the web export them.</summary>
public static class SearchColumns
{
    /// <summary>The CSV columns of a hit.</summary>
    public static readonly (string, Func<SearchHit, string?>)[] Csv =
    [
        ("kind", h => h.Kind), ("rank", h => h.Rank.ToString("G4", CultureInfo.InvariantCulture)),
        ("document_id", h => h.DocumentId.ToString(CultureInfo.InvariantCulture)), ("document_path", h => h.DocumentPath),
        ("body", h => h.Body), ("title", h => h.Title), ("date", h => h.Date), ("item_number", h => h.ItemNumber),
        ("item_title", h => h.ItemTitle), ("owner", h => h.Owner), ("snippet", h => h.Snippet),
    ];

    /// <summary>The hit with its matched words between double asterisks.</summary>
    public static SearchHit Emphasised(SearchHit hit) => hit with { Snippet = Highlight.Emphasised(hit.Snippet) };
}
