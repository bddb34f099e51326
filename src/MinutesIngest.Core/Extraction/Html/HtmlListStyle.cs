namespace MinutesIngest.Core.Extraction.Html;

/// <summary>How a list's counter is printed.</summary>
internal enum HtmlListStyle { Bullet, Decimal, LowerAlpha, UpperAlpha, LowerRoman, UpperRoman }
