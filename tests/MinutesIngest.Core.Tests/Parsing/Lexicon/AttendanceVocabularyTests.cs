using MinutesIngest.Core.Parsing.Attendance;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Tests.Parsing.Lexicon;

/// <summary>The shared attendance words: group labels, their status, plural offices and short forms built from initials.</summary>
public sealed class AttendanceVocabularyTests
{
    [Theory]
    [InlineData("Present", "present")]
    [InlineData("Voting Members Present", "present")]
    [InlineData("Apologies for absence", "apologies")]
    [InlineData("Excused", "apologies")]
    [InlineData("Board Members Absent", "absent")]
    [InlineData("Not present", "absent")]
    [InlineData("Staff attending", "in_attendance")]
    [InlineData("Officials in attendance", "in_attendance")]
    [InlineData("Members of the public", "in_attendance")]
    [InlineData("Secretariat", "in_attendance")]
    [InlineData("Members", "present")]
    [InlineData("Regrets / could not attend", "apologies")]
    [InlineData("Committee members not in attendance", "absent")]
    public void A_group_label_gives_its_status(string head, string status)
    {
        Assert.True(AttendanceVocabulary.IsGroupLabel(head));
        Assert.Equal(status, AttendanceVocabulary.StatusOf(head));
    }

    [Theory]
    [InlineData("Roll call vote")]
    [InlineData("Report from staff")]
    [InlineData("To record those present")]
    [InlineData("Approval of the minutes")]
    [InlineData("Budget")]
    public void Headings_that_are_not_groups_are_refused(string head) => Assert.False(AttendanceVocabulary.IsGroupLabel(head));

    [Theory]
    [InlineData("Nil", true)]
    [InlineData("None.", true)]
    [InlineData("No apologies received", true)]
    [InlineData("N/A", true)]
    [InlineData("Nina Hale", false)]
    [InlineData("Noel Dunn, Ann Quill", false)]
    public void A_value_saying_nobody_is_told_apart_from_names(string value, bool nobody) =>
        Assert.Equal(nobody, AttendanceVocabulary.IsNobody(value));

    [Theory]
    [InlineData("Trustees", "Trustee")]
    [InlineData("Commissioners", "Commissioner")]
    [InlineData("Board Members", "Board Member")]
    [InlineData("Chairs", null)]
    public void A_plural_office_names_the_office_each_person_holds(string plural, string? office) =>
        Assert.Equal(office, RoleWords.SingularOffice(plural));

    [Theory]
    [InlineData("Ann Lee", "AL", true)]
    [InlineData("Ann Lee", "ALe", true)]
    [InlineData("Ann B Lee", "AL", true)]
    [InlineData("Dr Ann Lee", "AL", true)]
    [InlineData("Ann Lee", "LA", false)]
    [InlineData("Ann Lee", "NHS", false)]
    [InlineData("Ann Lee", "A", false)]
    public void A_short_form_matches_a_name_built_from_its_initials(string name, string shortForm, bool matches) =>
        Assert.Equal(matches, PersonNames.MatchesInitials(name, shortForm));

    [Theory]
    [InlineData("Ann Lee by phone", "Ann Lee")]
    [InlineData("Ann Lee (remote)", "Ann Lee")]
    [InlineData("Ann Lee via Zoom (Biology)", "Ann Lee (Biology)")]
    public void How_someone_attended_is_removed(string entry, string expected) =>
        Assert.Equal(expected, AttendanceVocabulary.WithoutAttendanceMode(entry));
}
