using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// Finds numbered items in reading order. A sequence check keeps numbered lists inside an item's text
/// (a restart after a colon, nested auto-numbered answers) and stray numbers out.
/// </summary>
public sealed partial class ItemParser
{
    /// <summary>The items, each with the line (and character offset in it) where it starts.</summary>
    public IReadOnlyList<FoundItem> Parse(IReadOnlyList<DocLine> lines, IReadOnlySet<int>? skipBlocks = null, IReadOnlySet<int>? skipLines = null)
    {
        var found = new List<FoundItem>();
        var state = new SequenceState();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsMargin || skipBlocks?.Contains(line.Block) == true || skipLines?.Contains(i) == true) continue;
            // Bullets are never items, whatever their text starts with.
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            var offset = 0;
            var text = line.Text;
            var label = line.Number;
            var atLineStart = true;
            while (text.Length > 0)
            {
                var eligible = !atLineStart || line.StartsBlock || label != null || line.Origin is LineOrigin.Paragraph or LineOrigin.TableCell;
                var accepted = eligible ? TryAccept(lines, i, text, label, state, found, embeddedAt: !atLineStart) : null;
                if (!atLineStart && accepted == null) break;
                var restStart = accepted == null ? 0 : text.Length - accepted.Rest.Length;
                // Minutes crammed into one paragraph: the next item's number can sit inside this line.
                var embedded = state.FindEmbedded(text, restStart, requireSentenceEnd: accepted == null);
                if (accepted != null)
                {
                    var rest = (embedded < 0 ? text[restStart..] : text[restStart..embedded]).Trim();
                    var next = i + 1 < lines.Count && embedded < 0 ? lines[i + 1].Text : null;
                    // A title that wraps onto the next line of its block continues in lower case.
                    if (rest.Length > 0 && next != null && !lines[i + 1].StartsBlock && lines[i + 1].Block == line.Block
                        && char.IsLower(next[0]) && !rest.EndsWith('.') && !rest.EndsWith(':') && rest.Split(' ').Length + next.Split(' ').Length <= 20)
                        rest = rest + " " + next;
                    var title = ItemTitle.From(rest, rest.Length == 0 ? next : null);
                    found[^1] = found[^1] with { Item = found[^1].Item with { Title = title }, Offset = offset };
                    state.FirstTitle ??= title;
                }
                if (embedded < 0) break;
                offset += embedded;
                text = text[embedded..];
                label = null;
                atLineStart = false;
            }
        }
        return found.Select((f, k) => f with { Item = f.Item with { Text = Body(lines, f.Line, k + 1 < found.Count ? found[k + 1].Line : lines.Count) } }).ToList();
    }

    private static NumberedLine? TryAccept(IReadOnlyList<DocLine> lines, int i, string text, string? label, SequenceState state,
        List<FoundItem> found, bool embeddedAt = false)
    {
        var line = lines[i];
        var numbered = NumberedLineReader.Read(text, label);
        if (numbered == null) return null;
        // Numbers typed into prose start a title, not a sentence running on in lower case ("3.1 release is planned").
        if (label == null && numbered.Rest.Length > 0 && char.IsLower(numbered.Rest[0])) return null;
        if (numbered.Rest.Length == 0 && i + 1 >= lines.Count) return null;
        var number = state.Accept(numbered, embeddedAt ? line with { StartsBlock = true } : line, embeddedAt ? null : PreviousText(lines, i), i, lines);
        if (number == null) return null;
        if (state.AgendaRestart)
        {
            found.Clear();
            state.AgendaRestart = false;
            state.FirstTitle = null;
        }
        found.Add(new FoundItem(new AgendaItem { Number = number, Title = null }, i, 0));
        return numbered;
    }

    private static string? PreviousText(IReadOnlyList<DocLine> lines, int i) => i > 0 ? lines[i - 1].Text : null;

    private static string Body(IReadOnlyList<DocLine> lines, int from, int to) =>
        string.Join("\n", lines.Skip(from).Take(to - from).Where(l => !l.IsMargin).Select(l => l.Text));

    /// <summary>The running numbering context: the current top-level number, the parent of a restarted sub-list.</summary>
    private sealed partial class SequenceState
    {
        private int _top;                 // last top-level decimal number
        private string? _lastDecimal;     // last accepted decimal item number ("6.1")
        private bool? _topDelimited;      // whether top-level numbers are written "1." rather than "1"
        private int _restartParent = -1;  // top-level number a restarted "1., 2." list hangs under
        private int _restartCount;
        private char _subLetter;          // last letter/roman sibling
        private string? _subParent;
        private int _lastItemLine = -1;
        private int _itemCount;
        private bool _allCompact = true;
        private int? _firstTop;
        public bool AgendaRestart { get; set; }

        /// <summary>Title of the first item found, to recognise an agenda coming back as sections.</summary>
        public string? FirstTitle { get; set; }

        private static double TitleOverlap(string a, string b)
        {
            var ta = a.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            var tb = b.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            return ta.Count + tb.Count == 0 ? 0 : (double)ta.Intersect(tb).Count() / ta.Union(tb).Count();
        }

        /// <summary>
        /// Where in <paramref name="text"/> (after <paramref name="from"/>) the number the sequence expects next starts,
        /// or -1. Inside prose it must follow a sentence end.
        /// </summary>
        public int FindEmbedded(string text, int from, bool requireSentenceEnd)
        {
            if (_top == 0) return -1;
            foreach (System.Text.RegularExpressions.Match m in EmbeddedNumber().Matches(text, Math.Min(from, text.Length)))
            {
                if (m.Index == 0) continue;
                var before = text[..m.Index].TrimEnd();
                if (requireSentenceEnd && !(before.EndsWith('.') || before.EndsWith(':') || before.EndsWith('!') || before.EndsWith('?'))) continue;
                // Only the number and a little of what follows matter; a window keeps huge one-line documents linear.
                var n = NumberedLineReader.Read(text.Substring(m.Index, Math.Min(160, text.Length - m.Index)));
                if (n != null && IsExpected(n)) return m.Index;
            }
            return -1;
        }

        private bool IsExpected(NumberedLine n)
        {
            if (n.Scheme == NumberScheme.Decimal)
            {
                var parts = n.Parts;
                if (parts.Count == 1) return n.HasDelimiter && (parts[0] == _top + 1 || (_restartParent >= 0 && parts[0] == _restartCount + 1));
                var last = (_lastDecimal ?? "").Split('.').Select(x => int.TryParse(x, out var v) ? v : -1).ToArray();
                if (parts.Count == last.Length + 1 && parts[^1] == 1 && parts.Take(last.Length).SequenceEqual(last)) return true;
                for (var depth = Math.Min(parts.Count, last.Length); depth >= 2; depth--)
                    if (parts.Count == depth && parts.Take(depth - 1).SequenceEqual(last.Take(depth - 1)) && parts[depth - 1] == last[depth - 1] + 1) return true;
                return parts[0] == _top + 1 && parts.Skip(1).All(p => p == 1);
            }
            if (n.Scheme is NumberScheme.Roman or NumberScheme.Letter)
            {
                var lower = n.Number.ToLowerInvariant();
                if (_subLetter == '\0') return lower is "i" or "a";
                if (_subLetter == 'r') return RomanValue(lower) == _romanCount + 1;
                return lower.Length == 1 && lower[0] == _subLetter + 1;
            }
            return false;
        }

        [System.Text.RegularExpressions.GeneratedRegex(@"(?<=\s)(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|[ivx]{1,4}\.|[a-h][.)])\s+(?=[A-Z0-9£""'‘“(])")]
        private static partial System.Text.RegularExpressions.Regex EmbeddedNumber();

        public string? Accept(NumberedLine n, DocLine line, string? previous, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            var result = AcceptCore(n, line, previous, lineIndex, lines);
            if (result != null)
            {
                if (_lastItemLine >= 0 && lineIndex - _lastItemLine > 2) _allCompact = false;
                _lastItemLine = lineIndex;
                _itemCount++;
            }
            return result;
        }

        private IReadOnlyList<DocLine> _lines = [];

        private string? AcceptCore(NumberedLine n, DocLine line, string? previous, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            _lines = lines;
            var inTextList = previous != null && previous.TrimEnd().EndsWith(':') && line.Number == null && _lastItemLine != lineIndex - 1;
            switch (n.Scheme)
            {
                case NumberScheme.Slash:
                case NumberScheme.Labelled:
                    _restartParent = -1;
                    return n.Number;
                case NumberScheme.Decimal:
                    return AcceptDecimal(n, line, inTextList, lineIndex, lines);
                default:
                    return AcceptLetter(n, line, inTextList);
            }
        }

        private string? AcceptDecimal(NumberedLine n, DocLine line, bool inTextList, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            var parts = n.Parts;
            // Nested auto-numbered answers ("1." at level 2 of a Word list) are discussion points, not items.
            if (line.Origin == LineOrigin.ListItem && line.Level > 0 && parts.Count == 1 && _top > 0) return null;
            if (parts.Count > 1)
            {
                if (_top != 0 && (parts[0] < _top || parts[0] > _top + 5)) return null;
                if (parts[0] > 200) return null;
                _top = parts[0];
                _restartParent = -1;
                _lastDecimal = n.Number;
                _subLetter = '\0';
                return n.Number;
            }
            var value = parts[0];
            if (_top == 0)
            {
                if (value > 30) return null;
                Top(value, n);
                return n.Number;
            }
            if (_restartParent >= 0)
            {
                if (value == _restartCount + 1 && !(value == _restartParent + 1 && !NextRepeats(value, lineIndex, lines)))
                {
                    _restartCount = value;
                    _lastDecimal = $"{_restartParent}.{value}";
                    return _lastDecimal;
                }
                if (value > _restartParent && value <= _restartParent + 5) { _restartParent = -1; Top(value, n); return n.Number; }
                return null;
            }
            // A numbered list inside an item's text ("considered: 1. … 2. …") goes on until its numbering stops.
            if (_textList > 0 && value == _textList + 1 && (value != _top + 1 || ReappearsLater(value, lineIndex, lines)))
            {
                _textList = value;
                return null;
            }
            _textList = 0;
            if (value > _top && value <= _top + 5) { Top(value, n); return n.Number; }
            // A number printed twice is kept twice, but a stray repeat directly under its item is part of it.
            if (value == _top && line.StartsBlock && n.HasDelimiter == (_topDelimited ?? n.HasDelimiter) && n.Rest.Length > 0 && IsHeadingLike(n.Rest)
                && (lineIndex - _lastItemLine > 1 || _lastDecimal != _top.ToString()))
                return n.Number;
            if (value == 1 && inTextList) { _textList = 1; return null; }
            if (value == 1 && _top >= 1 && !inTextList && line.StartsBlock && n.HasDelimiter == (_topDelimited ?? true))
            {
                // A numbered agenda at the top coming back as sections: count the sections only.
                if (_allCompact && _itemCount >= 3 && _firstTop == 1 && FirstTitle != null
                    && TitleOverlap(ItemTitle.From(n.Rest, null) ?? "", FirstTitle) >= 0.5)
                {
                    AgendaRestart = true;
                    _allCompact = true;
                    _itemCount = 0;
                    Top(1, n);
                    return n.Number;
                }
                _restartParent = _top;
                _restartCount = 1;
                _lastDecimal = $"{_top}.1";
                return _lastDecimal;
            }
            return null;
        }

        private int _textList;

        // True when the same top-level number is printed again before the numbering moves past it.
        private static bool ReappearsLater(int value, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            for (var j = lineIndex + 1; j < lines.Count; j++)
            {
                if (!lines[j].StartsBlock) continue;
                var next = NumberedLineReader.Read(lines[j].Text, lines[j].Number);
                if (next is not { Scheme: NumberScheme.Decimal } || next.Parts.Count != 1) continue;
                if (next.Parts[0] == value) return true;
                if (next.Parts[0] > value + 1) return false;
            }
            return false;
        }

        private bool NextRepeats(int value, int lineIndex, IReadOnlyList<DocLine> lines)
        {
            for (var j = lineIndex + 1; j < lines.Count; j++)
            {
                var next = NumberedLineReader.Read(lines[j].Text, lines[j].Number);
                if (next is { Scheme: NumberScheme.Decimal } && next.Parts.Count == 1 && lines[j].StartsBlock)
                    return next.Parts[0] == value;
            }
            return false;
        }

        private void Top(int value, NumberedLine n)
        {
            _top = value;
            _firstTop ??= value;
            _topDelimited ??= n.HasDelimiter;
            _lastDecimal = n.Number;
            _subLetter = '\0';
            _subParent = null;
        }

        private int _topRoman;

        private string? AcceptLetter(NumberedLine n, DocLine line, bool inTextList)
        {
            // Minutes numbered I., II., III. at the top level, with lettered sub-items ("II.A").
            if (_top == 0 && n.Scheme == NumberScheme.Roman && n.Number.All(char.IsUpper) && !inTextList
                && RomanValue(n.Number.ToLowerInvariant()) == _topRoman + 1 && (line.Origin != LineOrigin.ListItem || line.Level == 0))
            {
                _topRoman++;
                _lastDecimal = n.Number;
                _subLetter = '\0';
                _subParent = null;
                return n.Number;
            }
            if (_lastDecimal == null || inTextList) return null;
            // A nested lettered list entry is a sub-heading only when it is short and prose follows it; otherwise it numbers an answer.
            if (line.Origin == LineOrigin.ListItem && line.Level > 0 && !(line.Number?.Contains('.') == true && line.Number.TrimEnd('.').Contains('.'))
                && !(n.Rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 8 && !n.Rest.EndsWith('.') && line.Row < 0
                     && line.Index + 1 < _lines.Count && _lines[line.Index + 1].Origin != LineOrigin.ListItem)) return null;
            var label = n.Number;
            var lower = label.ToLowerInvariant();
            var isRomanSeq = n.Scheme == NumberScheme.Roman && !(lower.Length == 1 && _subLetter != '\0' && _subLetter != 'r' && lower[0] == _subLetter + 1);
            var parent = _subParent ?? _lastDecimal;
            if (isRomanSeq)
            {
                var value = RomanValue(lower);
                var expected = _subLetter == 'r' ? _romanCount + 1 : 1;
                if (value != expected) return null;
                _subLetter = 'r';
                _romanCount = value;
            }
            else
            {
                var c = lower[0];
                var expected = _subLetter is '\0' or 'r' ? 'a' : (char)(_subLetter + 1);
                if (c != expected) return null;
                _subLetter = c;
            }
            _subParent = parent;
            return $"{parent}.{label}";
        }

        private int _romanCount;

        private static int RomanValue(string s) => s switch
        {
            "i" => 1, "ii" => 2, "iii" => 3, "iv" => 4, "v" => 5, "vi" => 6, "vii" => 7, "viii" => 8, "ix" => 9, "x" => 10,
            "xi" => 11, "xii" => 12, "xiii" => 13, _ => 0,
        };

        private static bool IsHeadingLike(string rest) => rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 12;
    }
}
