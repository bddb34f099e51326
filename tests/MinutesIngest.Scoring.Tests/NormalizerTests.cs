using MinutesIngest.Core.Text;
using MinutesIngest.Scoring;

namespace MinutesIngest.Scoring.Tests;

public class NormalizerTests
{
    [Theory]
    [InlineData("Cllr R. Crisp", "R Crisp")]
    [InlineData("Cllr. A. Jenkinson", "a jenkinson")]
    [InlineData("Councillor Jane Smith", "JANE SMITH")]
    [InlineData("Dr Ann Lee", "Ann Lee")]
    [InlineData("Mr  John   Campion", "john campion")]
    [InlineData("Mrs N Cooper", "N. Cooper")]
    [InlineData("Ms Kay Ray", "Kay Ray")]
    [InlineData("Miss Ivy Poe", "Ivy Poe")]
    [InlineData("Prof. Alan Turing", "Alan Turing")]
    [InlineData("Sir Tim Berners-Lee", "Tim Berners Lee")]
    [InlineData("Messrs Smith", "Smith")]
    [InlineData("Sean O’Connor", "Sean O'Connor")]
    [InlineData("Tomáš Mráz", "Tomas Mraz")]
    [InlineData("Renée Øster", "Rene\u0301e oster")]
    [InlineData("Cllr A Smith, Cllr B Jones", "A Smith, B Jones")]
    public void Names_equal_after_normalisation(string a, string b) =>
        Assert.Equal(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b));

    [Theory]
    [InlineData("R Crisp", "S Crisp")]
    [InlineData("John Campion", "John Campion Jr")]
    [InlineData("Dr", "Mr")]
    public void Different_names_stay_different(string a, string b) =>
        Assert.NotEqual(NameNormalizer.Normalize(a), NameNormalizer.Normalize(b));

    [Theory]
    [InlineData("Cllr R. Crisp", "r crisp")]
    [InlineData("  Mr.  John  CAMPION ", "john campion")]
    [InlineData("Mr", "mr")]
    [InlineData(null, "")]
    [InlineData("   ", "")]
    public void Name_keys(string? name, string expected) => Assert.Equal(expected, NameNormalizer.Normalize(name));

    [Theory]
    [InlineData("2.1.", "2.1")]
    [InlineData("2.1", "2.1")]
    [InlineData(" 7 . ", "7")]
    [InlineData("<p>3</p>", "3")]
    [InlineData("<P class=\"x\">4.a.</P>", "4.a")]
    [InlineData("4.A", "4.a")]
    [InlineData("2.i", "2.i")]
    [InlineData("20/45", "20/45")]
    [InlineData("1..", "1")]
    [InlineData(null, "")]
    public void Item_number_keys(string? number, string expected) => Assert.Equal(expected, ItemNumberNormalizer.Normalize(number));

    [Theory]
    [InlineData("2.1", "2.10")]
    [InlineData("1", "11")]
    [InlineData("4.a", "4.b")]
    public void Different_item_numbers_stay_different(string a, string b) => Assert.False(ItemNumberNormalizer.AreEqual(a, b));

    [Theory]
    [InlineData("PCC Conference Room", "pcc conference room.")]
    [InlineData("Police and Crime Commissioner", "Police & Crime Commissioner", false)]
    [InlineData(null, "")]
    [InlineData(null, null)]
    [InlineData("Chief Executive", null, false)]
    public void Text_equality(string? a, string? b, bool equal = true) => Assert.Equal(equal, TextNormalizer.AreEqual(a, b));
}
