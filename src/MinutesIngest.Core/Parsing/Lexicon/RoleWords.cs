namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>The words that mark a role, an office or an organisation rather than a person's name, written once for every rule.</summary>
public static class RoleWords
{
    /// <summary>Honorifics and titles that may prefix a name and stay part of it as written.</summary>
    public static readonly HashSet<string> Honorifics = new(StringComparer.OrdinalIgnoreCase)
    {
        "cllr", "cllr.", "councillor", "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "prof", "prof.", "professor",
        "sir", "dame", "rev", "rev.", "revd", "messrs", "messrs.", "lord", "lady", "baroness", "baron",
    };

    /// <summary>Words that end an organisation's name ("Example Foundation", "Example Ltd"); a person's name never runs into one.</summary>
    public static bool IsOrganisationEnd(string token) => OrganisationEnds.Contains(token.Trim('.', ',', '(', ')'));

    // Declared before Descriptors, which takes them in: static fields are set in the order they are written.
    private static readonly HashSet<string> OrganisationEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "foundation", "institute", "corporation", "plc", "llc", "gmbh", "ltd", "limited", "inc", "inc.",
    };

    /// <summary>Words that never occur in a person's name: roles, groups, organisations and common prose words.</summary>
    public static readonly HashSet<string> Descriptors = new(DescriptorWords().Concat(OrganisationEnds), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<string> DescriptorWords() =>
    [
        "chair", "chairman", "chairperson", "chairwoman", "vice", "deputy", "clerk", "secretary", "treasurer", "officer", "manager",
        "director", "commissioner", "constable", "member", "members", "mayor", "president", "head", "governor", "trustee",
        "representative", "coordinator", "co-ordinator", "lead", "executive", "administrator", "accountant", "auditor", "advisor",
        "adviser", "consultant", "scribe", "facilitator", "timekeeper", "taker", "observer", "observers", "public", "staff", "engineer",
        "solicitor", "supervisor", "supervisors", "superintendent", "inspector", "sergeant", "principal", "headteacher", "teacher",
        "councillors", "council", "committee", "board", "team", "group", "association", "society", "trust",
        "company", "university", "library", "libraries", "county", "borough", "district", "parish", "town", "city",
        "voting", "non-voting", "chief", "senior", "assistant", "policy", "finance", "financial", "operating", "none", "all",
        "apologies", "present", "absent", "minutes", "agenda", "meeting", "the", "of", "and", "for", "to", "with", "from",
        "police", "pcc", "manager,", "guest", "guests", "visitor", "visitors", "volunteer", "volunteers", "project", "student",
        "admin", "coach", "captain", "editor", "partner", "founder", "ceo", "cfo", "coo", "cto", "hr",
        "attorney", "township", "fire", "planner", "surveyor", "warden", "sheriff", "lawyer", "counsel", "pcso", "name", "role",
        "initials", "status", "proceedings", "activities", "staffing", "signatures", "notes", "summary", "secretariat", "officials",
        "panel", "attendees", "attending", "list", "commissioners", "trustees", "governors", "directors", "selectmen", "aldermen",
        "alderman", "selectman", "legislator", "legislators", "senator", "delegate", "delegates", "librarian", "pc", "sgt", "insp",
        "supt",
        // Words that qualify an office ("Alternate Member", "Interim Director") and never end a name.
        "alternate", "acting", "interim", "associate", "honorary", "permanent", "substitute", "emeritus", "elected",
        // One who takes part in a body's meetings without its office ("Elected Participant", "Invited Participants").
        "participant", "participants",
        // Words that end the name of a public body a person represents ("Office of the Budget", "Housing Agency").
        "office", "agency", "department", "administration",
        // A project's role ("Project Maintainers" listed under the people present).
        "maintainer",
    ];

    /// <summary>Words that end an office written before a name ("Fire Chief", "County Supervisor", "Mayor", "Trustee").</summary>
    public static readonly HashSet<string> OfficeEnds = new(StringComparer.OrdinalIgnoreCase)
    {
        "chair", "chairman", "chairperson", "clerk", "councillor", "councilor", "attorney", "chief", "officer", "manager", "director",
        "mayor", "commissioner", "constable", "supervisor", "treasurer", "secretary", "inspector", "sergeant", "superintendent",
        "solicitor", "engineer", "pcso", "member", "president", "lead", "head", "coordinator", "warden", "trustee", "governor",
        "planner", "surveyor", "sheriff", "marshal", "ranger", "alderman", "selectman", "legislator", "senator", "delegate",
        "librarian", "councilmember", "pc", "sgt", "insp", "supt", "ceo", "cfo", "coo", "cto", "accountant", "administrator",
        "convenor", "convener", "registrar", "bursar", "headteacher",
    };

    /// <summary>Letters written after a name for an elected office or an honour ("Ann Lee MP", "Bob Hart OBE"): the person's
    /// role as the minutes give it, never part of the name.</summary>
    public static readonly HashSet<string> PostNominals = new(StringComparer.Ordinal)
    {
        "MP", "MSP", "MLA", "MEP", "MPP", "MHA", "MHK", "AM", "OBE", "MBE", "CBE", "BEM", "KC", "QC", "JP", "DL",
    };

    /// <summary>
    /// Plural offices that open a roll call of surnames ("Trustees A, B and C", "Councillors A and B"), mapped to the office each
    /// person holds.
    /// </summary>
    public static readonly Dictionary<string, string> PluralOffices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["councillors"] = "councillor", ["councilors"] = "councilor", ["cllrs"] = "councillor", ["cllrs."] = "councillor",
        ["trustees"] = "trustee", ["commissioners"] = "commissioner", ["directors"] = "director", ["governors"] = "governor",
        ["supervisors"] = "supervisor", ["aldermen"] = "alderman", ["selectmen"] = "selectman", ["legislators"] = "legislator",
        ["senators"] = "senator", ["delegates"] = "delegate", ["members"] = "member", ["councilmembers"] = "councilmember",
        ["board members"] = "board member", ["council members"] = "council member", ["committee members"] = "committee member",
    };

    /// <summary>The office one person holds in a roll call opened by a plural office ("Trustees" → "Trustee"), else null.</summary>
    public static string? SingularOffice(string plural) =>
        PluralOffices.TryGetValue(plural, out var office) ? System.Globalization.CultureInfo.InvariantCulture.TextInfo.ToTitleCase(office) : null;

    /// <summary>Short forms of roles that minutes give in brackets as a person's short form ("(GM)", "(CFO)", "(PCSO)").</summary>
    public static readonly HashSet<string> RoleAcronyms = new(StringComparer.OrdinalIgnoreCase)
    {
        "gm", "mc", "fs", "ceo", "cfo", "coo", "cto", "cio", "cex", "md", "pa", "vp", "hr", "pcc", "dpcc", "pfcc", "cc", "dcc", "acc",
        "pcso", "so", "pm", "go", "ht", "dht", "sbm", "rfo", "tc", "dg", "sro", "cs", "ps", "nso",
    };

    /// <summary>True for a role, group or organisation word; plurals of those count too.</summary>
    public static bool IsDescriptor(string token)
    {
        var t = token.Trim('.', ',', '(', ')', ':');
        return Descriptors.Contains(t) || (t.Length > 3 && t.EndsWith('s') && Descriptors.Contains(t[..^1]))
            || (AfterHyphen(t) is { } last && Descriptors.Contains(last));
    }

    /// <summary>True for a word that ends an office written before a name.</summary>
    public static bool IsOfficeEnd(string token)
    {
        var t = token.Trim('.', ',', ':');
        return OfficeEnds.Contains(t) || (AfterHyphen(t) is { } last && OfficeEnds.Contains(last));
    }

    // A hyphenated office ("Vice-President", "Co-Chair") ends in an office word; a double-barrelled surname does not.
    private static string? AfterHyphen(string token) =>
        token.LastIndexOf('-') is > 0 and var h && h + 1 < token.Length && char.IsUpper(token[h + 1]) ? token[(h + 1)..] : null;

    /// <summary>True for an honorific kept with the name.</summary>
    public static bool IsHonorific(string token) => Honorifics.Contains(token.TrimEnd(','));
}
