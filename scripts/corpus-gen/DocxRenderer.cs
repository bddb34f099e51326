using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusGen;

/// <summary>Renders a DOCX source description with the Open XML SDK, keeping list numbers in numbering.xml only.</summary>
internal static partial class DocxRenderer
{
    [GeneratedRegex(@"^n(\d) (\S+)$")]
    private static partial Regex NumberedTag();

    [GeneratedRegex(@"^s (\S+)$")]
    private static partial Regex StyledTag();

    public static byte[] Render(IReadOnlyList<SourceLine> lines)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            main.Document = new Document(body);
            var numbering = new DocxNumbering();
            var paragraphStyles = new List<Style>();
            string? header = null;
            string? footer = null;

            for (var i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                Match m;
                switch (line.Tag)
                {
                    case "@header":
                        header = line.Text;
                        break;
                    case "@footer":
                        footer = line.Text;
                        break;
                    case "@list":
                    {
                        var parts = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        numbering.Define(parts[0], parts[1], parts.Length > 2 && parts[2] == "via-style");
                        break;
                    }
                    case "@stylelist":
                    {
                        // Style-linked numbering: the paragraph style carries numPr, the paragraphs only name the style.
                        var parts = line.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
                        paragraphStyles.Add(new Style(
                            new StyleName { Val = parts[0] },
                            new BasedOn { Val = "Normal" },
                            new StyleParagraphProperties(
                                new KeepNext(),
                                new NumberingProperties(
                                    new NumberingLevelReference { Val = int.Parse(parts[2]) },
                                    new NumberingId { Val = numbering.NumIdOf(parts[1]) }),
                                new SpacingBetweenLines { Before = "160", After = "60" }),
                            new StyleRunProperties(new Bold()))
                        { Type = StyleValues.Paragraph, StyleId = parts[0], CustomStyle = true });
                        break;
                    }
                    case "title":
                        body.Append(Para(line.Text, "Title"));
                        break;
                    case "h":
                        body.Append(Para(line.Text, "Heading1"));
                        break;
                    case "p":
                        body.Append(Para(line.Text, null));
                        break;
                    case "pagebreak":
                        body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
                        break;
                    case "table":
                    case "table header":
                    {
                        var rows = new List<SourceLine>();
                        while (lines[++i].Tag != "end")
                        {
                            rows.Add(lines[i]);
                        }

                        body.Append(DocxTable.Build(rows, line.Tag == "table header"));
                        body.Append(new Paragraph());
                        break;
                    }
                    default:
                        if ((m = NumberedTag().Match(line.Tag)).Success)
                        {
                            var p = Para(line.Text, null);
                            p.ParagraphProperties ??= new ParagraphProperties();
                            p.ParagraphProperties.NumberingProperties = new NumberingProperties(
                                new NumberingLevelReference { Val = int.Parse(m.Groups[1].Value) },
                                new NumberingId { Val = numbering.NumIdOf(m.Groups[2].Value) });
                            body.Append(p);
                        }
                        else if (line.Tag.StartsWith("restart ", StringComparison.Ordinal))
                        {
                            numbering.Restart(line.Tag["restart ".Length..].Trim());
                        }
                        else if ((m = StyledTag().Match(line.Tag)).Success)
                        {
                            body.Append(Para(line.Text, m.Groups[1].Value));
                        }
                        else
                        {
                            throw new InvalidOperationException($"line {line.LineNumber}: unknown tag '{line.Tag}'");
                        }

                        break;
                }
            }

            var stylesPart = main.AddNewPart<StyleDefinitionsPart>();
            stylesPart.Styles = DocxStyles.Build(paragraphStyles, numbering.NumberingStyles);
            if (!numbering.IsEmpty)
            {
                main.AddNewPart<NumberingDefinitionsPart>().Numbering = numbering.Build();
            }

            var section = new SectionProperties();
            if (header is not null)
            {
                var part = main.AddNewPart<HeaderPart>();
                part.Header = new Header(FieldParagraph(header, "Header"));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            if (footer is not null)
            {
                var part = main.AddNewPart<FooterPart>();
                part.Footer = new Footer(FieldParagraph(footer, "Footer"));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(part) });
            }

            section.Append(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1134, Bottom = 1134, Left = 1134, Right = 1134, Header = 567, Footer = 567, Gutter = 0 });
            body.Append(section);
        }

        return stream.ToArray();
    }

    /// <summary>A paragraph of runs; "**" toggles bold.</summary>
    internal static Paragraph Para(string text, string? style)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.ParagraphProperties = new ParagraphProperties(new ParagraphStyleId { Val = style });
        }

        foreach (var run in InlineRun.Parse(text))
        {
            var r = new Run();
            if (run.Bold)
            {
                r.RunProperties = new RunProperties(new Bold());
            }

            r.Append(new Text(run.Text) { Space = SpaceProcessingModeValues.Preserve });
            paragraph.Append(r);
        }

        return paragraph;
    }

    // {PAGE} and {NUMPAGES} become simple fields so the page number is rendered, not stored.
    private static Paragraph FieldParagraph(string text, string style)
    {
        var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        foreach (var piece in Regex.Split(text, @"(\{PAGE\}|\{NUMPAGES\})"))
        {
            if (piece is "{PAGE}" or "{NUMPAGES}")
            {
                paragraph.Append(new SimpleField(new Run(new Text("1"))) { Instruction = piece.Trim('{', '}') });
            }
            else if (piece.Length > 0)
            {
                paragraph.Append(new Run(new Text(piece) { Space = SpaceProcessingModeValues.Preserve }));
            }
        }

        return paragraph;
    }
}
