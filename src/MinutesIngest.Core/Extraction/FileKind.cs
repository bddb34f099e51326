namespace MinutesIngest.Core.Extraction;

/// <summary>What a file's bytes say it is.</summary>
public enum FileKind { Unknown, Empty, Text, Html, Docx, Pdf, Zip, OleCompound, Image }
