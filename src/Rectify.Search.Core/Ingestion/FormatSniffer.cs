using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Ingestion;

/// <summary>
/// Tells a file's format from its bytes — magic numbers, and for a zip the names of its entries (read from its
/// directory; nothing is decompressed) — never from its name. The name is only compared with what was found, to say
/// when a file claims one format and is another.
/// </summary>
public static partial class FormatSniffer
{
    /// <summary>The format of <paramref name="bytes"/>.</summary>
    public static SourceFormat Detect(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith("%PDF-"u8))
            return SourceFormat.Pdf;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]))
            return SourceFormat.LegacyOffice;
        if (bytes.StartsWith("{\\rtf"u8))
            return SourceFormat.Rtf;
        if (bytes.StartsWith("PK\x03\x04"u8))
            return ZipFormat(bytes);
        if (LooksLikeMhtml(bytes))
            return SourceFormat.Mhtml;
        return LooksLikeHtml(bytes) ? SourceFormat.Html : SourceFormat.Text;
    }

    /// <summary>What the format is called in messages, with the usual file name extension.</summary>
    public static string Describe(SourceFormat format) => format switch
    {
        SourceFormat.Text => "text",
        SourceFormat.Html => "a web page (HTML)",
        SourceFormat.Docx => "a Word document (.docx)",
        SourceFormat.Xlsx => "an Excel workbook (.xlsx)",
        SourceFormat.OpenDocument => "an OpenDocument file (.odt/.ods)",
        SourceFormat.Zip => "a zip archive",
        SourceFormat.Pdf => "a PDF",
        SourceFormat.LegacyOffice => "an older Office or WPS file (.doc/.xls/.wps/.et)",
        SourceFormat.Rtf => "rich text (.rtf)",
        SourceFormat.Mhtml => "a web page saved whole (.mht)",
        _ => format.ToString(),
    };

    /// <summary>
    /// The format a file name's extension claims, or null when the extension says nothing (none, or one not known).
    /// </summary>
    public static SourceFormat? Claimed(string path) =>
        ByExtension.TryGetValue(Path.GetExtension(path), out var format) ? format : null;

    /// <summary>
    /// The extensions of the formats plans are read from (every one named here but .zip): the files a folder is indexed
    /// from, so that a format read is a format indexed.
    /// </summary>
    public static IReadOnlyList<string> PlanExtensions { get; } = [.. ByExtensionList.Where(e => e.Format != SourceFormat.Zip).Select(e => e.Extension)];

    private static (string Extension, SourceFormat Format)[] ByExtensionList =>
    [
        (".txt", SourceFormat.Text), (".text", SourceFormat.Text), (".csv", SourceFormat.Text),
        (".html", SourceFormat.Html), (".htm", SourceFormat.Html), (".shtml", SourceFormat.Html),
        (".mht", SourceFormat.Mhtml), (".mhtml", SourceFormat.Mhtml),
        (".docx", SourceFormat.Docx), (".xlsx", SourceFormat.Xlsx), (".odt", SourceFormat.OpenDocument), (".ods", SourceFormat.OpenDocument),
        (".zip", SourceFormat.Zip), (".pdf", SourceFormat.Pdf),
        (".doc", SourceFormat.LegacyOffice), (".xls", SourceFormat.LegacyOffice), (".wps", SourceFormat.LegacyOffice), (".et", SourceFormat.LegacyOffice),
        (".rtf", SourceFormat.Rtf),
    ];

    private static readonly Dictionary<string, SourceFormat> ByExtension =
        ByExtensionList.ToDictionary(e => e.Extension, e => e.Format, StringComparer.OrdinalIgnoreCase);

    /// <summary>The usual file name extension of <paramref name="format"/>, for a file kept under a name of the project's.</summary>
    public static string Extension(SourceFormat format) => format switch
    {
        SourceFormat.Html => ".html",
        SourceFormat.Docx => ".docx",
        SourceFormat.Xlsx => ".xlsx",
        SourceFormat.OpenDocument => ".odt",
        SourceFormat.Zip => ".zip",
        SourceFormat.Pdf => ".pdf",
        SourceFormat.LegacyOffice => ".doc",
        SourceFormat.Rtf => ".rtf",
        SourceFormat.Mhtml => ".mht",
        _ => ".txt",
    };

    /// <summary>
    /// What is wrong with <paramref name="path"/>'s name for bytes of <paramref name="detected"/> format ("named .docx
    /// but the bytes are a PDF"); null when the name claims that format, or no format. Text and web pages pass for each
    /// other: a page saved as .txt, or a page without a doctype, is read all the same.
    /// </summary>
    public static string? Mismatch(string path, SourceFormat detected) => Claimed(path) switch
    {
        null => null,
        var c when c == detected => null,
        SourceFormat.Text or SourceFormat.Html when detected is SourceFormat.Text or SourceFormat.Html => null,
        _ => $"named {Path.GetExtension(path)} but the bytes are {Describe(detected)}",
    };

    private static SourceFormat ZipFormat(ReadOnlySpan<byte> bytes)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes.ToArray(), writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.OrdinalIgnoreCase);
            if (names.Contains("word/document.xml"))
                return SourceFormat.Docx;
            if (names.Contains("xl/workbook.xml"))
                return SourceFormat.Xlsx;
            if (names.Contains("mimetype") && names.Contains("content.xml"))
                return SourceFormat.OpenDocument;
        }
        catch (InvalidDataException)
        {
            // A truncated or damaged zip is still a zip, not text.
        }
        return SourceFormat.Zip;
    }

    /// <summary>
    /// A MIME message whose body is in parts (Content-Type: multipart/…), as a browser or Word saves a page with its
    /// images in one file: its headers, up to the first blank line within the first 4 KB, say MIME-Version.
    /// </summary>
    private static bool LooksLikeMhtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.ASCII.GetString(bytes[..Math.Min(bytes.Length, 4096)]).TrimStart('\uFEFF', ' ', '\r', '\n');
        var end = head.IndexOf("\n\r\n", StringComparison.Ordinal) is var crlf and >= 0 ? crlf : head.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = end >= 0 ? head[..end] : head;
        return headers.Contains("MIME-Version:", StringComparison.OrdinalIgnoreCase)
            && MultipartHeader().IsMatch(headers);
    }

    [GeneratedRegex(@"^Content-Type:\s*multipart/", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex MultipartHeader();

    /// <summary>Markup that opens a web page within its first kilobyte (after a byte-order mark and white space).</summary>
    private static bool LooksLikeHtml(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, 1024)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!DOCTYPE html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith("<?xml", StringComparison.OrdinalIgnoreCase) && head.Contains("<html", StringComparison.OrdinalIgnoreCase));
    }
}
