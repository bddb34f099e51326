using MinutesIngest.Ml.Topics;

namespace MinutesIngest.Ml.Tests;

/// <summary>People's names leave an item's text before a topic fit; the words around them, and lower-case namesakes, stay.</summary>
public class PersonNameFilterTests
{
    [Theory]
    [InlineData("Cllr Ann Green reported on the drainage", "", "reported on the drainage")]
    [InlineData("Dr. Quarrendon presented the budget", "", ". presented the budget")]
    [InlineData("J. Brackwell to review the budget", "", "J. to review the budget")]
    [InlineData("Quimby reported on green spaces", "Zed Quimby", "reported on green spaces")]
    [InlineData("Green reported on green spaces", "Ann Green", "reported on green spaces")]
    [InlineData("The mayor opened the library. Budget set", "", "The opened the library. Budget set")]
    [InlineData("Mrs Hale. Drainage works agreed", "", ". Drainage works agreed")]
    [InlineData("Drainage works agreed", "Ann Green", "Drainage works agreed")]
    public void Names_are_removed_and_subjects_kept(string text, string names, string expected)
    {
        var result = PersonNameFilter.Remove(text, names.Length == 0 ? [] : names.Split(';'));
        Assert.Equal(expected, string.Join(' ', result.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }
}
