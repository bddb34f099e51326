using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Tests.Parsing.Lexicon;

/// <summary>Every item-label scheme the grammar knows, read from invented lines, and the text that must not read as a label.</summary>
public sealed class ItemLabelGrammarTests
{
    [Theory]
    [InlineData("1. Apologies", "1", NumberScheme.Decimal, "Apologies")]
    [InlineData("1) Apologies", "1", NumberScheme.Decimal, "Apologies")]
    [InlineData("(1) Apologies", "1", NumberScheme.Decimal, "Apologies")]
    [InlineData("01 Apologies", "01", NumberScheme.Decimal, "Apologies")]
    [InlineData("1.2.3 Street lighting", "1.2.3", NumberScheme.Decimal, "Street lighting")]
    [InlineData("IX. Correspondence", "IX", NumberScheme.Roman, "Correspondence")]
    [InlineData("IX(a) Correspondence received", "IX.a", NumberScheme.Roman, "Correspondence received")]
    [InlineData("B. New business", "B", NumberScheme.Letter, "New business")]
    [InlineData("1-A Highways", "1-A", NumberScheme.Compound, "Highways")]
    [InlineData("4C Footpaths", "4C", NumberScheme.Compound, "Footpaths")]
    [InlineData("Item 4.B Highways", "4.B", NumberScheme.Labelled, "Highways")]
    [InlineData("Agenda item 7 Correspondence", "7", NumberScheme.Labelled, "Correspondence")]
    [InlineData("Minute 45 Finance", "45", NumberScheme.Labelled, "Finance")]
    [InlineData("MIN 2/2025: Budget", "2/2025", NumberScheme.Labelled, "Budget")]
    [InlineData("MIN1/2025 PRELIMINARIES", "1/2025", NumberScheme.Labelled, "PRELIMINARIES")]
    [InlineData("Min. 12/24 Finance", "12/24", NumberScheme.Labelled, "Finance")]
    [InlineData("23/045 Planning", "23/045", NumberScheme.Slash, "Planning")]
    [InlineData("14/037: Minutes of the last meeting", "14/037", NumberScheme.Slash, "Minutes of the last meeting")]
    [InlineData("FIC/23/112 Budget monitoring", "FIC/23/112", NumberScheme.Reference, "Budget monitoring")]
    [InlineData("BD/21/07 Risk register", "BD/21/07", NumberScheme.Reference, "Risk register")]
    [InlineData("CAB.45/23 Housing strategy", "CAB.45/23", NumberScheme.Reference, "Housing strategy")]
    [InlineData("TC/22/118(b) Play area", "TC/22/118(b)", NumberScheme.Reference, "Play area")]
    [InlineData("GB 12/2024 Declarations of interest", "GB 12/2024", NumberScheme.Reference, "Declarations of interest")]
    [InlineData("PB(3)2 Data sharing", "PB(3)2", NumberScheme.Reference, "Data sharing")]
    [InlineData("PB(3)4.ii Open data review", "PB(3)4.ii", NumberScheme.Reference, "Open data review")]
    [InlineData("| 2. Minutes of the last meeting", "2", NumberScheme.Decimal, "Minutes of the last meeting")]
    [InlineData("> 3. Finance", "3", NumberScheme.Decimal, "Finance")]
    [InlineData("6.30 Budget monitoring", "6.30", NumberScheme.Decimal, "Budget monitoring")]   // no clock word: a section number
    public void Reads_each_scheme_at_a_line_start(string text, string number, NumberScheme scheme, string rest)
    {
        var line = ItemLabelGrammar.ReadLineStart(text);
        Assert.NotNull(line);
        Assert.Equal((number, scheme, rest), (line.Number, line.Scheme, line.Rest));
    }

    [Theory]
    [InlineData("1 Hour and 30 minutes")]                  // a quantity, not a label
    [InlineData("3 weeks notice was given")]
    [InlineData("COVID 19 arrangements")]                 // a prefix with a space needs a slash number
    [InlineData("NHS 111 services were discussed")]
    [InlineData("3D printing club")]
    [InlineData("| 2. | Agree the letter |")]               // a table row, not a quoted label
    [InlineData("Minute taker: Jo")]
    [InlineData("6.45 – 8.15 p.m. on Zoom")]               // a clock time, not a minute's number
    [InlineData("7.15 pm Meeting opened")]
    [InlineData("19.00 - 21.00 hrs in the hall")]
    public void Does_not_read_text_that_only_starts_with_a_number(string text)
    {
        Assert.Null(ItemLabelGrammar.ReadLineStart(text));
    }

    [Theory]
    [InlineData("2.1", true)]
    [InlineData("3.", true)]
    [InlineData("(b)", true)]
    [InlineData("iv", true)]
    [InlineData("23/045", true)]
    [InlineData("4C", true)]
    [InlineData("Item 4", true)]
    [InlineData("BM 18/2021", true)]
    [InlineData("FIC/23/112", true)]
    [InlineData("Finance", false)]
    [InlineData("£1,200", false)]
    [InlineData("02/03/2024", false)]
    public void Knows_a_cell_that_holds_only_a_label(string text, bool expected)
    {
        Assert.Equal(expected, ItemLabelGrammar.IsLabelOnly(text));
    }

    [Theory]
    [InlineData("2.3", "2.4|3|2.3.1")]
    [InlineData("4", "5|4.1")]
    [InlineData("1.1.1.1", "1.1.1.2|1.1.2|1.2|2")]
    public void Knows_which_decimal_numbers_may_follow(string previous, string expected)
    {
        var successors = ItemLabelGrammar.DecimalSuccessors(ItemLabelGrammar.DecimalParts(previous));
        Assert.Equal(expected, string.Join('|', successors.Select(s => string.Join('.', s))));
    }

    [Theory]
    [InlineData("a", "b", true)]
    [InlineData("B", "C", true)]
    [InlineData("iii", "iv", true)]
    [InlineData("IX", "X", true)]
    [InlineData("a", "c", false)]
    [InlineData("iv", "vi", false)]
    public void Knows_which_letter_or_roman_follows(string previous, string next, bool expected)
    {
        Assert.Equal(expected, ItemLabelGrammar.FollowsSibling(previous, next));
    }

    [Theory]
    [InlineData("7", "a", "7.a")]
    [InlineData("2", "i", "2.i")]
    [InlineData("4", "1", "4.1")]
    public void Builds_a_sub_items_number_from_its_parent(string parent, string child, string expected)
    {
        Assert.Equal(expected, ItemLabelGrammar.ChildNumber(parent, child));
    }

    [Theory]
    [InlineData("3:", "3")]
    [InlineData("4.1,", "4.1")]
    [InlineData("5.", "5")]
    [InlineData("Finance", null)]
    public void Reads_a_decimal_label_whose_stop_ocr_misread(string token, string? digits)
    {
        Assert.Equal(digits, ItemLabelGrammar.OcrDecimalDigits(token));
    }
}
