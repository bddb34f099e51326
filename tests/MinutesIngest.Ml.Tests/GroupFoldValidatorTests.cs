using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Ml.Tests;

public class GroupFoldValidatorTests
{
    // Six invented documents from three sources; two sources publish two documents each.
    private static readonly DocumentGroups Sources = new(new Dictionary<string, string>
    {
        ["parish-a-2020"] = "owner/parish-site", ["parish-a-2021"] = "owner/parish-site",
        ["board-b-2019"] = "owner/board-archive", ["board-b-2022"] = "owner/board-archive",
        ["club-c-2018"] = "owner/club-pages", ["club-c-2023"] = "owner/club-pages",
    });

    private static IReadOnlyList<LabelledSentence> Tested() =>
    [
        new("parish-a-2020", true, "The Clerk will write to the landowner about the hedge."),
        new("parish-a-2020", false, "The minutes were approved."),
        new("parish-a-2021", true, "Cllr Dale agreed to inspect the bench."),
        new("parish-a-2021", false, "The next meeting will be held on 3 May."),
        new("board-b-2019", true, "The Treasurer to circulate the accounts."),
        new("board-b-2019", false, "The Chair welcomed members."),
        new("board-b-2022", true, "It was agreed that the Secretary would book the hall."),
        new("board-b-2022", false, "Apologies were received from Mr Hale."),
        new("club-c-2018", true, "Sam will order new nets for the pitch."),
        new("club-c-2018", false, "The club raised £200 at the fair."),
        new("club-c-2023", true, "The committee will ask the council for a grant."),
        new("club-c-2023", false, "Members discussed the summer rota."),
    ];

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void No_source_is_in_both_training_and_test_and_every_sentence_is_tested_once(int folds)
    {
        var tested = Tested();

        var dealt = GroupFoldValidator.Deal(tested, Sources, folds);

        Assert.Equal(folds, dealt.Count);
        foreach (var fold in dealt)
        {
            var testSources = fold.Test.Select(s => Sources.Of(s.Document)).ToHashSet();
            Assert.Equal(fold.TestGroups.Order(), testSources.Order());
            Assert.DoesNotContain(fold.Train, s => testSources.Contains(Sources.Of(s.Document)));
            Assert.Equal(tested.Count, fold.Test.Count + fold.Train.Count);
        }
        Assert.Equal(tested.OrderBy(s => s.Text), dealt.SelectMany(f => f.Test).OrderBy(s => s.Text));
    }

    [Fact]
    public void Without_a_mapping_every_document_is_its_own_group()
    {
        var dealt = GroupFoldValidator.Deal(Tested(), DocumentGroups.ByDocument, 6);

        Assert.All(dealt, f => Assert.Single(f.Test.Select(s => s.Document).Distinct()));
        Assert.Equal(6, dealt.SelectMany(f => f.TestGroups).Distinct().Count());
    }

    [Fact]
    public void A_document_without_a_source_is_an_error_naming_it()
    {
        var tested = Tested().Append(new LabelledSentence("orphan-2024", false, "Nothing to report.")).ToList();

        var e = Assert.Throws<KeyNotFoundException>(() => GroupFoldValidator.Deal(tested, Sources, 2));
        Assert.Contains("orphan-2024", e.Message);
    }

    [Fact]
    public void Fewer_sources_than_folds_and_a_document_both_trained_and_tested_are_refused()
    {
        Assert.Throws<ArgumentException>(() => GroupFoldValidator.Deal(Tested(), Sources, 4));
        var e = Assert.Throws<ArgumentException>(() => GroupFoldValidator.Run(Tested(), [Tested()[0]], Sources, 3));
        Assert.Contains("parish-a-2020", e.Message);
    }

    [Fact]
    public void Each_fold_scores_its_own_sentences_with_a_model_trained_without_them()
    {
        var alwaysTrained = LabelledData.Generated.Where(s => string.CompareOrdinal(s.Document, "gen-010") <= 0).ToList();

        var results = GroupFoldValidator.Run(Tested(), alwaysTrained, Sources, 3);

        Assert.Equal(Tested().Count, results.Sum(r => r.Scored.Count));
        Assert.All(results.SelectMany(r => r.Scored), s => Assert.InRange(s.Probability, 0f, 1f));
        var counts = GroupFoldValidator.Count(results.SelectMany(r => r.Scored), 0.5f);
        Assert.Equal(6, counts.TruePositives + counts.FalseNegatives);
        Assert.Equal(6, counts.FalsePositives + counts.TrueNegatives);
    }

    [Theory]
    [InlineData(0.5f, 1, 1, 1, 1)]
    [InlineData(0.3f, 2, 1, 0, 1)]
    [InlineData(0.9f, 0, 0, 2, 2)]
    public void Counts_follow_the_threshold(float threshold, int tp, int fp, int fn, int tn)
    {
        ScoredSentence[] scored =
        [
            new(new("d", true, "a"), 0.8f), new(new("d", true, "b"), 0.4f),
            new(new("d", false, "c"), 0.6f), new(new("d", false, "e"), 0.1f),
        ];

        Assert.Equal(new BinaryCounts(tp, fp, fn, tn), GroupFoldValidator.Count(scored, threshold));
    }
}
