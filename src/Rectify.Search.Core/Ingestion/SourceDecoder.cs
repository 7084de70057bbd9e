using System.Text;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Ingestion;

/// <summary>
/// Turns source bytes into text by looking at the bytes, never at the file name: byte-order marks first, then UTF-16
/// without one (its zero bytes all on one side), then strict UTF-8, then GB18030 (a superset of GBK and GB2312) or
/// Big5, whichever the characters say (<see cref="LooksLikeBig5"/>). Files of another format (Word, Excel, PDF, zip,
/// older Office) are refused with what they are (<see cref="FormatSniffer"/>); binary and empty input too.
/// </summary>
public static class SourceDecoder
{
    /// <summary>Changes when the same bytes may decode to other text (2: Big5 told from GB18030, UTF-16 without a mark; 3: known mojibake repaired).</summary>
    public const string Version = "decode-3";

    private static readonly Lazy<Encoding> Gb18030 = Strict(54936), Big5 = Strict(950), Gb2312 = Strict(20936);

    /// <summary>A code page that throws on bytes (or characters) it does not hold, loaded when first used.</summary>
    private static Lazy<Encoding> Strict(int codePage) => new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
    });

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Le = new(bigEndian: false, byteOrderMark: false, throwOnInvalidBytes: true);
    private static readonly UnicodeEncoding StrictUtf16Be = new(bigEndian: true, byteOrderMark: false, throwOnInvalidBytes: true);

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

        var format = FormatSniffer.Detect(bytes);
        if (format is not (SourceFormat.Text or SourceFormat.Html))
        {
            var named = FormatSniffer.Mismatch(path, format) is { } m ? $"{m}, not text" : $"the bytes are {FormatSniffer.Describe(format)}, not text";
            throw new PlanReadException(path, $"{named}; plans are read from text "
                + "(UTF-8, UTF-16, GB18030 or Big5): save the plan as text", unsupportedFormat: true);
        }

        if (Utf16WithoutMark(bytes) is { } utf16)
            return new(DecodeOrThrow(utf16, bytes, path, utf16.WebName), utf16.WebName);
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
            throw new PlanReadException(path, $"binary content (a NUL byte at offset {nul}); expected a text plan in UTF-8, UTF-16, GB18030 or Big5");

        if (TryDecode(StrictUtf8, bytes, out var utf8))
            return Repaired(new(CheckText(utf8, path), "utf-8"), gbkBytes: false, bytes);
        var gbValid = TryDecode(Gb18030.Value, bytes, out var gb);
        if (TryDecode(Big5.Value, bytes, out var big5) && (!gbValid || LooksLikeBig5(gb)) && !Mojibake.Looks(big5, out _))
            return new(CheckText(big5, path), "big5");
        if (gbValid)
            return Repaired(new(CheckText(gb, path), "gb18030"), gbkBytes: true, bytes);
        // GBK with a byte lost: the character it split no longer decodes, and the rest of its run reads one byte off.
        if (MojibakeRepair.OfGbkBytes(bytes) is { } lost)
            return WithRepair(new(CheckText(lost.Text, path), "gb18030"), lost);

        throw new PlanReadException(path, "the bytes are neither valid UTF-8 nor valid GB18030 or Big5; re-save the file as UTF-8");
    }

    /// <summary>Text that reads as mojibake of a known pattern, repaired (<see cref="MojibakeRepair"/>); other text as it is.</summary>
    private static DecodedText Repaired(DecodedText decoded, bool gbkBytes, ReadOnlySpan<byte> bytes)
    {
        var looks = Mojibake.Looks(decoded.Text, out var share);
        if (!looks && !Mojibake.HasGarbledRun(decoded.Text))
            return decoded;
        var repair = (gbkBytes ? MojibakeRepair.OfGbkBytes(bytes, looks ? 0 : share) : null) ?? MojibakeRepair.Of(decoded.Text);
        return repair is null ? decoded : WithRepair(decoded, repair);
    }

    private static DecodedText WithRepair(DecodedText decoded, MojibakeRepair.Repair repair) =>
        decoded with
        {
            Text = repair.Text,
            EncodingName = $"{decoded.EncodingName}+{repair.Pattern}",
            Notes = [.. decoded.Notes, new Diagnostic(Severity.Warning, null, "mojibake-repaired", repair.Describe())],
        };

    /// <summary>
    /// UTF-16 written without a byte-order mark: a plan's digits, spaces and line breaks put a zero byte in their code
    /// unit, always on the same side (odd offsets for little-endian, even for big-endian), and rarely on the other.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 4 || bytes.Length % 2 != 0)
            return null;
        int even = 0, odd = 0;
        for (var i = 0; i < bytes.Length; i++)
        {
            if (bytes[i] == 0)
            {
                if (i % 2 == 0)
                    even++;
                else
                    odd++;
            }
        }
        var units = bytes.Length / 2;
        // The other side holds a zero only where a character's code ends in 00 (一 is U+4E00): one in 256 at most.
        if (odd * 20 >= units && even * 10 <= odd)
            return StrictUtf16Le;
        if (even * 20 >= units && odd * 10 <= even)
            return StrictUtf16Be;
        return null;
    }

    /// <summary>
    /// True when text decoded as GB18030 is most likely Big5 bytes read wrongly: a plan in GB18030 or GBK is written in
    /// characters GB2312 holds (its common 6,763), while Big5's two-byte codes read as GBK give, for about four in ten,
    /// rare characters outside it. Decided on the Chinese characters only, when at least one in eight is outside.
    /// </summary>
    private static bool LooksLikeBig5(string gb)
    {
        int chinese = 0, outside = 0;
        Span<byte> scratch = stackalloc byte[8];
        Span<char> chars = stackalloc char[2];
        foreach (var rune in gb.EnumerateRunes())
        {
            if (rune.Value < 0x4E00 || rune.Value > 0x9FFF)
                continue;
            chinese++;
            try
            {
                var length = rune.EncodeToUtf16(chars);
                Gb2312.Value.GetBytes(chars[..length], scratch);
            }
            catch (EncoderFallbackException)
            {
                outside++;
            }
        }
        return chinese > 0 && outside * 8 >= chinese;
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
