using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;
using MinutesIngest.Ml.LineRoles;

namespace MinutesIngest.Ml.Tests.LineRoles;

public class LineRoleModelTests
{
    [Fact]
    public void A_model_trained_on_a_few_invented_documents_advises_every_line_and_survives_a_round_trip()
    {
        var document = new LabelledDocument("harbour", "own:harbour", InventedDocument.Document(), InventedDocument.Gold());
        var examples = Enumerable.Range(0, 8).Select(i => LineRoleExamples.From(document with { Name = $"harbour-{i}" })).ToList();

        var model = LineRoleModel.Train(examples);
        var lines = DocumentLines.From(document.Document);
        var rules = new MinutesParser().Parse(document.Document);
        var advice = model.Advise(document.Document, lines, rules);

        Assert.Equal(lines.Count, advice.Count);
        Assert.All(advice, a => Assert.InRange(a.Confidence, 0f, 1f));
        // Eight copies of one document are enough to learn its most frequent role back.
        var bodyLine = lines.Select((l, i) => (l, i)).Single(x => x.l.Text.StartsWith("The committee discussed", StringComparison.Ordinal)).i;
        Assert.Equal(LineRole.ItemBody, advice[bodyLine].Role);
        using var stream = new MemoryStream();
        model.Save(stream);
        stream.Position = 0;
        var loaded = LineRoleModel.Load(stream);
        Assert.Equal(advice, loaded.Advise(document.Document, lines, rules));
    }

    [Fact]
    public void The_committed_model_is_embedded_and_advises_every_line()
    {
        var document = InventedDocument.Document();
        var lines = DocumentLines.From(document);

        var advice = LineRoleModel.LoadCommitted().Advise(document, lines, new MinutesParser().Parse(document));

        Assert.Equal(lines.Count, advice.Count);
        Assert.Contains(advice, a => a.Role == LineRole.ItemHeading);
    }

    [Fact]
    public void Lines_the_rules_claimed_are_not_predicted_and_every_open_line_is()
    {
        var document = InventedDocument.Document();
        var lines = DocumentLines.From(document);

        var advice = LineRoleModel.LoadCommitted().Advise(document, lines, new MinutesParser().Parse(document));

        var claimed = advice.Where(a => !LineRoleAdvice.IsOpen(a.RulesRole)).ToList();
        Assert.NotEmpty(claimed);
        Assert.All(claimed, a => Assert.Equal((a.RulesRole, 0f), (a.Role, a.Confidence)));
        // A prediction always gives its role some probability; the unpredicted placeholder gives none.
        Assert.All(advice.Where(a => LineRoleAdvice.IsOpen(a.RulesRole)), a => Assert.True(a.Confidence > 0f));
    }
}
