using MinutesIngest.Core.Minutes;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

/// <summary>
/// Finds numbered items in reading order. A sequence check keeps numbered lists inside an item's text
/// (a restart after a colon, nested auto-numbered answers) and stray numbers out.
/// </summary>
public sealed class ItemParser
{
    /// <summary>The items, each with the index of the line that starts it.</summary>
    public IReadOnlyList<(AgendaItem Item, int LineIndex)> Parse(IReadOnlyList<DocLine> lines)
    {
        var found = new List<(AgendaItem Item, int Line)>();
        var state = new SequenceState();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.IsMargin) continue;
            if (!line.StartsBlock && line.Number == null && line.Origin != LineOrigin.Paragraph && line.Origin != LineOrigin.TableCell) continue;
            // Bullets are never items, whatever their text starts with.
            if (line.Origin == LineOrigin.ListItem && line.Number == null) continue;
            var numbered = NumberedLineReader.Read(line.Text, line.Number);
            if (numbered == null) continue;
            // Numbers typed into prose start a title, not a sentence running on in lower case ("3.1 release is planned").
            if (line.Number == null && numbered.Rest.Length > 0 && char.IsLower(numbered.Rest[0])) continue;
            // A bare number on its own line takes the next line as its title.
            var rest = numbered.Rest;
            var next = i + 1 < lines.Count ? lines[i + 1].Text : null;
            if (rest.Length == 0 && next == null) continue;
            var number = state.Accept(numbered, line, PreviousText(lines, i), found.Count == 0 ? null : found[^1].Line, i, lines);
            if (number == null) continue;
            if (state.AgendaRestart)
            {
                found.Clear();
                state.AgendaRestart = false;
            }
            var title = ItemTitle.From(rest, rest.Length == 0 ? next : null);
            found.Add((new AgendaItem { Number = number, Title = title }, i));
        }
        return found.Select((f, k) => (f.Item with { Text = Body(lines, f.Line, k + 1 < found.Count ? found[k + 1].Line : lines.Count) }, f.Line)).ToList();
    }

    private static string? PreviousText(IReadOnlyList<DocLine> lines, int i) => i > 0 ? lines[i - 1].Text : null;

    private static string Body(IReadOnlyList<DocLine> lines, int from, int to) =>
        string.Join("\n", lines.Skip(from).Take(to - from).Where(l => !l.IsMargin).Select(l => l.Text));

    /// <summary>The running numbering context: the current top-level number, the parent of a restarted sub-list.</summary>
    private sealed class SequenceState
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

        public string? Accept(NumberedLine n, DocLine line, string? previous, int? lastItemLine, int lineIndex, IReadOnlyList<DocLine> lines)
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

        private string? AcceptCore(NumberedLine n, DocLine line, string? previous, int lineIndex, IReadOnlyList<DocLine> lines)
        {
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
            if (value > _top && value <= _top + 5) { Top(value, n); return n.Number; }
            if (value == _top && line.StartsBlock && n.HasDelimiter == (_topDelimited ?? n.HasDelimiter) && n.Rest.Length > 0 && IsHeadingLike(n.Rest) && _lastDecimal != _top.ToString())
                return n.Number;
            if (value == 1 && _top >= 1 && !inTextList && line.StartsBlock && n.HasDelimiter == (_topDelimited ?? true))
            {
                // A numbered agenda at the top coming back as sections: count the sections only.
                if (_allCompact && _itemCount >= 3 && _firstTop == 1)
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

        private string? AcceptLetter(NumberedLine n, DocLine line, bool inTextList)
        {
            if (_lastDecimal == null || inTextList) return null;
            if (line.Origin == LineOrigin.ListItem && line.Level > 0 && !(line.Number?.Contains('.') == true && line.Number.TrimEnd('.').Contains('.'))) return null;
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
