namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>Measurements taken over the whole document: body font size and weight, bullet indents, where prose lines end.</summary>
internal sealed record DocumentStyle(double BodyFontSize, bool BodyIsBold, IReadOnlyList<double> BulletIndents, double? BodyRight)
{
    public static DocumentStyle Measure(IReadOnlyList<List<PdfTextLine>> pages)
    {
        var sizeWeights = new Dictionary<double, int>();
        var boldWeights = new Dictionary<double, int>();
        var bulletLefts = new List<double>();
        var rights = new List<double>();
        foreach (var lines in pages)
            foreach (var line in lines)
            {
                foreach (var w in line.Words)
                {
                    var key = Math.Round(w.FontSize * 2) / 2;
                    sizeWeights[key] = sizeWeights.GetValueOrDefault(key) + w.Text.Length;
                    if (w.Bold) boldWeights[key] = boldWeights.GetValueOrDefault(key) + w.Text.Length;
                }
                if (line.HasBullet) bulletLefts.Add(line.Left);
                if (line.SegmentStarts.Count == 1 && line.Words.Count >= 6) rights.Add(line.Right);
            }
        var body = sizeWeights.Count == 0 ? 11 : sizeWeights.MaxBy(kv => kv.Value).Key;
        double? bodyRight = null;
        if (rights.Count >= 3)
        {
            rights.Sort();
            bodyRight = rights[(int)(rights.Count * 0.9)];
        }
        // When most body text is bold, bold says nothing about headings.
        var bodyIsBold = sizeWeights.Count > 0 && boldWeights.GetValueOrDefault(body) * 2 > sizeWeights[body];
        return new DocumentStyle(body, bodyIsBold, ClusterIndents(bulletLefts), bodyRight);
    }

    /// <summary>Nesting level of a bullet by how far in it starts compared with the document's other bullets.</summary>
    public int BulletLevel(double left)
    {
        for (var i = 0; i < BulletIndents.Count; i++)
            if (left <= BulletIndents[i] + 6) return i;
        return Math.Max(0, BulletIndents.Count - 1);
    }

    private static List<double> ClusterIndents(List<double> lefts)
    {
        lefts.Sort();
        var clusters = new List<double>();
        foreach (var x in lefts)
            if (clusters.Count == 0 || x - clusters[^1] > 6) clusters.Add(x);
        return clusters;
    }
}
