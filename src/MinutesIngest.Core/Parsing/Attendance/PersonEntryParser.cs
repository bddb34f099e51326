using System.Text.RegularExpressions;

namespace MinutesIngest.Core.Parsing.Attendance;

/// <summary>
/// Reads people from attendance text: "Name (Role)", "Name – role", "Name, Company", "Name; role",
/// office prefixes ("Mayor Jane Doe"), several people separated by commas, semicolons or "and".
/// </summary>
public static partial class PersonEntryParser
{
    /// <summary>Several entries on one line, e.g. "A Lee (Chair), B Cole, C Dunn – Treasurer and D Farr".</summary>
    public static List<PersonEntry> ParseList(string text)
    {
        if (OrganisationLead.Split(text) is { } organisation)
            return ParseList(organisation.People).Select(e => e with { Role = e.Role ?? organisation.Organisation }).ToList();
        if (HandleList.Read(text) is { } handles) return handles;
        if (SemicolonEntries(text) is { } entries) return entries;
        var result = new List<PersonEntry>();
        var split = SplitWithSeparators(FullStopNames.Separate(SeparateRunTogether(Clean(text)))).Where(p => p.Piece.Trim().Length > 0).ToList();
        var pieces = split.Select(p => p.Piece.Trim()).ToList();
        if (RoleThenNameList.Read(pieces) is { } officials) return officials;
        // In a list of bare names, a short capitalised token ("TC") is one more name, not a descriptor.
        // Members known by their initials may be several ("Ann, LJ, Bob, CJ, Eve"): every piece a bare name or a short form,
        // the names the larger part.
        var named = pieces.Count(p => PersonNames.LooksLikeName(p) && !p.Contains('('));
        var bareNames = pieces.Count >= 3 && (named >= pieces.Count - 1
            || (named * 3 >= pieces.Count * 2 && named + pieces.Count(p => InitialsOnly().IsMatch(p) && !Lexicon.RoleWords.RoleAcronyms.Contains(p)) == pieces.Count));
        // A list of nothing but call signs or handles ("Present: AB1CDE, CD2EFG and EF3GHI") names each member by the code.
        if (pieces.Count >= 2 && pieces.TrueForAll(Lexicon.PersonCodes.IsCode))
            return pieces.Select(p => new PersonEntry(p.TrimEnd('.', ',', ';'), null, null)).ToList();
        var semicolons = split.Any(p => p.Separator == ";");
        string? office = null;
        var run = new List<int>();
        for (var k = 0; k < pieces.Count; k++)
        {
            var piece = pieces[k];
            // A roll call opened by a plural office ("Trustees A, B and C") gives each surname that office.
            if (PluralOffice(piece) is { } plural) { office = plural.Office; piece = plural.Remainder; }
            // "Captains – Ann Lee, Bob Cole": a plural role before a dash is held by each name after it.
            else if (SharedRoleFirst(piece) is { } lead) { office = lead.Role; piece = lead.Name; }
            if (bareNames && InitialsOnly().IsMatch(piece)) { result.Add(new PersonEntry(piece, office, null)); continue; }
            var substitute = Substitute().Match(piece);
            var isSubstitute = substitute.Success && PersonNames.LooksLikeName(substitute.Groups["x"].Value) && ParseOne(substitute.Groups["y"].Value) != null;
            // "Ann Lee, Port Manager": words ending in an office after a person without a role describe that person; a title
            // opens the next person ("…, Mrs Bo Tait Honorary Clerk").
            var describes = result.Count > 0 && result[^1].Role == null && split[k].Separator == "," && !isSubstitute
                && piece.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words && PersonNames.IsOfficeEnd(words[^1])
                && !PersonNames.IsHonorific(words[0]) && !PersonNames.LooksLikeName(piece);
            var entry = describes ? null : isSubstitute ? ParseOne(substitute.Groups["y"].Value) : ParseOne(piece);
            if (entry != null)
            {
                // A bracket ("Councillors A Lee (Chair), B Cole") describes that person only; the roll call's office goes on.
                if (entry.Role != null && !piece.TrimEnd('.', ' ').EndsWith(')')) office = null;
                entry = entry with { Role = entry.Role ?? office };
                if (isSubstitute && ParseOne(substitute.Groups["x"].Value) is { } stand)
                {
                    // "X for Y": X attended in place of Y, who is absent; both hold the seat described after Y.
                    result.Add(stand with { Role = stand.Role ?? entry.Role });
                    result.Add(entry with { Status = Minutes.AttendanceStatus.Absent });
                }
                else result.Add(entry);
                ShareTrailingOrganisation(result, run, split[k].Separator, semicolons, isSubstitute ? 2 : 1, piece.TrimEnd('.', ' ').EndsWith(')'));
            }
            else if (result.Count > 0 && result[^1].Role == null && IsDescriptor(piece) && !char.IsDigit(piece.Trim()[0]))
            {
                // "Ann Lee, Chair (ALe)": the descriptor may carry the person's short form in brackets.
                var role = TrimRole(piece);
                var bracket = TrailingBracket().Match(role);
                string? abbr = null;
                if (bracket.Success && IsAbbreviation(bracket.Groups[1].Value)) { abbr = bracket.Groups[1].Value; role = role[..bracket.Index].Trim(); }
                else role = RoleAmongDescriptors(role);
                result[^1] = result[^1] with { Role = role, Abbreviation = result[^1].Abbreviation ?? abbr };
                run.Clear();
            }
            else run.Clear();
        }
        return WithSharedSurnames(result, text);
    }

