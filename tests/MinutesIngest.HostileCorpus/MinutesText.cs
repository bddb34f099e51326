namespace MinutesIngest.HostileCorpus;

/// <summary>Short genuine-looking minutes, with characters outside ASCII so encodings matter.</summary>
public static class MinutesText
{
    public const string Body = """
        Minutes of the Ashcombe Parish Council Meeting

        Held on Tuesday 14th May 2024 at 7.30pm in the Village Hall Café

        Present: Cllr Zoë Müller (Chair), Cllr Tom Weller, Cllr Priya Nandra.

        Apologies: Cllr Renée Dubois.

        1. APOLOGIES: were received from Cllr Dubois.

        2. FINANCE: The clerk reported a balance of £12,450 and the precept of £8,000 was agreed.

        3. FOOTPATHS: The stile on footpath 7 is broken. Action: Clerk to report the stile to the county council.

        4. DATE OF NEXT MEETING: Tuesday 11th June 2024 at 7.30pm.
        """;
}
