using System.Net;
using System.Text;
using MinutesIngest.Storage.Topics;

namespace MinutesIngest.Web;

/// <summary>The page frame (navigation, inline style: no external files) and HTML encoding.</summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Page(string title, string active, string content)
    {
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        b.Append("<title>").Append(E(title)).Append(" · minutes</title><style>").Append(Style).Append("</style></head><body><nav>");
        foreach (var (href, label) in new[] { ("/", "Search"), ("/trend", "Trend"), ("/topics", "Topics"), ("/actions", "Actions"), ("/bodies", "Bodies"), ("/queue", "Queue") })
            b.Append($"<a href=\"{href}\"{(label == active ? " class=\"active\"" : "")}>{label}</a>");
        b.Append("</nav><main>").Append(content).Append("</main></body></html>");
        return b.ToString();
    }

    public static string Message(string? message) => message == null ? "" : $"<p class=\"message\" role=\"status\">{E(message)}</p>";

    public static string Input(string name, string label, string? value, string type = "text", string extra = "") =>
        $"<label>{E(label)} <input type=\"{type}\" name=\"{name}\" value=\"{E(value)}\" {extra}></label>";

    /// <summary>A topic picker for the search and action filters; nothing when no topics were built.</summary>
    public static string TopicSelect(IReadOnlyList<TopicName> topics, int? selected)
    {
        if (topics.Count == 0) return "";
        var b = new StringBuilder("<label>Topic <select name=\"topic\"><option value=\"\">any topic</option>");
        foreach (var t in topics)
            b.Append($"<option value=\"{t.Number}\"{(t.Number == selected ? " selected" : "")}>{t.Number}: {E(t.Label)}</option>");
        return b.Append("</select></label>").ToString();
    }

    /// <summary>The search and trend forms' switch for matching every word unstemmed.</summary>
    public static string ExactBox(bool exact) =>
        $"<label title=\"planning finds planning, not plan\"><input type=\"checkbox\" name=\"exact\" value=\"1\"{(exact ? " checked" : "")}> Exact words (no stemming)</label>";

    public static string TopicLink(int number, string label) => $"<a href=\"/topics/{number}\">{E(label)}</a>";

    public static string MeetingLink(long documentId, string? text) => $"<a href=\"/meetings/{documentId}\">{E(text ?? "(untitled)")}</a>";

    private const string Style = """
        body{font:15px/1.45 system-ui,sans-serif;margin:0;color:#1d2430;background:#fafbfc}
        nav{background:#23395d;padding:.6em 1.2em}nav a{color:#dfe8f5;margin-right:1.4em;text-decoration:none;font-weight:600}
        nav a.active{color:#fff;border-bottom:2px solid #ffd166}main{max-width:1100px;margin:1.2em auto;padding:0 1.2em}
        form{display:flex;flex-wrap:wrap;gap:.6em 1em;align-items:end;margin-bottom:1em}label{font-size:.85em;color:#4a5568}
        input,select{display:block;font:inherit;padding:.3em .45em;border:1px solid #b8c2cc;border-radius:4px}
        input[name=q]{width:22em}button{font:inherit;padding:.35em 1em;background:#23395d;color:#fff;border:0;border-radius:4px}
        mark{background:#ffe066;padding:0 .1em}.hit{background:#fff;border:1px solid #e2e8f0;border-radius:6px;padding:.7em 1em;margin:.6em 0}
        .hit .meta{font-size:.85em;color:#4a5568}.message{background:#fff4e5;border-left:4px solid #f0a030;padding:.5em .8em}
        table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #e2e8f0;padding:.35em .5em;text-align:left;vertical-align:top}
        th{background:#edf2f7}td:first-child,td.overdue{white-space:nowrap}td.overdue{color:#b42318;font-weight:600}svg text{font:11px system-ui,sans-serif;fill:#1d2430}
        .terms span{display:inline-block;background:#edf2f7;border-radius:3px;padding:0 .4em;margin:.15em .3em .15em 0}
        td.body{white-space:normal;overflow-wrap:anywhere;max-width:22em}a.csv{font-size:.9em}
        .legend span{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 1em;vertical-align:middle}
        """;
}