    // "Dev and Eve Tait", "Cllr John and Mary Quill": a couple written with their surname once. The given name before "and"
    // takes the surname when every other entry of the list is a full name; a list of first names keeps them bare.
    private static List<PersonEntry> WithSharedSurnames(List<PersonEntry> result, string text)
    {
        for (var k = 0; k + 1 < result.Count; k++)
        {
            var first = PersonNames.CoreTokens(result[k].Name);
            var next = PersonNames.CoreTokens(result[k + 1].Name);
            if (first.Count != 1 || next.Count != 2 || first[0].Length < 2 || first[0].All(char.IsUpper)) continue;
            if (result.Where((_, i) => i != k).Any(e => PersonNames.CoreTokens(e.Name).Count < 2)) continue;
            if (!Regex.IsMatch(text, $@"\b{Regex.Escape(first[0])}\s+(?:and|&)\s+{Regex.Escape(next[0])}\b")) continue;
            result[k] = result[k] with { Name = result[k].Name + " " + next[1], Role = result[k].Role ?? result[k + 1].Role };
        }
        return result;
    }

    // "Ann Lee, Executive Director; Bob Cole of Ohio, member; and Cara Dunn, Clerk": semicolons part the entries and commas
    // part a name from its descriptors, so each semicolon piece is read as one entry.
    private static List<PersonEntry>? SemicolonEntries(string text)
    {
        var pieces = Clean(text).Split(';').Select(p => LeadingAnd().Replace(p.Trim().TrimStart(',', ' '), "")).Where(p => p.Length > 0).ToList();
        if (pieces.Count < 2 || !pieces.Exists(p => p.Contains(','))) return null;
        // "Ann Lee AL, Bob Hart BH; Cara Dunn CD": names each followed by their initials are people whichever mark parts them.
        var parts = pieces.SelectMany(p => p.Split(',')).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (parts.TrueForAll(p => TrailingInitials.Split(p) != null)) return parts.Select(ParseOne).OfType<PersonEntry>().ToList();
        var entries = pieces.Select(ParseLine).ToList();
        return entries.TrueForAll(e => e != null) ? entries.Select(e => e!).ToList() : null;
    }

