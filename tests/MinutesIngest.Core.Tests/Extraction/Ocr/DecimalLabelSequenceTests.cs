using MinutesIngest.Core.Extraction.Ocr;

namespace MinutesIngest.Core.Tests.Extraction.Ocr;

/// <summary>
/// Misread decimal item labels are put right from their place in the document's sequence of labels. Each case:
/// the labels as OCR read them (line starts, in reading order) and as they should read afterwards.
/// </summary>
public sealed class DecimalLabelSequenceTests
{
    public static TheoryData<string, string[], string[]> Cases() => new()
    {
        {
            "a dropped dot in a sub-number",
            ["4.", "5.", "51", "6."],
            ["4.", "5.", "5.1", "6."]
        },
        {
            "an S for a 5, then a sub-number read with the 5 twice",
            ["4.", "4.1", "4.2", "S", "S51", "6."],
            ["4.", "4.1", "4.2", "5.", "5.1", "6."]
        },
        {
            "a 7 read as 1 after 6, with an action log's references after it",
            ["5.", "6.", "1.", "4.1.1", "4.2", "5.1"],
            ["5.", "6.", "7.", "4.1.1", "4.2", "5.1"]
        },
        {
            "a last label read as a letter i",
            ["6.", "6.1", "6.2", "i"],
            ["6.", "6.1", "6.2", "7."]
        },
        {
            "a smudge between two readable labels",
            ["1.", "2.", "ae", "4.", "5."],
            ["1.", "2.", "3.", "4.", "5."]
        },
        {
            "a lone o between top-level numbers without stops",
            ["1", "2", "o", "4.", "5."],
            ["1", "2", "3", "4.", "5."]
        },
        {
            "a sub-number read without its dot",
            ["4.", "4.1", "4.2", "43", "5"],
            ["4.", "4.1", "4.2", "4.3", "5"]
        },
        {
            "the minutes restart after the agenda, their first label unreadable",
            ["1.", "2.", "3.", "i,", "2.", "3."],
            ["1.", "2.", "3.", "1.", "2.", "3."]
        },
        {
            "a readable restart after the agenda is left alone",
            ["1.", "2.", "6.", "1.", "2."],
            ["1.", "2.", "6.", "1.", "2."]
        },
        {
            "a two-digit number that is not a sub-number is left alone",
            ["1.", "12", "13"],
            ["1.", "12", "13"]
        },
        {
            "two unreadable labels in a row that no digit explains are left alone",
            ["2.", "ae", "xy", "5."],
            ["2.", "ae", "xy", "5."]
        },
        {
            "a lone o bullet under a top-level number does not become a sub-number",
            ["2.", "o", "3."],
            ["2.", "o", "3."]
        },
        {
            "letter and roman labels are other schemes",
            ["1.", "A.", "iv)", "2."],
            ["1.", "A.", "iv)", "2."]
        },
        {
            "one readable number says nothing about the numbering",
            ["S", "2."],
            ["S", "2."]
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Misread_labels_take_their_place_in_the_sequence(string name, string[] read, string[] expected)
    {
        var repaired = DecimalLabelSequence.Repair(read);

        Assert.True(expected.SequenceEqual(read.Select((t, i) => repaired[i] ?? t)),
            $"{name}: got [{string.Join(", ", read.Select((t, i) => repaired[i] ?? t))}]");
    }

    [Theory]
    [InlineData("S51", "551")]
    [InlineData("l.2", "12")]
    [InlineData("Zz:", "22")]
    [InlineData("ae", "")]
    [InlineData("Chair", null)]
    [InlineData("DF", null)]
    [InlineData("A.", null)]
    [InlineData("20/041", null)]
    public void Look_alike_letters_read_as_digits(string token, string? digits) =>
        Assert.Equal(digits, DecimalLabelSequence.LookAlikeDigits(token));
}
