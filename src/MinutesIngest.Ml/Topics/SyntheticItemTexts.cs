namespace MinutesIngest.Ml.Topics;

/// <summary>
/// Item texts made up for timing a fit at a scale the corpus does not reach: each text draws most of its words from one
/// or two of twelve themes' vocabularies and the rest from filler, seeded so every run times the same input.
/// </summary>
public static class SyntheticItemTexts
{
    private static readonly string[][] Themes =
    [
        ["pothole", "resurfacing", "highways", "gully", "drainage", "footway", "carriageway", "gritting", "salt", "repairs"],
        ["budget", "precept", "reserves", "deficit", "savings", "forecast", "income", "expenditure", "audit", "accounts"],
        ["safeguarding", "referrals", "training", "compliance", "concerns", "children", "adults", "designated", "lead", "allegations"],
        ["mental", "health", "crisis", "triage", "waiting", "therapy", "inpatient", "beds", "discharge", "camhs"],
        ["planning", "application", "extension", "dwelling", "conditions", "objection", "appeal", "permission", "barn", "access"],
        ["library", "opening", "hours", "books", "volunteers", "kiosk", "loans", "branch", "consultation", "reading"],
        ["play", "area", "swings", "inspection", "surfacing", "equipment", "frame", "bench", "bins", "litter"],
        ["calls", "answer", "abandonment", "handlers", "control", "room", "response", "emergency", "online", "reporting"],
        ["pupils", "attendance", "exclusions", "governors", "curriculum", "outcomes", "teachers", "ofsted", "disadvantaged", "reading"],
        ["grant", "funding", "bid", "foundation", "donations", "fundraising", "trustees", "charity", "appeal", "award"],
        ["bus", "transport", "route", "passengers", "timetable", "shelter", "service", "rural", "demand", "fares"],
        ["crime", "burglary", "patrols", "policing", "antisocial", "behaviour", "officers", "neighbourhood", "speeding", "cameras"],
    ];

    private static readonly string[] Filler = ["council", "report", "noted", "members", "discussed", "agreed", "update", "further", "local", "residents", "review", "plan"];

    public static IReadOnlyList<TopicText> Generate(int count, int seed = 7)
    {
        var random = new Random(seed);
        var texts = new List<TopicText>(count);
        var words = new List<string>(40);
        for (var i = 0; i < count; i++)
        {
            words.Clear();
            var main = Themes[random.Next(Themes.Length)];
            var second = Themes[random.Next(Themes.Length)];
            var length = 12 + random.Next(40);
            for (var w = 0; w < length; w++)
            {
                var roll = random.NextDouble();
                var pool = roll < 0.6 ? main : roll < 0.8 ? second : Filler;
                words.Add(pool[random.Next(pool.Length)]);
            }
            texts.Add(new TopicText(i + 1, string.Join(' ', words)));
        }
        return texts;
    }
}