    [GeneratedRegex(@"^(?:and|&)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingAnd();

    [GeneratedRegex(@"^(?:and\s+)?also\s+(?=\p{Lu})")]
    private static partial Regex LeadingAlso();

    // "A, B and C (Org)": an organisation written once after a run of bare names joined by "and" belongs to every name in the run.
    // A role word in the bracket stays with the last name only, and a list separated by semicolons keeps runs inside one piece.
    private static void ShareTrailingOrganisation(List<PersonEntry> result, List<int> run, string separator, bool semicolons, int added, bool bracketed)
    {
        if (separator == ";" && semicolons) run.Clear();
        var last = result[^1];
        if (added == 1 && last.Role == null && last.Abbreviation == null) { run.Add(result.Count - 1); return; }
        // An organisation acronym ("(ABC)") parses as a short form; three or more capitals are shared as the organisation.
        var shared = last.Role ?? (last.Abbreviation is { Length: >= 3 } a && a.All(char.IsUpper) ? a : null);
        if (bracketed && shared != null && !HasRoleWord(shared) && separator is "and" or "&")
            foreach (var i in run.Where(i => result[i].Role == null).ToList()) result[i] = result[i] with { Role = shared };
        run.Clear();
    }

    private static bool HasRoleWord(string role) => role.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(PersonNames.IsOfficeEnd)
        || RoleWordInside().IsMatch(role);

    private static (string Office, string Remainder)? PluralOffice(string piece)
    {
        var tokens = piece.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var n = Math.Min(2, tokens.Length - 1); n >= 1; n--)
            if (Lexicon.RoleWords.SingularOffice(string.Join(' ', tokens.Take(n))) is { } office
                && PersonNames.LooksLikeName(TrailingBracket().Replace(string.Join(' ', tokens.Skip(n)), "").Trim()))
                return (office, string.Join(' ', tokens.Skip(n)));
        return null;
    }

    /// <summary>Marks entries run together where line breaks were lost, so they split like a list.</summary>
    // PDF table cells lose their line breaks: "Ann Lee (AL) CHAIR Bob Cole (BC)" and "Ann Lee (Finance)Bob Cole" are two entries.
    public static string SeparateRunTogether(string text)
    {
        text = GluedBracket().Replace(text, "); ");
        var depth0Brackets = TopLevelBracket().Matches(text).Count;
        if (depth0Brackets >= 2 && !text.Contains(',') && !text.Contains(';')) text = BracketThenName().Replace(text, ")$1; ");
        // "Mr A Lee (AL) Mrs B Cole Clerk (BC)": a title after a closing bracket opens the next entry.
        text = BracketThenTitle().Replace(text, "), ");
        // A comma lost after a bracket: "A Lee (Chair) B Cole, C Dunn" lists B Cole apart.
        return BracketThenListedName().Replace(text, m => PersonNames.CoreTokens(m.Groups["name"].Value).Count >= 2
            && PersonNames.LooksLikeName(m.Groups["name"].Value) ? "), " + m.Groups["name"].Value : m.Value);
    }

    /// <summary>One entry per line: the first comma piece is the name, the rest describes the person.</summary>
    public static PersonEntry? ParseLine(string text)
    {
        if (OrganisationLead.Split(text) is { } lead && ParseLine(lead.People) is { } one) return one with { Role = one.Role ?? lead.Organisation };
        // "Cara: Monday Night Group | Positions: filled": the person named before a colon, the group they speak for after it
        // (where "Acme: Ann Lee" names the organisation first, and the person after the colon). A line of fields parted by
        // bars ("Cara: Saturday Big Book | Positions: …") opens with the person even when the group reads like a name.
        if (NameColon().Match(text.Trim()) is { Success: true } named && PersonNames.LooksLikeName(named.Groups["name"].Value)
            && !Lexicon.AttendanceVocabulary.IsNoteLabel(named.Groups["name"].Value) && named.Groups["value"].Value.Split('|')[0].Trim() is [var first, ..] about
            && char.IsUpper(first) && (!PersonNames.LooksLikeName(about) || (text.Contains(" | ") && !named.Groups["name"].Value.Contains(' ')))
            && about.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8)
            return new PersonEntry(named.Groups["name"].Value, TrimRole(about), null);
        var entry = ParseLineDescriptors(text);
        return entry?.Role is { } role ? entry with { Role = RoleAmongDescriptors(role) } : entry;
    }

    // "Name: value", the person before the first colon: what follows is their group ("Cara: Monday Group") or office ("Ann
    // Lee: Chair").
    [GeneratedRegex(@"^(?<name>[^:()|]{2,40}):\s+(?<value>\S.*)$")]
    private static partial Regex NameColon();

    // "Weta Ltd / Chairperson / Project X": descriptors joined by slashes; the one naming a role wins over organisations, as does
    // a role before its organisation in brackets ("Treasurer (Weta Ltd)").
    private static string RoleAmongDescriptors(string descriptor)
    {
        // … and an organisation with the person's role in brackets after it ("Acme Ltd (Elected Member)").
        if (TrailingBracket().Match(descriptor) is { Success: true } bracket && bracket.Index > 0
            && bracket.Value.Trim().Trim('(', ')') is var inside && !IsAbbreviation(inside)
            && descriptor[..bracket.Index].TrimEnd() is var before && HasRoleWord(before) != HasRoleWord(inside))
            return HasRoleWord(before) ? before : inside;
        if (!descriptor.Contains(" / ")) return descriptor;
        var roles = descriptor.Split(" / ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(HasRoleWord).ToList();
        return roles.Count == 1 ? roles[0] : descriptor;
    }

    private static PersonEntry? ParseLineDescriptors(string text)
    {
        var clean = Clean(text);
        var pieces = SplitTopLevel(clean).ToList();
        if (pieces.Count == 0) return null;
        var entry = ParseOne(pieces[0]);
        if (entry == null) return null;
        // "Ann Lee of Ohio, member": where someone comes from yields to the descriptor after the comma.
        if ((entry.Role == null || entry.Role.StartsWith("of ", StringComparison.OrdinalIgnoreCase)) && pieces.Count > 1)
        {
            var descriptors = pieces.Skip(1).Select(TrimRole).Where(p => p.Length > 0).ToList();
            // A role wins over an organisation when both are given.
            var role = descriptors.FirstOrDefault(d => PersonNames.LooksLikeDescriptor(d) && !Acronym().IsMatch(d)) ?? descriptors.FirstOrDefault();
            entry = entry with { Role = role };
        }
        // "Ann Lee - Treasurer, Vice Chair": further offices after a comma go on the role given after the person's dash.
        else if (entry.Role != null && pieces.Count > 1 && DashRole().IsMatch(pieces[0])
                 && pieces.Skip(1).Select(TrimRole).ToList() is var more && more.TrueForAll(p => HasRoleWord(p) && !p.Contains('(')))
            entry = entry with { Role = string.Join(", ", [entry.Role, .. more]) };
        return entry;
    }

    /// <summary>Parses "Name (X)", "Name - X", "Office Name"; null when the text is not a person.</summary>
    public static PersonEntry? ParseOne(string piece)
    {
        // "Tomi (Tomasz) Lee", "Zed (Zedekiah) Hart": another form of the given name in brackets between the names belongs
        // to the name, as a nickname in quotes does; it is read as one and given back as written.
        if (BracketedGivenName().Match(piece) is not { Success: true } given || PersonNames.LooksLikeDescriptor(given.Groups["alt"].Value))
            return ParseEntry(piece);
        var quoted = "“" + given.Groups["alt"].Value + "”";
        var entry = ParseEntry(piece[..given.Groups["open"].Index] + quoted + piece[(given.Groups["close"].Index + 1)..]);
        return entry == null ? null : entry with { Name = entry.Name.Replace(quoted, "(" + given.Groups["alt"].Value + ")") };
    }

    [GeneratedRegex(@"^\s*\p{Lu}[\p{Ll}’'-]+\s+(?<open>\()(?<alt>\p{Lu}\p{Ll}+)(?<close>\))\s+(?=\p{Lu}\p{Ll})")]
    private static partial Regex BracketedGivenName();

    private static PersonEntry? ParseEntry(string piece)
    {
        var text = SquareBracket().Replace(piece.Trim().TrimEnd('.', ',', ';').Trim().Replace('{', '(').Replace('}', ')'), "($1)");
        if (text.Length == 0 || text.Length > 90) return null;
        // "…, also Ann Lee (Clerk)": the word that adds the last entry to a list is not part of the name.
        text = LeadingAlso().Replace(text, "");
        text = LeadingInitialsLast(text);
        string? role = null, abbr = null;
        // After the person's bracket a dash gives their role ("Ann Lee (Acme) - vice chair", the role winning over the
        // organisation) or a note in lower case on when or how they attended ("Ann Lee (Acme) - need to leave early").
        if (DashAfterBracket().Match(text) is { Success: true } after)
        {
            var said = after.Groups["after"].Value.Trim();
            if (HasRoleWord(said)) (text, role) = (after.Groups["entry"].Value, said);
            else if (char.IsLower(said[0]) && said.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3) text = after.Groups["entry"].Value;
        }
        // "Ann Lee: Chair": the person's office after a colon.
        if (NameThenOffice(text) is { } colonRole) (text, role) = colonRole;
        // "AL: Ann Lee", "AL = Ann Lee": minutes that quote people by their initials list each attendee after them (or give a
        // key of them), the initials the short form.
        string? leadingInitials = null;
        if (LeadingInitialsColon().Match(text) is { Success: true } li && PersonNames.MatchesInitials(li.Groups["name"].Value.Split('(')[0].Trim(), li.Groups["abbr"].Value))
        {
            leadingInitials = li.Groups["abbr"].Value;
            text = li.Groups["name"].Value;
        }

        // "Ann Lee (@alee) - TSC": projects on GitHub and chat platforms give each attendee's handle in brackets after the name;
        // it is that person's short form, and a role may still follow it.
        if (BracketedHandle().Match(text) is { Success: true } handle && handle.Index > 0)
        {
            abbr = handle.Groups["handle"].Value;
            text = Spaces().Replace(text[..handle.Index] + " " + text[(handle.Index + handle.Length)..], " ").Trim();
        }

        // "Ann Lee (AL) CHAIR": a role written after the short form. "Ann Lee (AL): University of Leeds": a colon after the short
        // form introduces whatever describes the person, a role or where they come from.
        if (BracketThenRole().Match(text) is { Success: true } br && PersonNames.LooksLikeName(br.Groups["name"].Value)
            && IsAbbreviation(br.Groups["abbr"].Value) && (br.Groups["colon"].Success || PersonNames.LooksLikeDescriptor(br.Groups["role"].Value)))
            return new PersonEntry(br.Groups["name"].Value.Trim(), br.Groups["role"].Value.Trim(), br.Groups["abbr"].Value);

        // Trailing brackets: "(Chairman)", "(DT)", "Chair (ALe)".
        while (TrailingBracket().Match(text) is { Success: true } b)
        {
            var inner = b.Groups[1].Value.Trim();
            text = text[..b.Index].Trim();
            // "(AL, Chair)", "(AL: Example University)": a short form and a role in one bracket.
            if (AbbreviationAndRole(inner) is (string first, string second)
                && IsAbbreviation(first.Trim()) && PersonNames.MatchesInitials(text, first.Trim()) && !IsAbbreviation(second.Trim()))
            {
                abbr ??= first.Trim();
                role ??= second.Trim();
            }
            // "(ABC) (AL)": of two short forms, the person's initials are the abbreviation and the other names an organisation.
            else if (IsAbbreviation(inner))
            {
                if (abbr == null) abbr = inner;
                else if (PersonNames.MatchesInitials(text, inner) && !PersonNames.MatchesInitials(text, abbr)) { role ??= abbr; abbr = inner; }
                else role ??= inner;
            }
            // "Kris Lee (klee)", "Ann Hart (ann-h)": a chat handle built from the person's name is their short form.
            else if (Handle().IsMatch(inner) && !PersonNames.LooksLikeDescriptor(inner)
                     && PersonNames.MatchesInitials(text, string.Concat(inner.Where(char.IsLetter)))) abbr ??= inner;
            // "(PCSO, County Police)": the role comes first, the organisation after it.
            // "(Chair – Youth Club)": an office before a dash is the role, the group after it where the person comes from.
            else if (DashRole().Match(inner) is { Success: true } dash && PersonNames.IsOfficeEnd(dash.Groups[1].Value.Split(' ')[^1])) role ??= dash.Groups[1].Value.Trim();
            // "(Acme, Board Chair)": of an organisation and a role the role is kept, else the first descriptor.
            else role ??= inner.Split(',', StringSplitOptions.TrimEntries) is var pieces && pieces.Where(HasRoleWord).ToList() is [var only] && pieces.Length > 1
                ? only : pieces[0];
        }
        // "Name – role" or "Name - role".
        if (DashRole().Match(text) is { Success: true } d && PersonNames.LooksLikeName(d.Groups[1].Value))
        {
            // "Ann Lee - (Acme) Board Member": of the organisation in brackets and the office after it, the office is the role.
            role ??= LeadingOrganisation().Match(TrimRole(d.Groups[2].Value)) is { Success: true } org && HasRoleWord(org.Groups["role"].Value)
                ? org.Groups["role"].Value.Trim() : TrimRole(d.Groups[2].Value);
            text = d.Groups[1].Value.Trim();
        }
        // "President – Ann Lee": officer lists written role first; the person is the side that reads as a name.
        else if (RoleFirst(text) is { } lead)
        {
            role ??= lead.Role;
            text = lead.Name;
        }
        // A roll call answered name by name ("Abbot - Here", "Bexley - Absent", "Cole (not present)"): the answer is the status, not a role.
        string? answered = null;
        if (role != null && RollCallAnswer().IsMatch(role))
        {
            var a = role.ToLowerInvariant();
            answered = a == "absent" || a.StartsWith("not") ? Minutes.AttendanceStatus.Absent
                : a == "excused" || a.Contains("apologies") ? Minutes.AttendanceStatus.Apologies : Minutes.AttendanceStatus.Present;
            role = null;
        }
        // "Ann Lee-ABC": an organisation acronym glued to the name by a hyphen is its descriptor (a double-barrelled
        // surname is written in lower case after its capital: "Ann Lee-Hart").
        if (GluedAcronym().Match(text) is { Success: true } glued && PersonNames.LooksLikeName(glued.Groups["name"].Value))
        { role ??= glued.Groups["org"].Value; text = glued.Groups["name"].Value; }
        // "Ann Lee AB1CDE": a call sign, member number or handle after the name is that person's short form.
        string? code = null;
        if (Lexicon.PersonCodes.SplitTrailing(text) is { } coded && PersonNames.LooksLikeName(coded.Before)) (text, code) = coded;
        // "Ann Lee AL (chair)": initials printed after the name are the short form the minutes use for that person.
        if (abbr == null && code == null && TrailingInitials.Split(text) is { } initialled) (text, abbr) = initialled;
        // "Ann Lee MP", "Bob Hart OBE": letters for an office or honour after the name.
        if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 3 } words && Lexicon.RoleWords.PostNominals.Contains(words[^1].Trim('.', ','))
            && string.Join(' ', words[..^1]) is var named && PersonNames.LooksLikeName(named))
        { role ??= words[^1].Trim('.', ','); text = named; }
        // "Name Chair" (a role word after the name), "Mayor Jane Doe" (an office before it).
        var tokens = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (!PersonNames.LooksLikeName(text))
        {
            for (var cut = 1; cut < tokens.Count; cut++)
            {
                var head = string.Join(' ', tokens.Take(cut));
                var tail = string.Join(' ', tokens.Skip(cut));
                // An office before the name ("County Supervisor Ann Lee", "Fire Chief Bo Dunn") is the role.
                if (PersonNames.IsOfficeEnd(tokens[cut - 1]) && !(cut == 1 && PersonNames.IsHonorific(tokens[0])) && PersonNames.LooksLikeName(tail)
                    && !PersonNames.IsOfficeEnd(tokens[cut]))
                { role ??= head; text = tail; break; }
            }
            // "Ann Lee Chairman": the longest name followed by a role.
            for (var cut = tokens.Count - 1; cut >= 1 && PersonNames.LooksLikeName(text) == false; cut--)
            {
                var head = string.Join(' ', tokens.Take(cut));
                var tail = string.Join(' ', tokens.Skip(cut));
                // "Example Foundation Council" is an organisation's name, not a person before a role.
                if (PersonNames.LooksLikeName(head) && PersonNames.LooksLikeDescriptor(tail) && !tail.Contains("Members of", StringComparison.OrdinalIgnoreCase)
                    && !Lexicon.RoleWords.IsOrganisationEnd(tokens[cut]))
                { role ??= tail; text = head; break; }
            }
        }
        if (!PersonNames.LooksLikeName(text)) return null;
        // A bracketed acronym that is neither the person's initials nor a role's short form names an organisation ("(ABC Ltd)" → "(ABC)").
        if (abbr != null && role == null && !abbr.StartsWith('@') && !PersonNames.MatchesInitials(text, string.Concat(abbr.Where(char.IsLetter))) && !Lexicon.RoleWords.RoleAcronyms.Contains(abbr))
            (role, abbr) = (abbr, null);
        return new PersonEntry(text.Replace('_', ' '), role, leadingInitials ?? abbr ?? code, answered);
    }

