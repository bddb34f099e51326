using MinutesIngest.Core.Parsing.Lines;

namespace MinutesIngest.Core.Tests.Parsing.Lines;

/// <summary>Entries of a printed table of contents, told apart from signature lines, forms and ordinary items.</summary>
public class ContentsEntryTests
{
    [Theory]
    [InlineData("1) Welcome and apologies.............................2", null, true)]
    [InlineData("2. Minutes of the last meeting . . . . . . . . . 3", null, true)]
    [InlineData("Finance report……………………4", null, true)]
    [InlineData("Finance report.....................4", null, true)]
    [InlineData("b. Election of officers (for the next term)......................", null, true)]
    [InlineData("Election of officers........................", "c.", true)]
    [InlineData("Election of officers........................", null, false)]
    [InlineData("Signed: ............................", null, false)]
    [InlineData("Chair ........................ Date ............", null, false)]
    [InlineData("Civic Centre ..........................", null, false)]
    [InlineData("3. Budget. The treasurer reported.", null, false)]
    [InlineData("4. Any other business ...", null, false)]
    public void Reads_a_contents_entry_by_its_leader(string text, string? number, bool expected) =>
        Assert.Equal(expected, ContentsEntry.Is(text, number));
}
