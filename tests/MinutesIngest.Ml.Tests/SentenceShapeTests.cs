using MinutesIngest.Ml.SuggestedActions;

namespace MinutesIngest.Ml.Tests;

public class SentenceShapeTests
{
    [Theory]
    [InlineData("Cllr Vantreck will circulate the figures.", "Name Name will circulate the figures. rulematch")]
    [InlineData("The Treasurer to pay 3 invoices by 12 May.", "The Name to pay 0 invoices by 0 Name. rulematch")]
    [InlineData("It was agreed that Pat would book the hall.", "It was agreed that Name would book the hall.")]
    [InlineData("Members discussed the O'Vantreck report.", "Members discussed the Name report.")]
    [InlineData("The grant was received in June.", "The grant was received in Name.")]
    public void Names_and_numbers_become_placeholders_and_the_rules_verdict_is_appended(string sentence, string shape)
    {
        Assert.Equal(shape, SentenceShape.Of(sentence));
    }

    [Fact]
    public void Two_sentences_that_differ_only_in_names_share_a_shape()
    {
        Assert.Equal(SentenceShape.Of("Dana Quellmoor agreed to contact the bank."), SentenceShape.Of("Omar Quist agreed to contact the bank."));
    }
}