    private static (string First, string Second)? AbbreviationAndRole(string inner) =>
        inner.Split(',') is [var a, var b] ? (a, b) : inner.Split(':') is [var c, var d] ? (c, d) : null;

    /// <summary>
    /// Splits "Role – Name" ("Vice Chair - Bob Cole", "Captains – Ann Lee") into the role and the name; null when the text before
    /// the dash is not a role or what follows it is not a name.
    /// </summary>
    public static (string Role, string Name)? RoleFirst(string text)
    {
        if (DashRole().Match(text.Trim()) is not { Success: true } d) return null;
        var role = TrimRole(d.Groups[1].Value);
        var name = d.Groups[2].Value.Trim();
        var words = role.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // The role ends in a role or group word ("Food Coordinator", "Captains"); an agenda heading with its presenter ("Finance
        // report – Ann Lee", "Minutes – Bob Cole") does not.
        return words.Length is > 0 and <= 5 && !PersonNames.LooksLikeName(role) && PersonNames.LooksLikeDescriptor(words[^1])
            && !DocumentWord().IsMatch(words[^1]) && PersonNames.LooksLikeName(TrailingBracket().Replace(name, ""))
            ? (role, name) : null;
    }

    /// <summary>"Captains – Ann Lee": a role-first entry whose role is plural, so the names listed after it share it; else null.</summary>
    public static (string Role, string Name)? SharedRoleFirst(string piece)
    {
        if (RoleFirst(piece) is not { } lead) return null;
        var last = lead.Role.Split(' ')[^1];
        var plural = (last.EndsWith('s') && Lexicon.RoleWords.IsDescriptor(last[..^1]))
            || (last.EndsWith("es", StringComparison.Ordinal) && Lexicon.RoleWords.IsDescriptor(last[..^2]));
        return plural ? lead : null;
    }

