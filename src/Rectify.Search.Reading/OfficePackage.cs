using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading;

/// <summary>
/// Opens a Word or Excel file (a zip) safely and reads it: its directory is checked first against what it may expand
/// to — the sizes its entries declare, how much each expands, how many there are — so a decompression bomb is refused
/// before anything is inflated; parts are then read with a character limit (<see cref="MaxCharactersInPart"/>) in case
/// the declared sizes lie; a package that cannot be read is refused as damaged, naming the file. A national plan's
/// .docx is a few megabytes expanded; these limits are far above any real one.
/// </summary>
internal static class OfficePackage
{
    /// <summary>All entries together, expanded.</summary>
    public const long MaxExpandedBytes = 256L * 1024 * 1024;

    /// <summary>An entry expanding more than this many times is a bomb once it is past <see cref="RatioFloorBytes"/>.</summary>
    public const int MaxRatio = 100;

    public const long RatioFloorBytes = 10L * 1024 * 1024;

    public const int MaxEntries = 10_000;

    /// <summary>Characters one part (document.xml, a sheet) may hold when parsed.</summary>
    public const long MaxCharactersInPart = 128L * 1024 * 1024;

    /// <summary>
    /// How deep elements may nest in a part. The Open XML SDK builds its tree by recursion, so a part nested some
    /// ten thousand deep overflows the stack and ends the process — no exception to catch. Real documents nest a few
    /// dozen deep (a table in a table in a table is about 20).
    /// </summary>
    public const int MaxXmlDepth = 256;

    /// <summary>
    /// The text <paramref name="read"/> takes from the package of <paramref name="format"/> in <paramref name="bytes"/>,
    /// opened by <paramref name="open"/>; throws <see cref="PlanReadException"/> when it passes a limit or is damaged.
    /// </summary>
    public static string Read<TPackage>(byte[] bytes, string path, SourceFormat format, Func<Stream, OpenSettings, TPackage> open, Func<TPackage, string> read)
        where TPackage : OpenXmlPackage
    {
        var kind = FormatSniffer.Describe(format);
        try
        {
            CheckLimits(bytes, path, kind);
            using var package = open(new MemoryStream(bytes, writable: false), new OpenSettings { MaxCharactersInPart = MaxCharactersInPart });
            return read(package);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or IOException or FileFormatException
            or System.Xml.XmlException or InvalidOperationException)
        {
            // "a Word document (.docx)" → "a damaged Word document (.docx)", in the project's words, never the library's.
            throw new PlanReadException(path, $"a damaged {kind[(kind.IndexOf(' ', StringComparison.Ordinal) + 1)..]}: {Damage(e)}");
        }
    }

    /// <summary>What is wrong with a package, by the kind of failure the Open XML SDK or the zip reader met.</summary>
    private static string Damage(Exception e) => e switch
    {
        System.Xml.XmlException x when x.Message.Contains("DTD", StringComparison.Ordinal) =>
            "a part declares a DTD (<!DOCTYPE …>), which Office never writes and which can expand entities without end: refused",
        System.Xml.XmlException x => $"a part's XML is malformed (at line {x.LineNumber}, position {x.LinePosition})",
        InvalidDataException or IOException => "its zip data is cut short or corrupt",
        OpenXmlPackageException or FileFormatException => "its parts are not those of an Office Open XML file (a main part or its relationships are missing or wrong)",
        _ => "the Office file reader cannot open it",
    };

    /// <summary>Throws <see cref="PlanReadException"/> naming the limit when the package at <paramref name="bytes"/> passes one.</summary>
    private static void CheckLimits(byte[] bytes, string path, string kind)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        if (zip.Entries.Count > MaxEntries)
            throw new PlanReadException(path, $"{kind} with {zip.Entries.Count:N0} parts; at most {MaxEntries:N0} are read");
        long expanded = 0;
        foreach (var entry in zip.Entries)
        {
            expanded += entry.Length;
            if (entry.Length > RatioFloorBytes && entry.Length > (long)MaxRatio * Math.Max(entry.CompressedLength, 1))
                throw new PlanReadException(path, $"{kind} whose part {entry.FullName} expands {entry.Length / Math.Max(entry.CompressedLength, 1):N0} times "
                    + $"(to {entry.Length / 1048576.0:N0} MB): refused as a decompression bomb");
        }
        if (expanded > MaxExpandedBytes)
            throw new PlanReadException(path, $"{kind} that expands to {expanded / 1048576.0:N0} MB; at most {MaxExpandedBytes / 1048576} MB are read");
        foreach (var entry in zip.Entries.Where(e => e.FullName.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) || e.FullName.EndsWith(".rels", StringComparison.OrdinalIgnoreCase)))
        {
            if (Depth(entry) > MaxXmlDepth)
                throw new PlanReadException(path, $"{kind} whose part {entry.FullName} nests elements more than {MaxXmlDepth} deep; refused (no real document does)");
        }
    }

    /// <summary>
    /// How deep the elements of an XML part nest, read as a stream (stops counting past the limit). Only the depth is
    /// judged here: XML the scan cannot read (an undeclared prefix, a part cut short) is left to the package reader,
    /// which says what is wrong with it.
    /// </summary>
    private static int Depth(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var reader = new System.Xml.XmlTextReader(stream) { Namespaces = false, DtdProcessing = System.Xml.DtdProcessing.Prohibit, XmlResolver = null };
        var deepest = 0;
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == System.Xml.XmlNodeType.Element && reader.Depth > deepest && (deepest = reader.Depth) > MaxXmlDepth)
                    break;
            }
        }
        catch (System.Xml.XmlException)
        {
        }
        return deepest;
    }
}
