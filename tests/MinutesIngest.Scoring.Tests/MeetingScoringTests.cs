using MinutesIngest.Core.Minutes;
using MinutesIngest.Scoring;
using static MinutesIngest.Scoring.Tests.Records;

namespace MinutesIngest.Scoring.Tests;

public class MeetingScoringTests
{
    private static FieldScore Field(DocumentScore score, string name) => score.Meeting.Single(f => f.Field == name);

    [Theory]
    [InlineData(ScoreFields.Title, "Monthly Assurance Meeting April 2021", "MONTHLY ASSURANCE MEETING – April 2021", true)]
    [InlineData(ScoreFields.Title, "Monthly Assurance Meeting April 2021", "Monthly Assurance Meeting", false)]
    [InlineData(ScoreFields.Body, "Suffolk's Libraries IPS", "Suffolk’s Libraries IPS", true)]
    [InlineData(ScoreFields.Date, "2021-04-27", "2021-04-27", true)]
    [InlineData(ScoreFields.Date, "2021-04-27", "2021-04-28", false)]
    [InlineData(ScoreFields.Date, null, "2021-04-27", false)]
    [InlineData(ScoreFields.StartTime, "14:00", "14:00", true)]
    [InlineData(ScoreFields.StartTime, "14:00", "14:30", false)]
    [InlineData(ScoreFields.Venue, "PCC Conference Room", "pcc conference room.", true)]
    [InlineData(ScoreFields.Venue, "PCC Conference Room", "Conference Room", false)]
    [InlineData(ScoreFields.Chair, "Cllr R. Crisp", "R Crisp", true)]
    [InlineData(ScoreFields.Chair, "Cllr R. Crisp", "Cllr S. Crisp", false)]
    [InlineData(ScoreFields.MinuteTaker, "Mrs N Cooper", "N Cooper", true)]
    [InlineData(ScoreFields.MinuteTaker, null, null, true)]
    [InlineData(ScoreFields.MinuteTaker, null, "N Cooper", false)]
    public void Meeting_fields_are_exact_after_normalisation(string field, string? gold, string? predicted, bool right)
    {
        var score = new DocumentScorer().Score("doc", Doc(meeting: Meeting(field, gold)), Doc(meeting: Meeting(field, predicted)));
        Assert.Equal(new FieldScore(field, right ? 1 : 0, 1), Field(score, field));
        Assert.Equal(right ? 1.0 : 8.0 / 9, score.MeetingAccuracy, 9);
    }

    [Theory]
    [InlineData(null, null, null, null, true, true)]
    [InlineData("2021-05-28", "10:30", "2021-05-28", "10:30", true, true)]
    [InlineData("2021-05-28", null, "2021-05-28", "10:30", true, false)]
    [InlineData("2021-05-28", "10:30", null, null, false, false)]
    [InlineData(null, null, "2021-05-28", null, false, true)]
    public void Next_meeting_date_and_time(string? goldDate, string? goldTime, string? predDate, string? predTime, bool dateRight, bool timeRight)
    {
        static NextMeeting? Next(string? d, string? t) => d == null && t == null ? null : new NextMeeting { Date = d, StartTime = t };
        var score = new DocumentScorer().Score("doc", Doc(next: Next(goldDate, goldTime)), Doc(next: Next(predDate, predTime)));
        Assert.Equal(dateRight ? 1 : 0, Field(score, ScoreFields.NextMeetingDate).Correct);
        Assert.Equal(timeRight ? 1 : 0, Field(score, ScoreFields.NextMeetingStartTime).Correct);
    }

    [Fact]
    public void An_empty_next_meeting_object_equals_none() =>
        Assert.Equal(1.0, new DocumentScorer().Score("doc", Doc(), Doc(next: new NextMeeting())).MeetingAccuracy);

    [Fact]
    public void Overall_is_the_mean_of_the_three_f1s_and_meeting_accuracy()
    {
        var gold = Doc([Person("A B"), Person("C D")], [Item("1", "x")], [Action("clerk to act")], new MeetingInfo { Date = "2020-01-01" });
        var predicted = Doc([Person("A B")], [Item("1", "x")], [], new MeetingInfo());
        var score = new DocumentScorer().Score("doc", gold, predicted);
        // attendance P 1 R 0.5 → F1 2/3; items 1; actions 0; meeting 8/9.
        Assert.Equal((2.0 / 3 + 1 + 0 + 8.0 / 9) / 4, score.Overall, 9);
    }

    private static MeetingInfo Meeting(string field, string? value) => field switch
    {
        ScoreFields.Title => new MeetingInfo { Title = value },
        ScoreFields.Body => new MeetingInfo { Body = value },
        ScoreFields.Date => new MeetingInfo { Date = value },
        ScoreFields.StartTime => new MeetingInfo { StartTime = value },
        ScoreFields.Venue => new MeetingInfo { Venue = value },
        ScoreFields.Chair => new MeetingInfo { Chair = value },
        ScoreFields.MinuteTaker => new MeetingInfo { MinuteTaker = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };
}