    private static bool IsDescriptor(string piece) => PersonNames.LooksLikeDescriptor(piece) || piece.Trim().Length > 0 && !PersonNames.LooksLikeName(piece);

    [GeneratedRegex(@"^\([^()]{1,60}\)\s+(?<role>\p{L}.*)$")]
    private static partial Regex LeadingOrganisation();

    /// <summary>True for a person followed by their office after a colon ("Ann Lee: Chair").</summary>
    public static bool IsNameThenOffice(string text) => NameThenOffice(text.Trim()) != null;

    private static (string Name, string Role)? NameThenOffice(string text) =>
        NameColon().Match(text) is { Success: true } m && PersonNames.LooksLikeName(m.Groups["name"].Value) && OfficeText().IsMatch(m.Groups["value"].Value)
        && HasRoleWord(m.Groups["value"].Value) && !PersonNames.LooksLikeName(m.Groups["value"].Value)
            ? (m.Groups["name"].Value.Trim(), m.Groups["value"].Value.Trim()) : null;

    // An office written in words alone ("Vice Chair", "Head of Finance").
    [GeneratedRegex(@"^\p{L}[\p{L} .&’'-]{1,40}$")]
    private static partial Regex OfficeText();

    private static string TrimRole(string s) => s.Trim().Trim(',', ';', '.', '-', '–', ' ').Trim();

