using System.Text;
using MinutesIngest.Core.Documents;

namespace MinutesIngest.Core.Extraction.Html;

/// <summary>Collects the inline text of one paragraph; source whitespace collapses, &lt;br&gt; becomes a kept line break.</summary>
internal sealed class HtmlInlineBuffer
{
    private readonly StringBuilder _text = new();
    private string? _marginNote;

    /// <summary>Adds decoded text; its line breaks and tabs are only source formatting.</summary>
    public void AppendText(string decoded)
    {
        foreach (var c in decoded)
        {
            if (HtmlText.IsIgnorable(c)) continue;
            _text.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
    }

    /// <summary>A rendered line break (&lt;br&gt;).</summary>
    public void AppendLineBreak() => _text.Append('\n');

    /// <summary>A short note set apart at the paragraph's right edge (see <see cref="HtmlMarginNote"/>).</summary>
    public void SetMarginNote(string note) => _marginNote = note;

    /// <summary>
    /// Ends the current paragraph, adding it to <paramref name="sink"/> when it has text. A margin note beside a short line
    /// (a name, a label) is not a margin: it stays part of the text.
    /// </summary>
    public void FlushTo(List<Block> sink)
    {
        var note = _marginNote;
        _marginNote = null;
        if (TakeLines() is not { } text)
        {
            if (note != null) sink.Add(new ParagraphBlock(note));
            return;
        }
        var lastLine = text[(text.LastIndexOf('\n') + 1)..];
        if (note != null && lastLine.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length < MarginNoteText.ProseWords)
        {
            sink.Add(new ParagraphBlock(text + " " + note));
            return;
        }
        sink.Add(new ParagraphBlock(text) { MarginNote = note });
    }

    // The collected lines, each collapsed and trimmed, blank lines dropped; null when there is no text. Empties the buffer.
    private string? TakeLines()
    {
        if (_text.Length == 0) return null;
        var lines = _text.ToString().Split('\n').Select(HtmlText.Collapse).Where(l => l.Length > 0).ToList();
        _text.Clear();
        return lines.Count == 0 ? null : string.Join("\n", lines);
    }
}
