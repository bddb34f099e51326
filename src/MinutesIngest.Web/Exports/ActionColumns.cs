using System.Globalization;
using MinutesIngest.Storage.Queries;

namespace MinutesIngest.Web.Exports;

/// <summary>The columns of an action list and of a suggested-action list, as CSV and the web export them.</summary>
public static class ActionColumns
{
    private static readonly (string, Func<ActionRow, string?>)[] Shared =
    [
        ("date", a => a.Date), ("body", a => a.Body), ("title", a => a.Title), ("item_number", a => a.ItemNumber), ("item_title", a => a.ItemTitle),
        ("action", a => a.Text), ("owner", a => a.Owner), ("owner_name", a => a.OwnerName), ("due", a => a.Due),
        ("overdue", a => a.Overdue ? "yes" : "no"), ("document_id", a => a.DocumentId.ToString(CultureInfo.InvariantCulture)),
        ("document_path", a => a.DocumentPath),
    ];

    /// <summary>The columns of an action list: those shared with suggested actions, then whether it was carried forward, is open, and what closed it.</summary>
    public static readonly (string, Func<ActionRow, string?>)[] Csv =
    [
        .. Shared,
        ("carried_forward", a => a.CarriedForward ? "yes" : "no"), ("open", a => a.Open ? "yes" : "no"), ("closed_by", a => a.ClosedBy),
    ];

    /// <summary>The action columns, then the confidence: a spreadsheet of suggested actions reads like one of actions.</summary>
    public static readonly (string, Func<SuggestedActionRow, string?>)[] SuggestedCsv =
    [
        .. Shared.Select(c => (c.Item1, (Func<SuggestedActionRow, string?>)(s => c.Item2(s.AsAction())))),
        ("confidence", s => Confidence(s.Confidence)),
    ];

    /// <summary>What later meetings of the series made of the action, in words.</summary>
    public static string FollowUp(ActionRow a) => (a.Open, a.CarriedForward, a.ClosedBy) switch
    {
        (true, true, _) => "open, carried forward",
        (true, false, _) => "open",
        (false, _, "status_word") => "reported done",
        _ => "done (not carried forward)",
    };

    /// <summary>A classifier confidence with three decimals.</summary>
    public static string Confidence(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
