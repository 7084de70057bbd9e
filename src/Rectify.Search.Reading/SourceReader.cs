using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Reading.Docx;

namespace Rectify.Search.Reading;

/// <summary>
/// A plan file's text, whatever its format: told from the bytes (<see cref="FormatSniffer"/>), a Word document's
/// body read with its numbering and tables (<see cref="DocxText"/>), an Excel task list's sheets as tab-separated rows
/// (<see cref="Xlsx.XlsxText"/>), a CSV export's rows likewise (<see cref="Csv.CsvText"/>), a web page's main content (<see cref="Html.HtmlText"/>), a page saved whole as MIME (<see cref="Html.MhtmlText"/>), a PDF's text layer in reading order (<see cref="Pdf.PdfText"/>), text decoded (<see cref="SourceDecoder"/>).
/// older Word, WPS and Excel files, RTF and OpenDocument converted by LibreOffice first (<see cref="Legacy.LibreOffice"/>).
/// A zip archive is refused, asking for the files inside. A file whose name claims another
/// format than its bytes is read as what it is, with a warning saying so.
/// </summary>
public static class SourceReader
{
    /// <summary>The largest text or web page read. Word, Excel and PDF files have their own limits (<see cref="OfficePackage"/>, <see cref="Pdf.PdfText.MaxPages"/>).</summary>
    public const int MaxTextBytes = 32 * 1024 * 1024;

    /// <summary>The text of <paramref name="bytes"/> read from <paramref name="path"/>; throws <see cref="PlanReadException"/> when it cannot be read.</summary>
    public static DecodedText Read(string path, byte[] bytes)
    {
        var format = FormatSniffer.Detect(bytes);
        if (format is SourceFormat.Text or SourceFormat.Html or SourceFormat.Mhtml && bytes.Length > MaxTextBytes)
            throw new PlanReadException(path, $"{FormatSniffer.Describe(format)} of {bytes.Length / 1048576.0:0.#} MB; plans are read up to {MaxTextBytes / 1048576} MB of text (a plan is rarely over 2 MB): split the file");
        var text = format switch
        {
            SourceFormat.Docx => new DecodedText(DocxText.Extract(bytes, path), "docx"),
            SourceFormat.Xlsx => Sheets(bytes, path, "xlsx"),
            SourceFormat.Html => Html.HtmlText.Extract(bytes, path),
            SourceFormat.Mhtml => Html.MhtmlText.Extract(bytes, path),
            SourceFormat.Pdf => Pdf.PdfText.Extract(bytes, path),
            SourceFormat.LegacyOffice or SourceFormat.Rtf or SourceFormat.OpenDocument => Converted(bytes, format, path),
            SourceFormat.Zip => throw new PlanReadException(path,
                $"{FormatSniffer.Mismatch(path, format) ?? "the bytes are a zip archive"}, not a plan: unpack it and give the plan files inside", unsupportedFormat: true),
            _ => Delimited(SourceDecoder.Decode(bytes, path), path),
        };
        return FormatSniffer.Mismatch(path, format) is { } mismatch
            ? text with { Notes = [new Diagnostic(Severity.Warning, null, "format-mismatch", $"{mismatch}; read as {FormatSniffer.Describe(format)}"), .. text.Notes] }
            : text;
    }

    /// <summary>
    /// A text file named .csv, read as comma-separated rows (<see cref="Csv.CsvText"/>): a file is a CSV export by its
    /// name, since its bytes are text like any other (plain text uses commas too: some plans print ASCII commas in prose).
    /// </summary>
    private static DecodedText Delimited(DecodedText decoded, string path) =>
        string.Equals(Path.GetExtension(path), ".csv", StringComparison.OrdinalIgnoreCase)
            ? decoded with { Text = Csv.CsvText.Extract(decoded.Text), EncodingName = decoded.EncodingName + " csv" }
            : decoded;

    /// <summary>A file LibreOffice converts to .docx or .xlsx, read as that; the encoding names both (doc→docx, xls→xlsx, rtf→docx).</summary>
    private static DecodedText Converted(byte[] bytes, SourceFormat format, string path)
    {
        var target = Legacy.LibreOffice.TargetOf(bytes, format, path);
        var converted = Legacy.LibreOffice.Convert(bytes, format, target, path);
        var source = format == SourceFormat.LegacyOffice ? (target == "xlsx" ? "xls" : "doc") : FormatSniffer.Extension(format).TrimStart('.');
        return target == "xlsx" ? Sheets(converted, path, $"{source}→{target}") : new DecodedText(DocxText.Extract(converted, path), $"{source}→{target}");
    }

    /// <summary>A workbook's text, with what it says of the sheets, rows and columns it hides.</summary>
    private static DecodedText Sheets(byte[] bytes, string path, string encoding)
    {
        var notes = new List<Diagnostic>();
        return new DecodedText(Xlsx.XlsxText.Extract(bytes, path, notes), encoding) { Notes = notes };
    }
}
