using MinutesIngest.Core.Documents;
using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;

namespace MinutesIngest.Core.Tests.Parsing.Pipeline;

public class LineRoleRuleTests
{
    // Lines the rules leave alone: no marker, no label the rules accept, no attendance label.
    private static readonly string[] Blocks =
    [
        "# Minutes of the Pier Trust",
        "# 1. Maintenance",
        "Tom Hale to get three quotes for the decking repairs.",
        "Ann Lee (Treasurer), Bob Kay",
    ];

    [Theory]
    [InlineData("Tom Hale to get", LineRole.Action, 0.95f, LineRole.Other, 1, 0)]
    [InlineData("Tom Hale to get", LineRole.Action, 0.95f, LineRole.ItemBody, 1, 0)]
    [InlineData("Tom Hale to get", LineRole.Action, 0.5f, LineRole.Other, 0, 0)]
    [InlineData("Tom Hale to get", LineRole.Action, 0.95f, LineRole.AttendanceEntry, 0, 0)]
    [InlineData("Ann Lee", LineRole.AttendanceEntry, 0.95f, LineRole.ItemBody, 0, 2)]
    [InlineData("Ann Lee", LineRole.AttendanceEntry, 0.7f, LineRole.ItemBody, 0, 0)]
    public void Advice_is_taken_only_on_unclaimed_lines_above_the_threshold(string line, LineRole role, float confidence, LineRole rulesRole, int actions, int people)
    {
        var document = Tests.Parsing.BlockSpec.Document(Blocks);
        var rulesOnly = new MinutesParser().Parse(document);
        var parser = new MinutesParserBuilder().UseDefaultRules().UseLineRoleAdvisor(new FixedAdvisor(line, role, confidence, rulesRole)).Build();

        var record = parser.Parse(document);

        Assert.Equal(rulesOnly.Actions.Count + actions, record.Actions.Count);
        Assert.Equal(rulesOnly.Attendance.Count + people, record.Attendance.Count);
        if (actions > 0)
        {
            var added = record.Actions[^1];
            Assert.Equal("Tom Hale to get three quotes for the decking repairs.", added.Text);
            Assert.Equal("Tom Hale", added.Owner);
            Assert.Equal("1", added.Item);
        }
        if (people > 0) Assert.Contains(record.Attendance, a => a is { Name: "Ann Lee", Role: "Treasurer", Status: AttendanceStatus.Present });
    }

    [Fact]
    public void An_item_heading_the_advisor_confirms_is_added_once_in_line_order()
    {
        var document = Tests.Parsing.BlockSpec.Document("# Minutes of the Pier Trust", "# 1. Maintenance", "Decking was inspected.", "7. Lighting", "New lamps were fitted across the whole pier during the winter.");
        var rulesOnly = new MinutesParser().Parse(document);
        var parser = new MinutesParserBuilder().UseDefaultRules().UseLineRoleAdvisor(new FixedAdvisor("7. Lighting", LineRole.ItemHeading, 0.99f, LineRole.ItemBody), onlyWhereRulesFoundNone: false).Build();

        var record = parser.Parse(document);

        Assert.DoesNotContain(rulesOnly.Items, i => i.Number == "7");
        Assert.Equal(["1", "7"], record.Items.Select(i => i.Number));
        Assert.Equal("Lighting", record.Items[1].Title);
    }

    [Theory]
    [InlineData(false, 2)]
    [InlineData(true, 1)]
    public void Limited_to_empty_lists_the_advice_adds_no_action_where_the_rules_found_one(bool onlyWhereRulesFoundNone, int actions)
    {
        var document = Tests.Parsing.BlockSpec.Document([.. Blocks, "Action: Bo Kay to paint the gate."]);
        var advisor = new FixedAdvisor("Tom Hale to get", LineRole.Action, 0.95f, LineRole.Other);
        var parser = new MinutesParserBuilder().UseDefaultRules().UseLineRoleAdvisor(advisor, onlyWhereRulesFoundNone: onlyWhereRulesFoundNone).Build();

        var record = parser.Parse(document);

        Assert.Single(new MinutesParser().Parse(document).Actions);
        Assert.Equal(actions, record.Actions.Count);
    }

    [Fact]
    public void Without_an_advisor_the_parse_is_the_rules_parse()
    {
        var document = Tests.Parsing.BlockSpec.Document(Blocks);

        var builder = new MinutesParserBuilder().UseDefaultRules();

        Assert.DoesNotContain(builder.Rules, r => r is LineRoleRule);
        Assert.Equivalent(new MinutesParser().Parse(document), builder.Build().Parse(document));
    }

    /// <summary>Gives one role to lines containing a text and "other" (as the rules' role too) to the rest.</summary>
    private sealed class FixedAdvisor(string contains, LineRole role, float confidence, LineRole rulesRole) : ILineRoleAdvisor
    {
        public IReadOnlyList<LineRoleAdvice> Advise(SourceDocument document, IReadOnlyList<DocLine> lines, MinutesRecord rules) =>
            lines.Select(l => l.Text.Contains(contains, StringComparison.Ordinal)
                ? new LineRoleAdvice(role, confidence, rulesRole)
                : new LineRoleAdvice(LineRole.Other, 1f, LineRole.Other)).ToList();
    }
}
