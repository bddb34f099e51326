using MinutesIngest.TestSupport;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;

namespace MinutesIngest.Scoring.Tests;

/// <summary>Every gold file must score perfectly against itself, and a targeted change must cost exactly where expected.</summary>
public class GoldSelfScoreTests
{
    public static TheoryData<string, string> GoldFiles() => SharedCorpus.GoldFiles();

    private static MinutesRecord Load(string corpus, string file) =>
        MinutesJson.Deserialize(File.ReadAllText(Path.Combine(SharedCorpus.Folder(corpus), file)));

    [SharedCorpusTheory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_scores_one_against_itself(string corpus, string file)
    {
        var gold = Load(corpus, file);
        var score = new DocumentScorer().Score(file, gold, Load(corpus, file));
        Assert.Empty(score.Mismatches);
        Assert.Equal(1.0, score.Overall);
        Assert.Equal(1.0, score.Attendance.Matches.F1);
        Assert.Equal(1.0, score.Items.Matches.F1);
        Assert.Equal(1.0, score.Actions.Matches.F1);
        Assert.Equal(1.0, score.MeetingAccuracy);
        Assert.All(score.Attendance.Fields.Concat(score.Items.Fields).Concat(score.Actions.Fields), f => Assert.Equal(f.Total, f.Correct));
    }

    [SharedCorpusTheory]
    [MemberData(nameof(GoldFiles))]
    public void Cosmetic_differences_do_not_cost(string corpus, string file)
    {
        var gold = Load(corpus, file);
        var restyled = gold with
        {
            Attendance = gold.Attendance.Select(a => a with { Name = "Cllr " + a.Name.ToUpperInvariant(), Role = a.Role?.ToLowerInvariant() }).ToArray(),
            Items = gold.Items.Select(i => i with { Number = i.Number + ".", Title = i.Title?.ToUpperInvariant() }).ToArray(),
            Actions = gold.Actions.Reverse().Select(a => a with { Text = a.Text + ".", Owner = a.Owner?.ToLowerInvariant() }).ToArray(),
            Meeting = gold.Meeting with { Venue = gold.Meeting.Venue == null ? null : "  " + gold.Meeting.Venue + " " },
        };
        Assert.Equal(1.0, new DocumentScorer().Score(file, gold, restyled).Overall);
    }

    public static TheoryData<string, string, string> Perturbations()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var row in SharedCorpus.GoldFiles())
        {
            var (corpus, file) = ((string)row[0], (string)row[1]);
            var gold = Load(corpus, file);
            foreach (var (name, perturbation) in Cases)
                if (perturbation.AppliesTo(gold)) data.Add(corpus, file, name);
        }
        return data;
    }

    [SharedCorpusTheory]
    [MemberData(nameof(Perturbations))]
    public void A_perturbed_copy_loses_in_the_expected_field(string corpus, string file, string perturbation)
    {
        var gold = Load(corpus, file);
        var p = Cases[perturbation];
        var score = new DocumentScorer().Score(file, gold, p.Apply(gold));
        Assert.True(p.Lost(score), $"{perturbation} did not cost where expected");
        // Field accuracies are reported apart; only matching and meeting fields feed the document's overall.
        Assert.Equal(p.CostsOverall, score.Overall < 1.0);
        Assert.NotEmpty(score.Mismatches);
    }

    private sealed record Perturbation(
        Func<MinutesRecord, bool> AppliesTo, Func<MinutesRecord, MinutesRecord> Apply, Func<DocumentScore, bool> Lost, bool CostsOverall = true);

    private static readonly Dictionary<string, Perturbation> Cases = new()
    {
        ["drop-first-attendee"] = new(g => g.Attendance.Count > 0, g => g with { Attendance = g.Attendance.Skip(1).ToArray() },
            s => s.Attendance.Matches.Recall < 1 && s.Attendance.Matches.Precision == 1 && s.Items.Matches.F1 == 1),
        ["wrong-status"] = new(g => g.Attendance.Count > 0,
            g => g with { Attendance = g.Attendance.Select((a, i) => i == 0 ? a with { Status = a.Status == "absent" ? "present" : "absent" } : a).ToArray() },
            s => s.Attendance.Matches.F1 == 1 && s.Attendance.Field(ScoreFields.Status).Accuracy < 1, CostsOverall: false),
        ["wrong-role"] = new(g => g.Attendance.Count > 0,
            g => g with { Attendance = g.Attendance.Select((a, i) => i == 0 ? a with { Role = "Zzz Qqq" } : a).ToArray() },
            s => s.Attendance.Matches.F1 == 1 && s.Attendance.Field(ScoreFields.Role).Accuracy < 1, CostsOverall: false),
        ["extra-item"] = new(_ => true, g => g with { Items = g.Items.Append(new AgendaItem { Number = "999.9", Title = "Zzz" }).ToArray() },
            s => s.Items.Matches.Precision < 1 && s.Items.Matches.Recall == 1),
        ["drop-last-item"] = new(g => g.Items.Count > 0, g => g with { Items = g.Items.SkipLast(1).ToArray() },
            s => s.Items.Matches.Recall < 1),
        ["retitle-item"] = new(g => g.Items.Count > 0,
            g => g with { Items = g.Items.Select((it, i) => i == 0 ? it with { Title = "Zzz Qqq Xxx" } : it).ToArray() },
            s => s.Items.Matches.F1 == 1 && s.Items.Field(ScoreFields.Title).Accuracy < 1, CostsOverall: false),
        ["reword-action"] = new(g => g.Actions.Count > 0,
            g => g with { Actions = g.Actions.Select((a, i) => i == 0 ? a with { Text = "zzz qqq xxx yyy" } : a).ToArray() },
            s => s.Actions.Matches.F1 < 1),
        ["wrong-owner"] = new(g => g.Actions.Count > 0,
            g => g with { Actions = g.Actions.Select((a, i) => i == 0 ? a with { Owner = "Zzz Qqq" } : a).ToArray() },
            s => s.Actions.Matches.F1 == 1 && s.Actions.Field(ScoreFields.Owner).Accuracy < 1, CostsOverall: false),
        ["wrong-due"] = new(g => g.Actions.Count > 0,
            g => g with { Actions = g.Actions.Select((a, i) => i == 0 ? a with { Due = "1900-01-01" } : a).ToArray() },
            s => s.Actions.Matches.F1 == 1 && s.Actions.Field(ScoreFields.Due).Accuracy < 1, CostsOverall: false),
        ["wrong-date"] = new(_ => true, g => g with { Meeting = g.Meeting with { Date = "1900-01-01" } },
            s => s.Meeting.Single(f => f.Field == ScoreFields.Date).Correct == 0 && Math.Abs(s.MeetingAccuracy - 8.0 / 9) < 1e-9),
        ["wrong-next-meeting"] = new(_ => true, g => g with { NextMeeting = new NextMeeting { Date = "1900-01-01", StartTime = g.NextMeeting?.StartTime } },
            s => s.Meeting.Single(f => f.Field == ScoreFields.NextMeetingDate).Correct == 0),
    };
}
