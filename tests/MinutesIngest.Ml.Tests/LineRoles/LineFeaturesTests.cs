using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Ml.LineRoles;

namespace MinutesIngest.Ml.Tests.LineRoles;

public class LineFeaturesTests
{
    [Theory]
    [InlineData("Action: BK to write to the harbour master.", LineFeatures.ActionMarkerAt, 1)]
    [InlineData("The harbour master will write to members.", LineFeatures.ActionMarkerAt, 0)]
    [InlineData("Present:", LineFeatures.AttendanceLabelAt, 1)]
    [InlineData("Apologies: Dee Roe", LineFeatures.AttendanceLabelAt, 1)]
    [InlineData("Presentation by the harbour master", LineFeatures.AttendanceLabelAt, 0)]
    [InlineData("4. Moorings", LineFeatures.ItemLabelAt, 1)]
    [InlineData("PB(3)2 Budget", LineFeatures.ItemLabelAt, 1)]
    [InlineData("Moorings", LineFeatures.ItemLabelAt, 0)]
    public void A_lines_own_features_read_its_label_shape(string text, int feature, float expected)
    {
        var features = LineFeatures.For(Lines(text), [LineRole.Other], 1);

        Assert.Equal(LineFeatures.Count, features[0].Length);
        Assert.Equal(expected, features[0][feature]);
    }

    [Fact]
    public void The_rules_role_is_one_hot_and_neighbours_see_each_other()
    {
        var features = LineFeatures.For(Lines("Present:", "Ann Lee, Bob Kay", "Action: BK to write to members."),
            [LineRole.AttendanceHeading, LineRole.AttendanceEntry, LineRole.Action], 1);

        Assert.Equal(1, features[1][LineFeatures.RulesRoleAt + (int)LineRole.AttendanceEntry]);
        Assert.Equal(1, features[1].Skip(LineFeatures.RulesRoleAt).Take(Enum.GetValues<LineRole>().Length).Sum());
        // The middle line's block of its previous neighbour carries the attendance label, the next neighbour's the action marker.
        var previous = features[1].Skip(LineFeatures.OwnCount).Take(LineFeatures.NeighbourCount).ToArray();
        var next = features[1].Skip(LineFeatures.OwnCount + LineFeatures.NeighbourCount).Take(LineFeatures.NeighbourCount).ToArray();
        Assert.Equal(1, previous[6]);
        Assert.Equal(0, previous[5]);
        Assert.Equal(1, next[5]);
        // The first line has no previous neighbour: that block is all zeros.
        Assert.All(features[0].Skip(LineFeatures.OwnCount).Take(LineFeatures.NeighbourCount), v => Assert.Equal(0, v));
    }

    private static IReadOnlyList<DocLine> Lines(params string[] texts) =>
        DocumentLines.From(new SourceDocument("x.txt", "txt", 1, texts.Select(t => (Block)new ParagraphBlock(t)).ToList()));
}
