using System.Text.RegularExpressions;
using MinutesIngest.Core.Parsing.Lexicon;
using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Parsing.Items;

public sealed partial class ItemParser
{
    private sealed partial class SequenceState
    {
        /// <summary>How far ahead the next letter of a lettered run is looked for.</summary>
        private const int SiblingLookahead = 300;

        private char _topLetter;         // last letter of a lettered section ('\0' outside one)
        private string? _sectionLetter;  // that letter as printed, the parent of its sub-points ("C" → "C.i")

        // Items lettered under unnumbered section headings ("OLD BUSINESS", then "A) …", "B) …"): the letters restart in each
        // section and are kept as printed. Only without numbers before them: under a numbered item, letters are its parts
        // ("7.a") even below an unnumbered sub-heading. A run from an upper-case "A" is such a list; a lower-case one opens
        // only directly under a section heading.
        private string? AcceptSectionLetter(NumberedLine n, DocLine line, bool inTextList)
        {
            // Under top-level numerals (I., II.) letters are their parts ("II.A"); nested list entries are never a section's items.
            var underNumerals = _top == 0 && _lastDecimal != null;
            if (underNumerals || (line.Origin == LineOrigin.ListItem && line.Level > 0)) return null;
            var letter = SectionLetterOf(n);
            if (letter == '\0') return null;
            var index = line.Index;
            bool accept;
            if (char.ToLowerInvariant(letter) == 'a')
            {
                var underHeading = index > 0 && index - 1 != _lastItemLine && SectionHeading.Is(_lines[index - 1]);
                var unnumbered = (_lastDecimal == null && _top == 0) || _topLetter != '\0';
                accept = unnumbered && (underHeading || (char.IsUpper(letter) && !inTextList))
                         && (IsShortHeading(n.Rest) || SiblingFollows(index, letter));
            }
            else
            {
                // Once a run is open, an entry whose heading runs on into prose ("B) Pool – opening set for May.") continues it.
                accept = _topLetter != '\0' && letter == _topLetter + 1 && !inTextList
                         && (IsShortHeading(n.Rest) || HeadingRunsIn().IsMatch(n.Rest) || SiblingFollows(index, letter));
            }
            if (!accept) return null;
            _topLetter = letter;
            _sectionLetter = n.Number;
            _subLetter = '\0';
            _subParent = null;
            _restartParent = -1;
            _romanCount = 0;
            return n.Number;
        }

        private void LeaveLetteredSections()
        {
            _topLetter = '\0';
            _sectionLetter = null;
        }

        // A single letter label; "I)" or "V." right after "H)" or "U." is that letter, not a roman numeral.
        private char SectionLetterOf(NumberedLine n)
        {
            if (n.Number.Length != 1 || !char.IsLetter(n.Number[0])) return '\0';
            var c = n.Number[0];
            if (n.Scheme == NumberScheme.Letter) return c;
            return _topLetter != '\0' && c == _topLetter + 1 ? c : '\0';
        }

        // The next letter of the run follows later, before the run restarts or numbered items take over.
        private bool SiblingFollows(int index, char letter)
        {
            for (var j = index + 1; j < _lines.Count && j - index <= SiblingLookahead; j++)
            {
                var line = _lines[j];
                if (!line.StartsBlock || line.IsMargin) continue;
                var next = NumberedLineReader.Read(line.Text, line.Number);
                if (next == null) continue;
                if (next.Scheme == NumberScheme.Decimal && next.Parts.Count == 1 && line.Number == null && next.Rest.Length > 0 && char.IsLower(next.Rest[0])) continue;
                if (next.Scheme == NumberScheme.Decimal) return false;
                if (next.Number.Length != 1) continue;
                if (next.Number[0] == letter + 1) return true;
                if (next.Number[0] == letter) return false;
            }
            return false;
        }

        // "Web Hosting – the quote was accepted", "Pool: opening set for May": a short heading, then a dash or colon and prose.
        [GeneratedRegex(@"^[A-Z][\w'’&/,()]*(?:\s+[\w'’&/,()]+){0,7}?\s*(?:[-–—]|:)\s+\S")]
        private static partial Regex HeadingRunsIn();
    }
}
