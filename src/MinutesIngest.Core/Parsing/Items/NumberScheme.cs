namespace MinutesIngest.Core.Parsing.Items;

/// <summary>How an item number is written.</summary>
public enum NumberScheme { Decimal, Slash, Letter, Roman, Labelled }