    /// <summary>Short forms: initials or acronyms of 2-5 letters ("DT", "ALe", "GM", "PCC").</summary>
    public static bool IsAbbreviation(string s) => Abbrev().IsMatch(s);

    // Braces and square brackets set off an organisation or office the way brackets do: "Ann Lee {ABC} (AL)", "Ann Lee
    // [Treasurer] (AL)". A Markdown link ("[text](url)") is not such a bracket.
    private static string Clean(string text) =>
        Lexicon.AttendanceVocabulary.WithoutAttendanceMode(Spaces().Replace(UnclosedBracket().Replace(SquareBracket().Replace(text.Replace('_', ' ').Replace('\u00A0', ' ').Replace("\u200B", "")
            .Replace('{', '(').Replace('}', ')'), "($1)"), "($1), "), " ").Trim());

    // "Ann Lee (Primary, Bob Ray (Alternate)": a bracket left open where the next entry, with a bracket of its own, begins.
    [GeneratedRegex(@"\(([^()]{1,40}?),\s+(?=\p{Lu}[^(),]{2,40}\()")]
    private static partial Regex UnclosedBracket();

    [GeneratedRegex(@"^(?<entry>[^()]+\([^()]+\))\s+[-–—]\s+(?<after>\p{L}[\p{L}\p{N}'’]*(?:\s+[\p{L}\p{N}'’.:]+)*)\W*$")]
    private static partial Regex DashAfterBracket();

