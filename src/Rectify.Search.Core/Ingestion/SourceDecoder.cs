using System.Text;

namespace Rectify.Search.Core.Ingestion;

/// <summary>
/// Turns source bytes into text by looking at the bytes, never at the file name: byte-order marks first,
/// then strict UTF-8, then GB18030 (a superset of GBK and GB2312). Binary and empty input is refused.
/// </summary>
public static class SourceDecoder
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(54936, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="PlanReadException"/> naming <paramref name="path"/> when it cannot.</summary>
    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string path)
    {
        Diagnostics.ParserProbe.Note("decoder");
        if (bytes.IsEmpty)
            throw new PlanReadException(path, "the file is empty");

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return new(DecodeOrThrow(StrictUtf8, bytes[3..], path, "utf-8"), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return new(Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return new(Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");

        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new PlanReadException(path, $"binary content (a NUL byte at offset {nul}); expected a text plan in UTF-8 or GB18030");

        if (TryDecode(StrictUtf8, bytes, out var utf8))
            return new(CheckText(utf8, path), "utf-8");
        if (TryDecode(Gb18030.Value, bytes, out var gb))
            return new(CheckText(gb, path), "gb18030");

        throw new PlanReadException(path, "the bytes are neither valid UTF-8 nor valid GB18030; re-save the file as UTF-8");
    }

    private static string DecodeOrThrow(Encoding encoding, ReadOnlySpan<byte> bytes, string path, string name) =>
        TryDecode(encoding, bytes, out var text)
            ? CheckText(text, path)
            : throw new PlanReadException(path, $"the file starts with a {name} byte-order mark but is not valid {name}");

    private static bool TryDecode(Encoding encoding, ReadOnlySpan<byte> bytes, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }

    /// <summary>Refuses text that decodes but is mostly control characters (a binary file that happens to decode).</summary>
    private static string CheckText(string text, string path)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new PlanReadException(path, "the file holds only white space");
        var control = 0;
        foreach (var c in text)
        {
            if (char.IsControl(c) && c is not '\n' and not '\r' and not '\t' and not '\f')
                control++;
        }
        if (control > text.Length / 20)
            throw new PlanReadException(path, $"binary content ({control} control characters in {text.Length}); expected a text plan");
        return text;
    }
}
