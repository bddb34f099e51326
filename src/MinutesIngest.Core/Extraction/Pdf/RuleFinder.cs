using UglyToad.PdfPig.Content;
using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Extraction.Pdf;

/// <summary>Collects horizontal rules (table borders) from a page's vector paths.</summary>
internal static class RuleFinder
{
    public static List<HorizontalRule> Find(Page page)
    {
        var rules = new List<HorizontalRule>();
        foreach (var path in page.Paths)
        {
            if (!path.IsFilled && !path.IsStroked) continue;
            foreach (var sub in path)
            {
                if (sub.GetBoundingRectangle() is not { } r || r.Width < 4) continue;
                // Only thin strokes: filled boxes are often per-line shading whose edges fall inside a cell.
                if (r.Height <= 2.5) rules.Add(new HorizontalRule((r.Bottom + r.Top) / 2, r.Left, r.Right));
            }
        }
        return rules;
    }
}
