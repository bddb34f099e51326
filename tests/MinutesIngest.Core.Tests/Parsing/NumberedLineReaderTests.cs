using MinutesIngest.Core.Parsing.Items;
using MinutesIngest.Core.Parsing.Lexicon;

namespace MinutesIngest.Core.Tests.Parsing;

/// <summary>Item numbers in every scheme read as printed, without their delimiter; numbers that start prose are not read.</summary>
public sealed class NumberedLineReaderTests
{
    [Theory]
    [InlineData("1 Apologies for absence", "1", "Apologies for absence")]
    [InlineData("1. Apologies for absence", "1", "Apologies for absence")]
    [InlineData("4) Matters arising", "4", "Matters arising")]
    [InlineData("2: Discuss the budget", "2", "Discuss the budget")]
    [InlineData("3/ Matters Arising", "3", "Matters Arising")]
    [InlineData("2.1 Confidence", "2.1", "Confidence")]
    [InlineData("6.1.1 The Chair advised the council", "6.1.1", "The Chair advised the council")]
    [InlineData("23/045 Planning applications", "23/045", "Planning applications")]
    [InlineData("20/45 Minutes of the last meeting", "20/45", "Minutes of the last meeting")]
    [InlineData("Item 4.B Highways", "4.B", "Highways")]
    [InlineData("Item 7: Correspondence", "7", "Correspondence")]
    [InlineData("(a) Street lighting", "a", "Street lighting")]
    [InlineData("a) Street lighting", "a", "Street lighting")]
    [InlineData("b. Footpaths", "b", "Footpaths")]
    [InlineData("i. Grass cutting", "i", "Grass cutting")]
    [InlineData("iv. Grass cutting", "iv", "Grass cutting")]
    [InlineData("IV. Grass cutting", "IV", "Grass cutting")]
    [InlineData("(ii) Bus shelter", "ii", "Bus shelter")]
    [InlineData("2.", "2", "")]                                // alone on its line: the title follows on the next
    [InlineData("6.1.", "6.1", "")]
    public void Reads_the_number_as_printed_without_its_delimiter(string text, string number, string rest)
    {
        var line = NumberedLineReader.Read(text);
        Assert.NotNull(line);
        Assert.Equal(number, line.Number);
        Assert.Equal(rest, line.Rest);
    }

    [Theory]
    [InlineData("1:30 Lunch was served")]
    [InlineData("2: 30 people came")]
    [InlineData("2020 budget was approved")]
    [InlineData("10.30am start in the village hall")]
    [InlineData("3rd party insurance was renewed")]
    [InlineData("1,000 leaflets were delivered")]
    [InlineData("50% of residents replied")]
    [InlineData("12 minutes were allowed for questions")]
    [InlineData("5 March meeting was cancelled")]
    [InlineData("14:00 start")]
    [InlineData("Finance report")]
    [InlineData("12")]                                         // alone and undelimited: more likely a page number
    public void Does_not_read_a_number_that_starts_prose(string text)
    {
        Assert.Null(NumberedLineReader.Read(text));
    }

    [Theory]
    [InlineData("2.1.", "Budget", "2.1")]
    [InlineData("3.", "Finance", "3")]
    [InlineData("a.", "Answer", "a")]
    [InlineData("(c)", "Answer", "c")]
    [InlineData("iv.", "Answer", "iv")]
    [InlineData("7", "Correspondence", "7")]
    public void Reads_a_rendered_list_label_and_keeps_the_whole_text(string label, string text, string number)
    {
        var line = NumberedLineReader.Read(text, label);
        Assert.NotNull(line);
        Assert.Equal(number, line.Number);
        Assert.Equal(text, line.Rest);
    }
}
