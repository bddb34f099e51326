using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Suggestions;
using MinutesIngest.Core.Tests.Parsing;

namespace MinutesIngest.Core.Tests.Parsing.Suggestions;

public class SuggestedActionTests
{
    private static readonly string[] Minutes =
    [
        "Present: Cllr Ann Weller (Chair), Mrs Sandra Pike (Clerk).",
        "[1.] Apologies",
        "None were received. The Clerk will check the hall booking for May.",
        "[2.] Highways",
        "The gully is blocked again. The Clerk will write to Kent Highways by 30 June 2024. Action: Cllr Weller to inspect the drain.",
        "[3.] Correspondence",
        "A letter about the bus shelter was read.",
    ];

    [Fact]
    public void Candidates_are_body_sentences_under_their_items_without_marked_actions()
    {
        var candidates = new MinutesParser().CandidateSentences(BlockSpec.Document(Minutes));

        Assert.DoesNotContain(candidates, c => c.Text.Contains("Present"));
        Assert.DoesNotContain(candidates, c => c.Text.Contains("inspect the drain"));
        Assert.Contains(candidates, c => c.Text == "The Clerk will write to Kent Highways by 30 June 2024." && c.Item == "2");
        Assert.Contains(candidates, c => c.Text == "A letter about the bus shelter was read." && c.Item == "3");
    }

    [Fact]
    public void Accepted_sentences_become_suggested_actions_with_owner_resolved_and_never_join_actions()
    {
        var record = new MinutesParser(new RuleCommitmentClassifier()).Parse(BlockSpec.Document(Minutes));

        Assert.NotNull(record.SuggestedActions);
        var write = Assert.Single(record.SuggestedActions, s => s.Text.Contains("Kent Highways"));
        Assert.Equal(("2", "Clerk", "Mrs Sandra Pike", "2024-06-30", 1.0), (write.Item, write.Owner, write.OwnerName, write.Due, write.Confidence));
        Assert.Contains(record.SuggestedActions, s => s.Text.Contains("hall booking") && s.Item == "1");
        Assert.DoesNotContain(record.SuggestedActions, s => s.Text.Contains("bus shelter"));
        var action = Assert.Single(record.Actions);
        Assert.Contains("inspect the drain", action.Text);
    }

    [Fact]
    public void Without_a_classifier_there_is_no_suggested_actions_list()
    {
        var record = new MinutesParser().Parse(BlockSpec.Document(Minutes));

        Assert.Null(record.SuggestedActions);
        Assert.DoesNotContain("suggested_actions", Core.Minutes.MinutesJson.Serialize(record));
    }
}
