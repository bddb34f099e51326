namespace MinutesIngest.Core.Extraction.Docx;

/// <summary>
/// A paragraph's visible text, with the explicit page breaks it holds split into those before any
/// text (the paragraph starts a new page) and those after (the next block starts a new page).
/// </summary>
internal sealed record WordParagraphContent(string Text, int PageBreaksBefore, int PageBreaksAfter);
