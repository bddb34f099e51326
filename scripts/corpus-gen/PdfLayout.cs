namespace CorpusGen;

/// <summary>One piece of text placed on a page (baseline position).</summary>
internal sealed record TextDraw(double X, double Y, string Text, bool Bold, double Size);

/// <summary>Flows source lines onto A4 pages; table rows and paragraphs may continue onto the next page.</summary>
internal sealed class PdfLayout(Func<string, bool, double, double> measure)
{
    public const double PageWidth = 595.28;
    public const double PageHeight = 841.89;
    public const double Left = 60;
    private const double ContentWidth = PageWidth - 2 * Left;
    private const double Top = PageHeight - 72;
    private const double Bottom = 66;
    private const double ColumnGap = 22;

    private double _size = 10;
    private double _marginWidth;
    private double[] _columns = [0];
    private double _y = Top;
    private bool _twoColumn;
    private int _columnIndex;
    private double _regionTop;
    private double _lowestY = Top;

    public List<List<TextDraw>> Pages { get; } = [[]];

    public string? Header { get; private set; }

    public string? Footer { get; private set; }

    private double LineHeight => _size * 1.4;

    private double FlowLeft => _twoColumn && _columnIndex == 1 ? Left + (ContentWidth + ColumnGap) / 2 : Left;

    private double FlowWidth => _twoColumn ? (ContentWidth - ColumnGap) / 2 : ContentWidth - _marginWidth;

