using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading.Docx;

/// <summary>
/// The text of a Word document as a plan's text: the body's paragraphs in order, each with the number Word's automatic
/// numbering prints before it (<see cref="WordNumbering"/>); tables as one line per row, cells separated by tabs — the
/// shape the parser reads a problem list table in — with a cell's paragraphs joined by spaces, a cell merged down from
/// the one above left empty (the parser continues the problem above) and a cell spanning columns followed by empty
/// ones, so columns stay under their headers. Headers, footers, page numbers and comments are other parts of the
/// package and are not read.
/// </summary>
internal static class DocxText
{
    public static string Extract(byte[] bytes, string path) =>
        OfficePackage.Read(bytes, path, SourceFormat.Docx, (stream, settings) => WordprocessingDocument.Open(stream, false, settings), document =>
        {
            if (document.MainDocumentPart?.Document?.Body is not { } body)
                throw new PlanReadException(path, $"{FormatSniffer.Describe(SourceFormat.Docx)} without a body");
            var text = new StringBuilder();
            Blocks(body, new WordNumbering(document.MainDocumentPart), text);
            return text.ToString();
        });

    private static void Blocks(OpenXmlElement container, WordNumbering numbering, StringBuilder text)
    {
        foreach (var element in container.Elements())
        {
            switch (element)
            {
                case Paragraph p:
                    text.Append(Line(p, numbering)).Append('\n');
                    break;
                case Table table:
                    foreach (var row in table.Elements<TableRow>())
                        text.Append(Row(row, numbering)).Append('\n');
                    break;
                case SdtBlock sdt when sdt.SdtContentBlock is { } content:
                    Blocks(content, numbering, text);
                    break;
            }
        }
    }

    private static string Row(TableRow row, WordNumbering numbering)
    {
        var cells = new List<string>();
        foreach (var cell in row.Elements<TableCell>())
        {
            var properties = cell.TableCellProperties;
            var continued = properties?.VerticalMerge is { } merge && (merge.Val is null || merge.Val.Value == MergedCellValues.Continue);
            cells.Add(continued ? "" : string.Join(" ", cell.Elements<Paragraph>().Select(p => Line(p, numbering)).Where(l => l.Length > 0)));
            for (var span = properties?.GridSpan?.Val?.Value ?? 1; span > 1; span--)
                cells.Add("");
        }
        return string.Join('\t', cells);
    }

    /// <summary>A paragraph's number and text; tabs become spaces (a tab separates cells), breaks new lines.</summary>
    private static string Line(Paragraph paragraph, WordNumbering numbering)
    {
        var line = new StringBuilder(numbering.Next(paragraph));
        foreach (var run in paragraph.Descendants<Run>())
        {
            foreach (var part in run.Elements())
            {
                switch (part)
                {
                    case Text t:
                        line.Append(t.Text);
                        break;
                    case TabChar:
                        line.Append(' ');
                        break;
                    case Break or CarriageReturn:
                        line.Append('\n');
                        break;
                }
            }
        }
        return line.ToString();
    }
}
