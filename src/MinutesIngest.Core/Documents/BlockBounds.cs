namespace MinutesIngest.Core.Documents;

/// <summary>A block's box on its page in PDF points, origin bottom-left.</summary>
public sealed record BlockBounds(double Left, double Bottom, double Right, double Top);
