using MinutesIngest.Core.Parsing;
using MinutesIngest.Core.Parsing.Lines;
using MinutesIngest.Core.Parsing.Pipeline;

namespace MinutesIngest.Ml.LineRoles;

/// <summary>Turns labelled documents into training rows: the gold projected onto the lines gives the labels, the rules' own findings a feature.</summary>
public static class LineRoleExamples
{
    /// <summary>The document's rows; the rules' roles are hidden from the features (layout and text only) unless <paramref name="rulesFeature"/>.</summary>
    public static LabelledLines From(LabelledDocument document, bool rulesFeature = false)
    {
        var lines = DocumentLines.From(document.Document);
        var rules = new MinutesParser().Parse(document.Document);
        var rulesRoles = LineRoleProjector.Project(lines, rules);
        return new LabelledLines(document.Name, LineFeatures.For(lines, rulesFeature ? rulesRoles : new LineRole[lines.Count], document.Document.PageCount),
            LineRoleProjector.Project(lines, document.Gold));
    }
}
