using DocumentFormat.OpenXml.Wordprocessing;

namespace CorpusGen;

/// <summary>The styles part: Normal, Title, Heading1, Header, Footer, table grid and the source's own styles.</summary>
internal static class DocxStyles
{
    public static Styles Build(IEnumerable<Style> paragraphStyles, IEnumerable<Style> numberingStyles)
    {
        var styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Liberation Sans", HighAnsi = "Liberation Sans" },
                    new FontSize { Val = "21" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "100" }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            Heading("Title", "Title", "32"),
            Heading("Heading1", "heading 1", "24"),
            new Style(new StyleName { Val = "header" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Header" },
            new Style(new StyleName { Val = "footer" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Footer" },
            new Style(
                new StyleName { Val = "Table Grid" },
                new StyleTableProperties(new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4 },
                    new BottomBorder { Val = BorderValues.Single, Size = 4 },
                    new LeftBorder { Val = BorderValues.Single, Size = 4 },
                    new RightBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })))
            { Type = StyleValues.Table, StyleId = "TableGrid" });
        foreach (var style in paragraphStyles.Concat(numberingStyles))
        {
            styles.Append(style);
        }

        return styles;
    }

    private static Style Heading(string id, string name, string halfPoints) =>
        new(
            new StyleName { Val = name },
            new BasedOn { Val = "Normal" },
            new PrimaryStyle(),
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "120" }),
            new StyleRunProperties(new Bold(), new FontSize { Val = halfPoints }))
        { Type = StyleValues.Paragraph, StyleId = id };
}
