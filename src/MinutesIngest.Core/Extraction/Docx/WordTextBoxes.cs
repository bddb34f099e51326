using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>Finds the text boxes anchored in a paragraph, each once although Word stores a DrawingML and a VML copy.</summary>
internal static class WordTextBoxes
{
    public static IEnumerable<TextBoxContent> In(Paragraph paragraph)
    {
        var found = new List<TextBoxContent>();
        Collect(paragraph, found);
        return found;
    }

    private static void Collect(OpenXmlElement element, List<TextBoxContent> found)
    {
        foreach (var child in element.ChildElements)
        {
            switch (child)
            {
                // Boxes inside this box are found when its own paragraphs are read.
                case TextBoxContent box: found.Add(box); break;
                case AlternateContent alternate: CollectFirstAlternative(alternate, found); break;
                case ParagraphProperties or RunProperties or DeletedRun or MoveFromRun: break;
                default: Collect(child, found); break;
            }
        }
    }

    // mc:Choice (DrawingML) and mc:Fallback (VML) hold the same box: use the first branch that has one.
    private static void CollectFirstAlternative(AlternateContent alternate, List<TextBoxContent> found)
    {
        foreach (var branch in alternate.ChildElements)
        {
            var before = found.Count;
            Collect(branch, found);
            if (found.Count > before) return;
        }
    }
}
