namespace MinutesIngest.Core.Parsing.Lexicon;

/// <summary>How an item label is written (see <see cref="ItemLabelGrammar"/>).</summary>
public enum NumberScheme
{
    /// <summary>"1", "1.", "1)", "(1)", "01", "1.2.3": numbers that nest by dots.</summary>
    Decimal,
    /// <summary>"23/045", "20/45": a running minute number with its year, kept verbatim.</summary>
    Slash,
    /// <summary>"a.", "(b)", "C)": a letter, a sub-item under the last number or a top level under a section heading.</summary>
    Letter,
    /// <summary>"iv.", "IX(a)": a roman numeral.</summary>
    Roman,
    /// <summary>"Item 4.B", "Agenda item 7", "Minute 45": a word naming the label, kept verbatim without the word.</summary>
    Labelled,
    /// <summary>"FIC/23/112", "GB 12/2024", "CAB.45/23", "PB(3)2": a committee prefix before the number, kept verbatim.</summary>
    Reference,
    /// <summary>"4C", "1-A": a number with a letter suffix, kept verbatim.</summary>
    Compound,
}
