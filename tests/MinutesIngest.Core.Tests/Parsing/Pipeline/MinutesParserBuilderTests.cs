using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Core.Tests.Parsing.Pipeline;

public sealed class MinutesParserBuilderTests
{
    private static readonly string[] Minutes =
    [
        "Present: Ann Lee (Chair), Bob Kay (Clerk)",
        "1. Budget",
        "The budget was agreed. Action: BK to publish the budget by 1 June 2031.",
    ];

    [Fact]
    public void The_default_rules_run_in_data_flow_order()
    {
        var rules = new MinutesParserBuilder().UseDefaultRules().Rules.Select(r => r.GetType().Name);

        Assert.Equal(["LineRule", "ActionLayoutRule", "AttendanceRule", "ItemRule", "MetadataRule", "ActionRule", "NextMeetingRule"], rules);
    }

    [Fact]
    public void A_rule_registered_before_the_rule_it_reads_fails_loudly()
    {
        var parser = new MinutesParserBuilder { Rules = { new LineRule(), new ItemRule() } }.Build();

        var error = Assert.Throws<InvalidOperationException>(() => parser.Parse(BlockSpec.Document(Minutes)));

        Assert.Contains("action table blocks", error.Message);
    }

    [Fact]
    public void The_built_parser_gives_what_the_standard_parser_gives()
    {
        var built = new MinutesParserBuilder().UseDefaultRules().UseSuggestedActions(new RuleCommitmentClassifier()).Build();

        var record = built.Parse(BlockSpec.Document(Minutes));

        Assert.Equal(Core.Minutes.MinutesJson.Serialize(new MinutesParser(new RuleCommitmentClassifier()).Parse(BlockSpec.Document(Minutes))), Core.Minutes.MinutesJson.Serialize(record));
        Assert.Equal("Bob Kay", Assert.Single(record.Actions).OwnerName);
        Assert.Equal("2031-06-01", record.Actions[0].Due);
        Assert.NotNull(record.SuggestedActions);
    }

    [Fact]
    public void A_slot_is_written_once()
    {
        var slot = new ParseSlot<int>("count");
        slot.Set(1);

        Assert.Throws<InvalidOperationException>(() => slot.Set(2));
        Assert.Equal(1, slot.Value);
    }
}
