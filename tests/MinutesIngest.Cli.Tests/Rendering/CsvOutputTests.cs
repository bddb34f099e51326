using MinutesIngest.Cli.Rendering;
using MinutesIngest.Web.Exports;

namespace MinutesIngest.Cli.Tests.Rendering;

/// <summary>CSV cells that a spreadsheet would run as formulas are escaped; plain numbers, negative ones included, stay numbers.</summary>
public class CsvOutputTests
{
    [Theory]
    [InlineData("-0.172", "-0.172")]
    [InlineData("42", "42")]
    [InlineData("0.5", "0.5")]
    [InlineData("-1+2", "\"'-1+2\"")]
    [InlineData("=SUM(A1)", "\"'=SUM(A1)\"")]
    [InlineData("@cmd", "\"'@cmd\"")]
    [InlineData("-", "\"'-\"")]
    [InlineData("plain text", "plain text")]
    [InlineData("", "\"\"")] // a record of one empty field is quoted, or it would read as a blank line
    public void Numbers_stay_numbers_and_formulas_are_escaped(string cell, string expected)
    {
        var writer = new StringWriter();
        CsvOutput.Write(writer, [("value", (string s) => s)], [cell]);

        Assert.Equal($"value\r\n{expected}\r\n", writer.ToString());
    }
}
