using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Twins;

/// <summary>Finds the copies of one meeting among stored meetings and picks the source whose content is kept.</summary>
/// <remarks>
/// Two copies must agree on what identifies a meeting — body when both state one, date, title — and also on content
/// (item wording or the people recorded), because "Board meeting" on one date can be two organisations' meetings. Without
/// a date on either, the titles must agree closely and the content must overlap.
/// </remarks>
public static partial class MeetingTwins
{
    private const double TitleAgreement = 0.5;
    private const double UndatedTitleAgreement = 0.8;
    private const double ContentOverlap = 0.5;
    private const double PeopleAgreement = 0.3;

    public static bool AreTwins(MeetingCopy a, MeetingCopy b)
    {
        if (a.DocumentId == b.DocumentId) return false;
        if (Normalise(a.Body) is { Length: > 0 } ba && Normalise(b.Body) is { Length: > 0 } bb && ba != bb) return false;
        // "Meeting 3" and "Meeting 87" of one body are two meetings, however alike their business.
        if (!Numbers(a.Title).SetEquals(Numbers(b.Title))) return false;
        // Two lists of people that barely overlap were two meetings (a standing agenda makes items alike).
        if (a.People.Count >= 2 && b.People.Count >= 2 && Jaccard(a.People, b.People) < PeopleAgreement) return false;
        var title = Jaccard(Words(a.Title), Words(b.Title));
        var content = Math.Max(Jaccard(a.ItemWords, b.ItemWords), Jaccard(a.People, b.People));
        if (a.Date is { } da && b.Date is { } db) return da == db && title >= TitleAgreement && content >= ContentOverlap;
        return a.Date == null && b.Date == null && title >= UndatedTitleAgreement && content >= ContentOverlap;
    }

    /// <summary>Groups of two or more copies of one meeting, each with its best source first.</summary>
    public static IReadOnlyList<IReadOnlyList<MeetingCopy>> Group(IReadOnlyList<MeetingCopy> copies, CancellationToken cancellationToken = default)
    {
        var parent = Enumerable.Range(0, copies.Count).ToArray();
        int Find(int i) => parent[i] == i ? i : parent[i] = Find(parent[i]);
        // Twins share their date (or both have none): comparing within a date keeps thousands of meetings from costing
        // millions of comparisons (8,000 meetings once took minutes here, and a Ctrl-C waited for it).
        foreach (var sameDate in Enumerable.Range(0, copies.Count).GroupBy(i => copies[i].Date))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var members = sameDate.ToArray();
            for (var x = 0; x < members.Length; x++)
                for (var y = x + 1; y < members.Length; y++)
                    if (AreTwins(copies[members[x]], copies[members[y]])) parent[Find(members[x])] = Find(members[y]);
        }
        return Enumerable.Range(0, copies.Count).GroupBy(Find)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<MeetingCopy>)g.Select(i => copies[i]).OrderBy(c => c, BestFirst.Instance).ToList())
            .ToList();
    }

    /// <summary>The words of a text, lower-cased, for overlap measures.</summary>
    public static IReadOnlySet<string> Words(string? text) =>
        text == null ? new HashSet<string>() : WordPattern().Matches(text.ToLowerInvariant()).Select(m => m.Value).Where(w => w.Length > 1).ToHashSet();

    /// <summary>The people recorded at a meeting as a set of lower-cased names (names separated by '|').</summary>
    public static IReadOnlySet<string> Names(string? names) =>
        names == null ? new HashSet<string>() : names.Split('|').Select(n => string.Join(' ', Words(n))).Where(n => n.Length > 0).ToHashSet();

    private static HashSet<string> Numbers(string? title) =>
        title == null ? [] : NumberPattern().Matches(title).Select(m => m.Value.TrimStart('0')).ToHashSet();

    [GeneratedRegex(@"\b\d+\b")]
    private static partial Regex NumberPattern();

    private static string Normalise(string? body) => string.Join(' ', Words(body).Order(StringComparer.Ordinal));

    private static double Jaccard(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var common = a.Count(b.Contains);
        return (double)common / (a.Count + b.Count - common);
    }

    [GeneratedRegex(@"[\p{L}\p{N}]+")]
    private static partial Regex WordPattern();

    /// <summary>Born-digital over OCR, approved over draft, then the most complete, then the first stored.</summary>
    private sealed partial class BestFirst : IComparer<MeetingCopy>
    {
        public static readonly BestFirst Instance = new();

        public int Compare(MeetingCopy? x, MeetingCopy? y)
        {
            if (x == null || y == null) return 0;
            var byOcr = IsOcr(x).CompareTo(IsOcr(y));
            if (byOcr != 0) return byOcr;
            var byDraft = IsDraft(x).CompareTo(IsDraft(y));
            if (byDraft != 0) return byDraft;
            var byRows = y.Rows.CompareTo(x.Rows);
            return byRows != 0 ? byRows : x.DocumentId.CompareTo(y.DocumentId);
        }

        private static bool IsOcr(MeetingCopy c) => c.Format == "pdf-ocr";

        private static bool IsDraft(MeetingCopy c) => DraftPattern().IsMatch(c.Title ?? "") || DraftPattern().IsMatch(Path.GetFileName(c.Path));

        [GeneratedRegex(@"(?<![a-z])(?:draft|unconfirmed|unapproved)(?![a-z])", RegexOptions.IgnoreCase)]
        private static partial Regex DraftPattern();
    }
}
