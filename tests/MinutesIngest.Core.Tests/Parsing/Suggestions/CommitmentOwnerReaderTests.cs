using MinutesIngest.Core.Parsing.Suggestions;

namespace MinutesIngest.Core.Tests.Parsing.Suggestions;

public class CommitmentOwnerReaderTests
{
    [Theory]
    [InlineData("The Clerk will reply to a resident about the bus shelter.", "Clerk")]
    [InlineData("Cllr Smith will circulate the figures.", "Cllr Smith")]
    [InlineData("The Clerk to write to the Highways department.", "Clerk")]
    [InlineData("It was agreed that the Treasurer would chase the insurers.", "Treasurer")]
    [InlineData("The PCC said he would consult the public on a precept increase in January.", "PCC")]
    [InlineData("The agent offered to limit numbers to 25 dogs.", "agent")]
    [InlineData("Joseph kindly agreed to book the hall.", "Joseph")]
    [InlineData("The minutes were approved and will be signed by the Chair electronically.", "Chair")]
    [InlineData("Opening hours consultation Cabinet agreed to consult on reduced opening hours.", "Cabinet")]
    [InlineData("The Head of Finance to model precept options.", "Head of Finance")]
    [InlineData("Agreed: the Clerk to obtain three quotes.", "Clerk")]
    // Reported speech in the present tense, "going to" and "was asked to" name their subject as the owner.
    [InlineData("Director Quellmoor stated she will discuss this with the staff.", "Director Quellmoor")]
    [InlineData("The Treasurer said that he will chase the bank.", "Treasurer")]
    [InlineData("Pat Vantreck is going to contact the contractor.", "Pat Vantreck")]
    [InlineData("Esk was asked to continue the discussions with the landlord.", "Esk")]
    // A scribe's transcript gives the speaker before a colon and the commitment in the first person.
    [InlineData("Orla: I'll put up a proposal for this.", "Orla")]
    [InlineData("Tam Brisk: I will draft the reply.", "Tam Brisk")]
    public void Reads_the_owner_of_a_commitment(string sentence, string owner) =>
        Assert.Equal(owner, CommitmentOwnerReader.FromText(sentence));

    [Theory]
    [InlineData("Options for a smaller electric vehicle will be brought back to Cabinet.")]
    [InlineData("The PFCC’s written answer was read out and will be published with these minutes.")]
    [InlineData("Figures for the quarter are expected in March.")]
    public void A_passive_or_ownerless_sentence_has_no_owner(string sentence) =>
        Assert.Null(CommitmentOwnerReader.FromText(sentence));
}
