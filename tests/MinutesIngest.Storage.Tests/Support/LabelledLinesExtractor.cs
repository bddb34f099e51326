using System.Text;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Ingest.Pipeline;

namespace MinutesIngest.Storage.Tests.Support;

/// <summary>A test extractor reading a tiny line format ("FIELD: a | b"), so storage is tested with full records whatever state the real parser is in.</summary>
public sealed class LabelledLinesExtractor : IMinutesFileExtractor
{
    public Task<ExtractionOutcome> ExtractAsync(ExtractionRequest request, CancellationToken cancellationToken)
    {
        string text;
        try { text = new UTF8Encoding(false, true).GetString(request.Content); }
        catch (DecoderFallbackException) { return Task.FromResult(ExtractionOutcome.Failure("corrupt", "not UTF-8 text", "unknown")); }
        if (!text.StartsWith("MEETING:", StringComparison.Ordinal))
            return Task.FromResult(ExtractionOutcome.Failure("corrupt", "no MEETING line", "txt"));
        return Task.FromResult(ExtractionOutcome.Success(Parse(text, Path.GetFileName(request.Path)), pages: 1));
    }

    private static MinutesRecord Parse(string text, string source)
    {
        var meeting = new MeetingInfo();
        var attendance = new List<Attendee>();
        var items = new List<AgendaItem>();
        var actions = new List<ActionItem>();
        NextMeeting? next = null;
        foreach (var line in text.Split('\n'))
        {
            var colon = line.IndexOf(':');
            if (colon < 0) continue;
            var f = line[(colon + 1)..].Split('|').Select(p => p.Trim()).Select(p => p.Length == 0 ? null : p).ToArray();
            string? F(int i) => i < f.Length ? f[i] : null;
            switch (line[..colon])
            {
                case "MEETING": meeting = meeting with { Title = F(0) }; break;
                case "BODY": meeting = meeting with { Body = F(0) }; break;
                case "DATE": meeting = meeting with { Date = F(0) }; break;
                case "TIME": meeting = meeting with { StartTime = F(0) }; break;
                case "CHAIR": meeting = meeting with { Chair = F(0) }; break;
                case "ATTENDEE": attendance.Add(new Attendee { Name = F(0) ?? "", Role = F(1), Abbreviation = F(2), Status = F(3) ?? "present" }); break;
                case "ITEM": items.Add(new AgendaItem { Number = F(0) ?? "", Title = F(1), Text = F(2) ?? "" }); break;
                case "ACTION": actions.Add(new ActionItem { Item = F(0), Text = F(1) ?? "", Owner = F(2), OwnerName = F(3), Due = F(4) }); break;
                case "NEXT": next = new NextMeeting { Date = F(0), StartTime = F(1) }; break;
            }
        }
        return new MinutesRecord { Source = source, Format = "txt", Meeting = meeting, Attendance = attendance, Items = items, Actions = actions, NextMeeting = next };
    }
}