    public void Run(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines)
        {
            var (text, annotation) = SplitAnnotation(line.Text);
            switch (line.Tag)
            {
                case "@header": Header = line.Text; break;
                case "@footer": Footer = line.Text; break;
                case "@size": _size = double.Parse(line.Text, System.Globalization.CultureInfo.InvariantCulture); break;
                case "@margin": _marginWidth = double.Parse(line.Text, System.Globalization.CultureInfo.InvariantCulture); break;
                case "@cols": _columns = line.Text.Split(',').Select(s => double.Parse(s.Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToArray(); break;
                case "title": Paragraph("**" + text + "**", 0, 0, _size + 4, annotation, 8); break;
                case "h": Space(4); Paragraph("**" + text + "**", 0, 0, _size + 1, annotation, 4); break;
                case "p": Paragraph(text, 0, 0, _size, annotation, _size * 0.6); break;
                case "i": Paragraph(text, 28, 28, _size, annotation, _size * 0.4); break;
                case "n":
                case "nh":
                {
                    var bar = text.IndexOf('|');
                    var number = text[..bar].Trim();
                    var body = text[(bar + 1)..].Trim();
                    NumberedParagraph(number, line.Tag == "nh" ? "**" + body + "**" : body, annotation);
                    break;
                }
                case "thead": Row(line.Cells(), true); break;
                case "row": Row(line.Cells(), false); break;
                case "space": Space(double.Parse(line.Text, System.Globalization.CultureInfo.InvariantCulture)); break;
                case "pagebreak": NewPage(); break;
                case "twocol": StartTwoColumns(); break;
                case "colbreak": NextFlowArea(); break;
                case "endtwocol": EndTwoColumns(); break;
                default: throw new InvalidOperationException($"line {line.LineNumber}: unknown tag '{line.Tag}'");
            }
        }
    }

    private static (string Text, string? Annotation) SplitAnnotation(string text)
    {
        var at = text.LastIndexOf(" || ", StringComparison.Ordinal);
        return at < 0 ? (text, null) : (text[..at].TrimEnd(), text[(at + 4)..].Trim());
    }

    private void Paragraph(string text, double firstIndent, double indent, double size, string? annotation, double after)
    {
        var saved = _size;
        _size = size;
        var wrapped = Wrap(text, FlowWidth - indent, size);
        for (var i = 0; i < wrapped.Count; i++)
        {
            EnsureRoom();
            DrawLine(wrapped[i], FlowLeft + (i == 0 ? firstIndent : indent), size);
            if (i == 0 && annotation is not null)
            {
                DrawLine(InlineRun.Parse(annotation).Select(r => new Word(r.Text, r.Bold)).ToList(), Left + ContentWidth - _marginWidth + 12, size);
            }

            Advance(LineHeight);
        }

        _size = saved;
        Advance(after);
    }

    private void NumberedParagraph(string number, string text, string? annotation)
    {
        const double indent = 44;
        var wrapped = Wrap(text, FlowWidth - indent, _size);
        var numberBold = text.StartsWith("**", StringComparison.Ordinal);
        for (var i = 0; i < wrapped.Count; i++)
        {
            EnsureRoom();
            if (i == 0)
            {
                DrawLine([new Word(number, numberBold)], FlowLeft, _size);
                if (annotation is not null)
                {
                    DrawLine(InlineRun.Parse(annotation).Select(r => new Word(r.Text, r.Bold)).ToList(), Left + ContentWidth - _marginWidth + 12, _size);
                }
            }

            DrawLine(wrapped[i], FlowLeft + indent, _size);
            Advance(LineHeight);
        }

        Advance(_size * 0.6);
    }

    private void Row(IReadOnlyList<string> cells, bool header)
    {
        var cellLines = new List<List<List<Word>>>();
        for (var c = 0; c < cells.Count; c++)
        {
            var start = _columns[c];
            var end = c + 1 < _columns.Length ? _columns[c + 1] : ContentWidth;
            var text = header ? "**" + cells[c] + "**" : cells[c];
            cellLines.Add(Wrap(text, end - start - 8, _size));
        }

        var height = cellLines.Max(l => l.Count);
        for (var i = 0; i < height; i++)
        {
            EnsureRoom();
            for (var c = 0; c < cellLines.Count; c++)
            {
                if (i < cellLines[c].Count)
                {
                    DrawLine(cellLines[c][i], Left + _columns[c], _size);
                }
            }

            Advance(LineHeight);
        }

        Advance(_size * 0.5);
    }

    private void DrawLine(IReadOnlyList<Word> words, double x, double size)
    {
        var baseline = _y - size;
        var i = 0;
        while (i < words.Count)
        {
            var j = i;
            while (j + 1 < words.Count && words[j + 1].Bold == words[i].Bold)
            {
                j++;
            }

            var text = string.Join(' ', words.Skip(i).Take(j - i + 1).Select(w => w.Text));
            Pages[^1].Add(new TextDraw(x, baseline, text, words[i].Bold, size));
            x += measure(text + " ", words[i].Bold, size);
            i = j + 1;
        }
    }

    private List<List<Word>> Wrap(string text, double width, double size)
    {
        var words = new List<Word>();
        foreach (var run in InlineRun.Parse(text))
        {
            words.AddRange(run.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new Word(w, run.Bold)));
        }

        var lines = new List<List<Word>>();
        var current = new List<Word>();
        foreach (var word in words)
        {
            var candidate = current.Append(word).ToList();
            if (current.Count > 0 && LineWidth(candidate, size) > width)
            {
                lines.Add(current);
                current = [word];
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Count > 0 || lines.Count == 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private double LineWidth(IEnumerable<Word> words, double size) =>
        words.Sum(w => measure(w.Text + " ", w.Bold, size));

    private void EnsureRoom()
    {
        if (_y - LineHeight < Bottom)
        {
            NextFlowArea();
        }
    }

    private void Advance(double amount)
    {
        _y -= amount;
        _lowestY = Math.Min(_lowestY, _y);
    }

    private void Space(double amount) => Advance(amount);

    private void NextFlowArea()
    {
        if (_twoColumn && _columnIndex == 0)
        {
            _columnIndex = 1;
            _y = _regionTop;
            return;
        }

        NewPage();
    }

    private void NewPage()
    {
        Pages.Add([]);
        _y = Top;
        _lowestY = Top;
        _columnIndex = 0;
        _regionTop = Top;
    }

    private void StartTwoColumns()
    {
        _twoColumn = true;
        _columnIndex = 0;
        _regionTop = _y;
        _lowestY = _y;
    }

    private void EndTwoColumns()
    {
        _twoColumn = false;
        _columnIndex = 0;
        _y = _lowestY - _size;
    }

    private sealed record Word(string Text, bool Bold);
}
