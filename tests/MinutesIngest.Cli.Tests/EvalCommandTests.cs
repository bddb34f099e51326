using System.CommandLine;
using System.Text.Json;
using MinutesIngest.Cli.Commands;
using MinutesIngest.Core.Minutes;

namespace MinutesIngest.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("eval-cmd-").FullName;
    private string GoldDir => Path.Combine(_root, "gold");
    private string PredDir => Path.Combine(_root, "pred");

    public EvalCommandTests()
    {
        Directory.CreateDirectory(GoldDir);
        Directory.CreateDirectory(PredDir);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly MinutesRecord Gold = new()
    {
        Source = "meeting.txt", Format = "txt",
        Meeting = new MeetingInfo { Title = "Monthly Meeting", Date = "2021-04-27", StartTime = "14:00", Chair = "Cllr Ann Lee" },
        Attendance =
        [
            new Attendee { Name = "Cllr Ann Lee", Role = "Chair", Status = AttendanceStatus.Present },
            new Attendee { Name = "Bob Stone", Role = "Treasurer", Status = AttendanceStatus.Present },
            new Attendee { Name = "Cath Wu", Status = AttendanceStatus.Apologies },
            new Attendee { Name = "Dan Oyo", Status = AttendanceStatus.Present },
        ],
        Items = [new AgendaItem { Number = "1", Title = "Apologies" }, new AgendaItem { Number = "2", Title = "Finance report" }],
        Actions = [new ActionItem { Item = "2", Text = "Treasurer to circulate the budget", Owner = "Treasurer", OwnerName = "Bob Stone" }],
        NextMeeting = new NextMeeting { Date = "2021-05-25" },
    };

    // Finds three of four people (one extra), both items, the action with a wrong item; the date is wrong.
    private static readonly MinutesRecord Prediction = Gold with
    {
        Meeting = Gold.Meeting with { Date = "2021-04-28", Chair = "Ann Lee" },
        Attendance =
        [
            new Attendee { Name = "Ann Lee", Role = "chair", Status = AttendanceStatus.Present },
            new Attendee { Name = "Bob Stone", Role = null, Status = AttendanceStatus.Present },
            new Attendee { Name = "Cath Wu", Status = AttendanceStatus.Apologies },
            new Attendee { Name = "Eve Extra", Status = AttendanceStatus.Present },
        ],
        Actions = [Gold.Actions[0] with { Item = "1" }],
    };

    private void WriteCase(string name, MinutesRecord gold, MinutesRecord? prediction)
    {
        File.WriteAllText(Path.Combine(GoldDir, name + ".gold.json"), MinutesJson.Serialize(gold));
        File.WriteAllText(Path.Combine(GoldDir, name + ".txt"), "not read when --pred is given");
        if (prediction != null) File.WriteAllText(Path.Combine(PredDir, name + ".json"), MinutesJson.Serialize(prediction));
    }

    private static (int Exit, string Out, string Err) Eval(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = EvalCommand.Create().Parse(args).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString());
    }

    [Fact]
    public void Json_output_carries_the_scores_of_a_prediction()
    {
        WriteCase("meeting", Gold, Prediction);
        var (exit, output, _) = Eval(GoldDir, "--pred", PredDir, "--json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;

        var doc = Assert.Single(root.GetProperty("documents").EnumerateArray());
        Assert.Equal("meeting", doc.GetProperty("name").GetString());
        var att = doc.GetProperty("attendance");
        Assert.Equal(3, att.GetProperty("tp").GetInt32());
        Assert.Equal(1, att.GetProperty("fp").GetInt32());
        Assert.Equal(1, att.GetProperty("fn").GetInt32());
        Assert.Equal(0.75, att.GetProperty("f1").GetDouble());
        Assert.Equal(2, att.GetProperty("role").GetProperty("correct").GetInt32());
        Assert.Equal(3, att.GetProperty("role").GetProperty("total").GetInt32());
        Assert.Equal(1.0, doc.GetProperty("items").GetProperty("f1").GetDouble());
        var actions = doc.GetProperty("actions");
        Assert.Equal(1.0, actions.GetProperty("f1").GetDouble());
        Assert.Equal(0.0, actions.GetProperty("item").GetProperty("accuracy").GetDouble());
        Assert.Equal(1.0, actions.GetProperty("owner_name").GetProperty("accuracy").GetDouble());
        var meeting = doc.GetProperty("meeting");
        Assert.Equal(0, meeting.GetProperty("date").GetProperty("correct").GetInt32());
        Assert.Equal(1, meeting.GetProperty("chair").GetProperty("correct").GetInt32());
        Assert.Equal(Math.Round(8.0 / 9, 4), meeting.GetProperty("accuracy").GetDouble());
        var overall = Math.Round((0.75 + 1 + 1 + 8.0 / 9) / 4, 4);
        Assert.Equal(overall, doc.GetProperty("overall").GetDouble());

        var txt = Assert.Single(root.GetProperty("by_format").EnumerateArray());
        Assert.Equal("txt", txt.GetProperty("format").GetString());
        Assert.Equal(overall, txt.GetProperty("overall").GetDouble());
        Assert.Equal(overall, root.GetProperty("overall").GetProperty("overall").GetDouble());
        Assert.Equal(0.75, root.GetProperty("overall").GetProperty("attendance").GetProperty("precision").GetDouble());
        Assert.Empty(root.GetProperty("failures").EnumerateArray());
        Assert.False(doc.TryGetProperty("mismatches", out _));
    }

    [Fact]
    public void Summary_micro_aggregates_counts_over_documents()
    {
        WriteCase("a", Gold, Prediction);
        WriteCase("b", Gold, Gold);
        var (_, output, _) = Eval(GoldDir, "--pred", PredDir, "--json");
        var overall = JsonDocument.Parse(output).RootElement.GetProperty("overall");
        Assert.Equal(2, overall.GetProperty("documents").GetInt32());
        var att = overall.GetProperty("attendance");
        Assert.Equal(7, att.GetProperty("tp").GetInt32());
        Assert.Equal(1, att.GetProperty("fp").GetInt32());
        Assert.Equal(Math.Round(7.0 / 8, 4), att.GetProperty("recall").GetDouble());
        Assert.Equal(Math.Round((0.75 + 1) / 2, 4), att.GetProperty("macro_f1").GetDouble());
        Assert.Equal(6, att.GetProperty("role").GetProperty("correct").GetInt32());
        Assert.Equal(7, att.GetProperty("role").GetProperty("total").GetInt32());
    }

    [Fact]
    public void A_missing_prediction_is_listed_and_scored_as_empty()
    {
        WriteCase("meeting", Gold, prediction: null);
        var (exit, output, _) = Eval(GoldDir, "--pred", PredDir, "--json");
        Assert.Equal(0, exit);
        var root = JsonDocument.Parse(output).RootElement;
        var failure = Assert.Single(root.GetProperty("failures").EnumerateArray());
        Assert.Equal("meeting", failure.GetProperty("name").GetString());
        var doc = Assert.Single(root.GetProperty("documents").EnumerateArray());
        Assert.Equal(0.0, doc.GetProperty("attendance").GetProperty("f1").GetDouble());
        Assert.Equal(0.0, doc.GetProperty("attendance").GetProperty("recall").GetDouble());
    }

    [Fact]
    public void Verbose_lists_mismatches_in_tables_and_json()
    {
        WriteCase("meeting", Gold, Prediction);
        var (_, table, _) = Eval(GoldDir, "--pred", PredDir, "--verbose");
        Assert.Contains("- Dan Oyo", table);
        Assert.Contains("+ Eve Extra", table);
        Assert.Contains("role: want \"Treasurer\", got null", table);
        Assert.Contains("date: want \"2021-04-27\", got \"2021-04-28\"", table);
        Assert.Contains("Per document", table);
        Assert.Contains("Per format", table);

        var (_, json, _) = Eval(GoldDir, "--pred", PredDir, "--verbose", "--json");
        var mismatches = JsonDocument.Parse(json).RootElement.GetProperty("documents")[0].GetProperty("mismatches").EnumerateArray().ToArray();
        Assert.Contains(mismatches, m => m.GetProperty("kind").GetString() == "missing" && m.GetProperty("subject").GetString() == "Dan Oyo");
        Assert.Equal(5, mismatches.Length); // missing Dan, extra Eve, Bob's role, action item, meeting date
    }

    [Fact]
    public void Table_output_shows_every_summary_figure()
    {
        WriteCase("meeting", Gold, Prediction);
        var (exit, output, _) = Eval(GoldDir, "--pred", PredDir);
        Assert.Equal(0, exit);
        foreach (var expected in new[] { "meeting", "0.750", "abbreviation accuracy", "title accuracy", "owner_name accuracy",
                     "due accuracy", "minute_taker", "next_meeting", "overall" })
            Assert.Contains(expected, output);
    }

    [Fact]
    public void Only_keeps_documents_whose_name_contains_the_text()
    {
        WriteCase("alpha-meeting", Gold, Prediction);
        WriteCase("beta-meeting", Gold, Gold);
        var (_, output, _) = Eval(GoldDir, "--pred", PredDir, "--json", "--only", "BETA");
        var doc = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("beta-meeting", doc.GetProperty("name").GetString());
        Assert.Equal(1, Eval(GoldDir, "--pred", PredDir, "--only", "gamma").Exit);
    }

    [Fact]
    public void Verbose_collapses_a_failed_document_to_one_line()
    {
        WriteCase("meeting", Gold, prediction: null);
        var (_, output, _) = Eval(GoldDir, "--pred", PredDir, "--verbose");
        Assert.Contains("no prediction", output);
        Assert.Contains("4 attendees, 2 items, 1 actions missing", output);
        Assert.DoesNotContain("- Dan Oyo", output);
    }

    [Fact]
    public void Gold_files_in_sub_folders_are_found()
    {
        Directory.CreateDirectory(Path.Combine(GoldDir, "nested"));
        File.WriteAllText(Path.Combine(GoldDir, "nested", "deep.gold.json"), MinutesJson.Serialize(Gold));
        File.WriteAllText(Path.Combine(PredDir, "deep.json"), MinutesJson.Serialize(Gold));
        var (exit, output, _) = Eval(GoldDir, "--pred", PredDir, "--json");
        Assert.Equal(0, exit);
        Assert.Equal(1.0, JsonDocument.Parse(output).RootElement.GetProperty("overall").GetProperty("overall").GetDouble());
    }

    [Fact]
    public void No_gold_file_or_missing_folder_fails()
    {
        Assert.Equal(1, Eval(GoldDir).Exit);
        var (exit, _, error) = Eval(Path.Combine(_root, "nope"));
        Assert.Equal(1, exit);
        Assert.Contains("no such directory", error);
        WriteCase("meeting", Gold, Prediction);
        Assert.Equal(1, Eval(GoldDir, "--pred", Path.Combine(_root, "nope")).Exit);
    }

    [Fact]
    public void Without_pred_the_document_beside_the_gold_file_is_extracted()
    {
        WriteCase("meeting", Gold, prediction: null);
        var (exit, output, _) = Eval(GoldDir, "--json");
        Assert.Equal(0, exit);
        var doc = Assert.Single(JsonDocument.Parse(output).RootElement.GetProperty("documents").EnumerateArray());
        Assert.Equal("txt", doc.GetProperty("format").GetString());
    }
}
