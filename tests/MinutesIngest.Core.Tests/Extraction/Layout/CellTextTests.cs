using MinutesIngest.Core.Extraction.Layout;

namespace MinutesIngest.Core.Tests.Extraction.Layout;

/// <summary>How the lines of one table cell are joined: wrapped text, words broken in a narrow column, lines ended on purpose.</summary>
public class CellTextTests
{
    // Each line is "word@left-right" pieces separated by spaces; the column is 40 points wide.
    public static TheoryData<string, string[], string> Cells() => new()
    {
        { "a word too wide for its column broken between letters", ["Prese@0-40", "nt@0-10"], "Present" },
        { "an e-mail address broken before its last letters", ["ann.lee@example.or@0-40", "g@0-5"], "ann.lee@example.org" },
        { "a wrapped phrase keeps its space", ["Vice@0-18 Chair@20-40", "elect@0-20"], "Vice Chair elect" },
        { "a short word that ends before the edge keeps its space", ["Dev@0-15", "van@0-14 Tait@16-30"], "Dev van Tait" },
        { "a capital on the next line is not a broken word", ["Annabelle@0-40", "Quill@0-25"], "Annabelle Quill" },
        { "a whole word wrapped under the widest word of a narrow column", ["Trust@0-20", "maintenance@0-40", "lead@0-16"], "Trust maintenance lead" },
        { "a short word of its own wrapped under the widest word", ["Treasurer@0-40", "of@0-8 the@10-22 club@24-40"], "Treasurer of the club" },
        { "an address broken after a dot goes on", ["ann@mail.exampl@0-40", "e.org@0-20"], "ann@mail.example.org" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Joins_the_lines_of_a_cell(string name, string[] lines, string expected)
    {
        var words = lines.Select((line, k) => line.Split(' ').Select(piece =>
        {
            var at = piece.LastIndexOf('@');
            var span = piece[(at + 1)..].Split('-');
            double top = 100 - 12 * k;
            return new PdfWord(piece[..at], double.Parse(span[0]), double.Parse(span[1]), top - 10, top, top - 8, 10, false);
        }).ToList()).ToList();
        var got = TableAssembler.CellText(words, 40);
        Assert.True(got == expected, $"{name}: got [{got}]");
    }
}
