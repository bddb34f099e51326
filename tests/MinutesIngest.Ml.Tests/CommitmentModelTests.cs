using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Ml.Tests;

public class CommitmentModelTests
{
    [Fact]
    public void Training_on_the_committed_sentences_reproduces_the_committed_model()
    {
        var committed = CommitmentModel.LoadCommitted();
        var retrained = CommitmentModel.Train(LabelledData.All);

        // Floating-point sums differ in their last bits between CPUs (vector widths), so probabilities agree to a small
        // tolerance, and every decision the model makes agrees exactly.
        var differ = LabelledData.All.Where(s => Math.Abs(committed.Probability(s.Text) - retrained.Probability(s.Text)) > 1e-3).ToList();
        var decisions = LabelledData.All.Where(s => committed.Probability(s.Text) >= 0.5f != retrained.Probability(s.Text) >= 0.5f).ToList();

        Assert.Empty(differ);
        Assert.Empty(decisions);
    }

    [Theory]
    [InlineData("The Clerk will write to the Highways department about the blocked gully.", true)]
    [InlineData("Cllr Marsh to circulate the revised figures before the next meeting.", true)]
    [InlineData("It was agreed that the Treasurer would contact the bank.", true)]
    [InlineData("The Clerk reported that the grant had been received.", false)]
    [InlineData("The next meeting will be held on 4 May at 7pm.", false)]
    [InlineData("Members asked whether the footpath would reopen before the summer.", false)]
    public void The_committed_model_tells_commitments_from_reports(string sentence, bool commitment)
    {
        var p = CommitmentModel.LoadCommitted().Probability(sentence);

        Assert.Equal(commitment, p >= 0.5f);
    }

    [Fact]
    public void The_model_is_safe_to_share_between_threads()
    {
        var model = CommitmentModel.LoadCommitted();
        var sentences = LabelledData.Corpus.Take(200).Select(s => s.Text).ToList();
        var serial = sentences.Select(model.Probability).ToList();

        var parallel = sentences.AsParallel().AsOrdered().WithDegreeOfParallelism(4).Select(model.Probability).ToList();

        Assert.Equal(serial, parallel);
    }
}
