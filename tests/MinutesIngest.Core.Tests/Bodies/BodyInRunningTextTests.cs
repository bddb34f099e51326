using MinutesIngest.Core.Bodies;

namespace MinutesIngest.Core.Tests.Bodies;

/// <summary>The opening sentence of minutes names the body that met; sentences about people or an unnamed committee do not.</summary>
public sealed class BodyInRunningTextTests
{
    [Theory]
    [InlineData("A meeting of the Finance Committee of Anytown Town Council was held on 4 May 2024.", "Finance Committee of Anytown Town Council")]
    [InlineData("A special meeting of the Example Township was called to order at 7pm.", "Example Township")]
    [InlineData("The annual meeting of Example Allotment Society took place at the hall.", "Example Allotment Society")]
    [InlineData("An extraordinary meeting of Example Makers, was convened by the chair.", "Example Makers")]
    [InlineData("The Board of Trustees of Example Garden Trust met on 4 May 2024.", "Board of Trustees of Example Garden Trust")]
    [InlineData("Example Parish Council met in the village hall.", "Example Parish Council")]
    [InlineData("The Committee met on 4 May 2024.", null)]
    [InlineData("Ann Lee met the contractor on site.", null)]
    [InlineData("The Chair met with the clerk.", null)]
    [InlineData("The meeting was held at the hall.", null)]
    [InlineData("A meeting of the residents was held in May.", null)]
    [InlineData("It was agreed that a meeting of the Example Society would be held in June.", null)]
    [InlineData("", null)]
    public void Reads_the_body_an_opening_sentence_names(string sentence, string? expected) =>
        Assert.Equal(expected, BodyInRunningText.FromSentence(sentence));
}
