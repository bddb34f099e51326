using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Ml.Tests;

public class DocumentCrossValidatorTests
{
    [Fact]
    public void Every_document_is_tested_in_exactly_one_fold_and_every_sentence_is_counted_once()
    {
        var sentences = LabelledData.Corpus.Concat(LabelledData.Generated.Where(s => string.CompareOrdinal(s.Document, "gen-004") <= 0)).ToList();

        var folds = DocumentCrossValidator.Run(sentences, 2);

        var tested = folds.SelectMany(f => f.TestDocuments).ToList();
        Assert.Equal(tested.Count, tested.Distinct().Count());
        Assert.Equal(sentences.Select(s => s.Document).Distinct().Order(), tested.Order());
        Assert.Equal(sentences.Count, folds.Sum(f => f.TestSentences));
        var model = folds.Select(f => f.Model).Aggregate((a, b) => a + b);
        var rules = folds.Select(f => f.Baseline).Aggregate((a, b) => a + b);
        Assert.Equal(sentences.Count(s => s.IsCommitment), model.TruePositives + model.FalseNegatives);
        Assert.Equal(sentences.Count(s => s.IsCommitment), rules.TruePositives + rules.FalseNegatives);
    }

    [Fact]
    public void A_text_never_carries_two_labels_and_generated_documents_are_told_apart()
    {
        // Headings such as "Welcome and apologies" recur across documents; they must at least be labelled alike.
        Assert.All(LabelledData.All.GroupBy(s => s.Text), g => Assert.Single(g.Select(s => s.IsCommitment).Distinct()));
        Assert.All(LabelledData.Generated, s => Assert.True(DocumentCrossValidator.IsGenerated(s.Document)));
        Assert.All(LabelledData.Corpus, s => Assert.False(DocumentCrossValidator.IsGenerated(s.Document)));
        Assert.All(LabelledData.Corpus.Select(s => s.Document).Distinct(),
            d => Assert.NotEmpty(Directory.GetFiles(RepositoryFiles.Path("corpus"), d + ".*")));
    }

    [Fact]
    public void A_malformed_line_is_reported_with_its_place()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, LabelledSentenceFile.Header + "\ndoc\tyes\tThe Clerk will write.\n");
            var e = Assert.Throws<FormatException>(() => LabelledSentenceFile.Read(path));
            Assert.Contains(":2:", e.Message);
        }
        finally { File.Delete(path); }
    }
}
