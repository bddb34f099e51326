namespace MinutesIngest.Core.Extraction.Layout;

/// <summary>A vertical strip of white space separating two columns, in PDF points.</summary>
internal readonly record struct Gutter(double Lo, double Hi)
{
    public double Width => Hi - Lo;
    public double Mid => (Lo + Hi) / 2;
}
