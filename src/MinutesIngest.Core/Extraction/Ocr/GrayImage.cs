using System.Globalization;

namespace MinutesIngest.Core.Extraction.Ocr;

/// <summary>An 8-bit grey image as pdftoppm writes it (binary PGM, "P5"); one byte per pixel, 0 = black.</summary>
internal sealed class GrayImage
{
    internal GrayImage(int width, int height, byte[] pixels) => (Width, Height, Pixels) = (width, height, pixels);

    public int Width { get; }
    public int Height { get; }
    public byte[] Pixels { get; }

    public byte this[int x, int y] => Pixels[y * Width + x];

    /// <summary>Reads a binary PGM with a maximum value below 256; null for anything else.</summary>
    public static GrayImage? ReadPgm(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var pos = 0;
        if (Token(bytes, ref pos) != "P5") return null;
        if (!int.TryParse(Token(bytes, ref pos), CultureInfo.InvariantCulture, out var width)
            || !int.TryParse(Token(bytes, ref pos), CultureInfo.InvariantCulture, out var height)
            || !int.TryParse(Token(bytes, ref pos), CultureInfo.InvariantCulture, out var max) || max > 255 || width <= 0 || height <= 0) return null;
        pos++; // the single whitespace byte after the header
        var size = (long)width * height;
        if (bytes.Length - pos < size) return null;
        return new GrayImage(width, height, bytes.AsSpan(pos, (int)size).ToArray());
    }

    /// <summary>The width and height a binary PGM file declares, read from its header alone; null when it is not one.</summary>
    public static (int Width, int Height)? ReadPgmSize(string path)
    {
        var header = new byte[64];
        int read;
        using (var file = File.OpenRead(path)) read = file.Read(header, 0, header.Length);
        var bytes = header.AsSpan(0, read).ToArray();
        var pos = 0;
        if (Token(bytes, ref pos) != "P5") return null;
        return int.TryParse(Token(bytes, ref pos), CultureInfo.InvariantCulture, out var width)
            && int.TryParse(Token(bytes, ref pos), CultureInfo.InvariantCulture, out var height) && width > 0 && height > 0
            ? (width, height)
            : null;
    }

    /// <summary>Writes the image as a binary PGM, the form Tesseract and pdftoppm share.</summary>
    public void WritePgm(string path)
    {
        using var file = File.Create(path);
        file.Write(System.Text.Encoding.ASCII.GetBytes($"P5\n{Width} {Height}\n255\n"));
        file.Write(Pixels);
    }

    private static string Token(byte[] bytes, ref int pos)
    {
        while (pos < bytes.Length)
        {
            if (bytes[pos] == '#') { while (pos < bytes.Length && bytes[pos] != '\n') pos++; }
            else if (char.IsWhiteSpace((char)bytes[pos])) pos++;
            else break;
        }
        var start = pos;
        while (pos < bytes.Length && !char.IsWhiteSpace((char)bytes[pos])) pos++;
        return System.Text.Encoding.ASCII.GetString(bytes, start, pos - start);
    }
}