    [GeneratedRegex(@"\\?\[([^\[\]()]{1,60}?)\\?\](?!\()")]
    private static partial Regex SquareBracket();

    /// <summary>Splits on commas, semicolons and "and"/"&amp;" outside brackets.</summary>
    public static IEnumerable<string> SplitTopLevel(string text) => SplitWithSeparators(text).Select(p => p.Piece);

    /// <summary>The pieces of <see cref="SplitTopLevel"/>, each with the separator before it ("", ",", ";", "and" or "&amp;").</summary>
    public static IEnumerable<(string Piece, string Separator)> SplitWithSeparators(string text)
    {
        var separator = "";
        var depth = 0;
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth = Math.Max(0, depth - 1);
            else if (depth == 0 && (c == ',' || c == ';'))
            {
                yield return (text[start..i], separator);
                separator = c.ToString();
                start = i + 1;
            }
            else if (depth == 0 && AndAt(text, i, out var len))
            {
                yield return (text[start..i], separator);
                separator = text.Substring(i, len).Trim();
                start = i + len;
                i += len - 1;
            }
        }
        if (start < text.Length) yield return (text[start..], separator);
    }

    private static bool AndAt(string text, int i, out int length)
    {
        foreach (var sep in (string[])[" and ", " & "])
            if (string.CompareOrdinal(text, i, sep, 0, sep.Length) == 0) { length = sep.Length; return true; }
        length = 0;
        return false;
    }

    // "[AL] Ann Lee (Chair)": minutes that refer to members by initials often list each one with the short form first.
    // The short form must be built from the name, so a bracketed organisation or group code before a name is left alone;
    // it is moved after the name, where brackets are read.
    private static string LeadingInitialsLast(string text)
    {
        if (LeadingBracket().Match(text) is not { Success: true } lead || !IsAbbreviation(lead.Groups["abbr"].Value)) return text;
        var rest = lead.Groups["rest"].Value.Trim();
        var name = TrailingBracket().Replace(rest, "").Trim();
        var abbr = lead.Groups["abbr"].Value;
        return PersonNames.MatchesInitials(name, abbr) && PersonNames.LooksLikeName(name) ? rest + " (" + abbr + ")" : text;
    }

    [GeneratedRegex(@"^\((?<abbr>[^()\s]{2,6})\)\s+(?<rest>\S.*)$")]
    private static partial Regex LeadingBracket();

    [GeneratedRegex(@"\s*\(([^()]*)\)\s*$")]
    private static partial Regex TrailingBracket();

    // The dash is spaced after it ("Ann Lee - Chair", "Ann Lee- Chair") or only before it ("Ann Lee -Chair", as typed in haste);
    // a dash with no space at all joins a double-barrelled name.
    [GeneratedRegex(@"^(.+?)(?:\s*[-–—]\s+|\s+[-–—](?=\p{Lu}))(.+)$")]
    private static partial Regex DashRole();

    [GeneratedRegex(@"^(?=.*[A-Z].*[A-Z])(?:[A-Z][A-Za-z]{0,3}){1,3}$")]
    private static partial Regex Abbrev();

    [GeneratedRegex(@"^[A-Z]{2,6}$")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"^(?<name>.*\p{Ll}.*?)-(?<org>[A-Z]{2,6})$")]
    private static partial Regex GluedAcronym();

    [GeneratedRegex(@"^[A-Z]{2,3}$")]
    private static partial Regex InitialsOnly();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@"^(?<x>.+?)\s+for\s+(?<y>[A-Z].+)$")]
    private static partial Regex Substitute();

    [GeneratedRegex(@"\)(?=\p{Lu})")]
    private static partial Regex GluedBracket();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex TopLevelBracket();

    [GeneratedRegex(@"\)\s+(?<name>[A-Z][^,;()&]*?)(?=\s*(?:,|;|&|\s+and\s+|$))")]
    private static partial Regex BracketThenListedName();

    [GeneratedRegex(@"\)((?:\s+\p{Lu}{2,})*)\s+(?=\p{Lu}\p{Ll})")]
    private static partial Regex BracketThenName();

    [GeneratedRegex(@"\)\s+(?=(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Rev|Prof)\.?\s+\p{Lu})")]
    private static partial Regex BracketThenTitle();

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9._-]{1,30}$")]
    private static partial Regex Handle();

    [GeneratedRegex(@"\s*\((?<handle>@[A-Za-z0-9][\w.-]{0,38})\)")]
    private static partial Regex BracketedHandle();

    // Descriptor words that name a part of the minutes or an attendance group, never an office held by one person.
    [GeneratedRegex(@"^(?:minutes|agenda|meeting|notes|summary|proceedings|activities|signatures|status|name|role|initials|list|none|all|present|absent|apologies|attending|attendees|the|of|and|for|to|with|from)$", RegexOptions.IgnoreCase)]
    private static partial Regex DocumentWord();

    [GeneratedRegex(@"^(?:here|present|absent|excused|not\s+(?:present|here|in\s+attendance)|(?:sent\s+)?apologies)$", RegexOptions.IgnoreCase)]
    private static partial Regex RollCallAnswer();

    [GeneratedRegex(@"^(?<name>[^()]+?)\s*\((?<abbr>[^()]+)\)(?:\s*(?<colon>:))?\s+(?<role>[^()]+)$")]
    private static partial Regex BracketThenRole();

    [GeneratedRegex(@"\b(?:chair\w*|clerk|secretary|treasurer|officer|manager|director|president|member|lead|head|councillor|trustee|governor|minister|professor|spokesperson|advis[eo]r|coordinator|representative|secretariat|participant|elected|alternate|delegate|observer|guest)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RoleWordInside();

    [GeneratedRegex(@"^(?<abbr>\p{Lu}{2,4})(?::|\s*=)\s+(?<name>\p{Lu}.*)$")]
    private static partial Regex LeadingInitialsColon();
}
