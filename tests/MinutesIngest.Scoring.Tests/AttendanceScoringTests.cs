using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;
using static MinutesIngest.Scoring.Tests.Records;

namespace MinutesIngest.Scoring.Tests;

public class AttendanceScoringTests
{
    private static DocumentScore Score(MinutesRecord gold, MinutesRecord predicted) => new DocumentScorer().Score("doc", gold, predicted);

    [Fact]
    public void People_match_on_names_without_honorifics_case_or_punctuation()
    {
        var gold = Doc([Person("Cllr R. Crisp"), Person("Mrs N Cooper"), Person("Dr Ann Lee")]);
        var predicted = Doc([Person("r crisp"), Person("N. COOPER"), Person("Ann Leigh")]);
        var score = Score(gold, predicted).Attendance.Matches;
        Assert.Equal(new MatchCounts(2, 1, 1), score);
        Assert.Equal(2.0 / 3, score.Precision, 9);
        Assert.Equal(2.0 / 3, score.Recall, 9);
    }

    [Fact]
    public void Role_abbreviation_and_status_are_accuracies_over_matched_people()
    {
        var gold = Doc([
            Person("John Campion", "Police and Crime Commissioner", "PCC"),
            Person("Alison Hewitt", "Chief Executive", null, AttendanceStatus.Apologies),
            Person("Jane Doe", null, null),
            Person("Unmatched Person", "Clerk", "CL"),
        ]);
        var predicted = Doc([
            Person("John Campion", "police and crime commissioner.", "pcc"),
            Person("Alison Hewitt", "Chief Exec", null, AttendanceStatus.Present),
            Person("Jane Doe", null, "JD"),
        ]);
        var att = Score(gold, predicted).Attendance;
        Assert.Equal(new FieldScore(ScoreFields.Role, 2, 3), att.Field(ScoreFields.Role));
        Assert.Equal(new FieldScore(ScoreFields.Abbreviation, 2, 3), att.Field(ScoreFields.Abbreviation));
        Assert.Equal(new FieldScore(ScoreFields.Status, 2, 3), att.Field(ScoreFields.Status));
    }

    [Fact]
    public void A_name_given_twice_must_be_predicted_twice()
    {
        var gold = Doc([Person("A Smith"), Person("A Smith", status: AttendanceStatus.Apologies)]);
        var once = Score(gold, Doc([Person("A Smith")])).Attendance;
        Assert.Equal(new MatchCounts(1, 0, 1), once.Matches);
        // The first gold entry pairs with the first prediction, so its status is right.
        Assert.Equal(1, once.Field(ScoreFields.Status).Correct);
        var twice = Score(gold, Doc([Person("A Smith"), Person("A Smith", status: AttendanceStatus.Apologies)])).Attendance;
        Assert.Equal(new MatchCounts(2, 0, 0), twice.Matches);
        Assert.Equal(2, twice.Field(ScoreFields.Status).Correct);
    }

    [Theory]
    [InlineData(0, 0, 1.0)]
    [InlineData(0, 2, 0.0)]
    [InlineData(2, 0, 0.0)]
    public void Empty_attendance_edge_cases(int goldCount, int predictedCount, double f1)
    {
        var gold = Doc(Enumerable.Range(0, goldCount).Select(i => Person($"Gold {i}")).ToArray());
        var predicted = Doc(Enumerable.Range(0, predictedCount).Select(i => Person($"Pred {i}")).ToArray());
        var att = Score(gold, predicted).Attendance;
        Assert.Equal(f1, att.Matches.F1, 9);
        Assert.Null(att.Field(ScoreFields.Role).Accuracy);
    }

    [Fact]
    public void Mismatches_name_missing_extra_and_wrong_values()
    {
        var gold = Doc([Person("Cllr R. Crisp", "Chairman"), Person("Mrs N Cooper", "Clerk")]);
        var predicted = Doc([Person("R Crisp", "Member"), Person("Someone Else")]);
        var mismatches = Score(gold, predicted).Mismatches.Where(m => m.Section == "attendance").ToArray();
        Assert.Contains(mismatches, m => m is { Kind: MismatchKind.Missing, Subject: "Mrs N Cooper" });
        Assert.Contains(mismatches, m => m is { Kind: MismatchKind.Extra, Subject: "Someone Else" });
        Assert.Contains(mismatches, m => m is { Kind: MismatchKind.WrongValue, Field: "role", Gold: "Chairman", Predicted: "Member" });
        Assert.Equal(3, mismatches.Length);
    }
}
