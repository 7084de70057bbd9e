using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Xlsx;

/// <summary>
/// The text of an Excel task list (整改任务清单) as a plan's text: each sheet in order, one line per row with its cells
/// separated by tabs in column order (a cell left out of the file is an empty column) — the shape the parser reads a
/// problem-list table in, its header row (序号, 反馈问题, 整改目标, 整改措施, 责任单位, 整改时限 …) mapped to fields by the
/// same labels as text. Shared and inline strings are resolved, a cell's line breaks become spaces, dates are written
/// as 2021年12月31日, and the cells a merge covers are empty, as the parser expects of rows continuing a problem.
/// </summary>
internal static class XlsxText
{
    /// <summary>
    /// The workbook's text; what Excel does not show — a hidden sheet, hidden rows and columns — is left out, as a reader
    /// of the sheet never sees it (a withdrawn problem's row, a column of internal notes), and said in
    /// <paramref name="notes"/> when given.
    /// </summary>
    public static string Extract(byte[] bytes, string path, List<Diagnostic>? notes = null) =>
        OfficePackage.Read(bytes, path, SourceFormat.Xlsx, (stream, settings) => SpreadsheetDocument.Open(stream, false, settings), document =>
        {
            if (document.WorkbookPart?.Workbook?.Sheets is not { } sheets)
                throw new PlanReadException(path, $"{FormatSniffer.Describe(SourceFormat.Xlsx)} without sheets");
            var workbook = document.WorkbookPart;
            var strings = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(Text).ToList() ?? [];
            var dates = DateStyles(workbook);
            var text = new StringBuilder();
            string? title = null;
            foreach (var sheet in sheets.Elements<Sheet>())
            {
                if (sheet.Id?.Value is not { } id || workbook.GetPartById(id) is not WorksheetPart part || part.Worksheet?.GetFirstChild<SheetData>() is not { } data)
                    continue;
                var name = sheet.Name?.Value ?? id;
                if (sheet.State?.Value is { } state && state != SheetStateValues.Visible)
                {
                    notes?.Add(new(Severity.Info, null, "hidden-sheet", $"sheet '{name}' is hidden in the workbook: not read"));
                    continue;
                }
                var hiddenColumns = HiddenColumns(part.Worksheet);
                var hiddenRows = 0;
                var hiddenWithText = new HashSet<int>();
                var first = true;
                foreach (var row in data.Elements<Row>())
                {
                    if (row.Hidden?.Value == true)
                    {
                        hiddenRows += row.Elements<Cell>().Any(c => Value(c, strings, dates).Length > 0) ? 1 : 0;
                        continue;
                    }
                    var cells = new List<string>();
                    foreach (var cell in row.Elements<Cell>())
                    {
                        var column = cell.CellReference?.Value is { } reference ? ColumnIndex(reference) : cells.Count;
                        while (cells.Count < column)
                            cells.Add("");
                        cells.Add(Value(cell, strings, dates));
                    }
                    // A hidden column's cells are left out, not left empty: the columns read as the sheet shows them.
                    for (var c = cells.Count - 1; c >= 0; c--)
                    {
                        if (!hiddenColumns.Contains(c + 1))
                            continue;
                        if (cells[c].Length > 0)
                            hiddenWithText.Add(c + 1);
                        cells.RemoveAt(c);
                    }
                    var line = string.Join('\t', cells).TrimEnd('\t');
                    if (first && line.Length > 0)
                    {
                        first = false;
                        // A workbook whose every sheet opens with the form's title (one sheet per problem): the title
                        // is the workbook's, printed once, not a line of the problem on the sheet before.
                        if (line == title && !line.Contains('\t'))
                            continue;
                        title ??= line;
                    }
                    text.Append(line).Append('\n');
                }
                text.Append('\n');
                if (hiddenRows > 0 || hiddenWithText.Count > 0)
                    notes?.Add(new(Severity.Info, null, "hidden-cells",
                        $"sheet '{name}': {hiddenRows} hidden row(s) and {hiddenWithText.Count} hidden column(s) with text left out, as Excel shows the sheet"));
            }
            return text.ToString();
        });

    /// <summary>The 1-based numbers of the sheet's hidden columns (its &lt;col hidden&gt; ranges).</summary>
    private static HashSet<int> HiddenColumns(Worksheet sheet)
    {
        var hidden = new HashSet<int>();
        foreach (var columns in sheet.Elements<Columns>())
        {
            foreach (var column in columns.Elements<Column>())
            {
                if (column.Hidden?.Value != true || column.Min?.Value is not { } min || column.Max?.Value is not { } max)
                    continue;
                // Excel marks whole stretches beyond the table hidden (…16384): only columns a row can hold text in count.
                for (var c = (int)min; c <= Math.Min((int)max, 1024); c++)
                    hidden.Add(c);
            }
        }
        return hidden;
    }

    private static string Value(Cell cell, List<string> strings, HashSet<uint> dates)
    {
        var raw = cell.CellValue?.Text ?? "";
        string value;
        if (cell.DataType?.Value == CellValues.SharedString)
            value = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < strings.Count ? strings[i] : "";
        else if (cell.DataType?.Value == CellValues.InlineString)
            value = cell.InlineString is { } inline ? Text(inline) : "";
        else if (cell.DataType?.Value == CellValues.Boolean)
            value = raw == "1" ? "TRUE" : "FALSE";
        else if (cell.StyleIndex?.Value is { } style && dates.Contains(style) && double.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var serial))
            value = DateTime.FromOADate(serial).ToString("yyyy年M月d日", CultureInfo.InvariantCulture);
        else
            value = raw;
        return value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\t', ' ').Trim();
    }

    /// <summary>The text of a shared or inline string: its runs' texts, or its own.</summary>
    private static string Text(OpenXmlElement item) => string.Concat(item.Descendants<Text>().Select(t => t.Text));

    /// <summary>Cell styles whose number format shows a date: Excel's built-in date formats and custom ones with y or d outside quotes.</summary>
    private static HashSet<uint> DateStyles(WorkbookPart workbook)
    {
        var styles = workbook.WorkbookStylesPart?.Stylesheet;
        var custom = styles?.NumberingFormats?.Elements<NumberingFormat>()
            .Where(f => f.NumberFormatId?.Value is not null && IsDateCode(f.FormatCode?.Value ?? ""))
            .Select(f => f.NumberFormatId!.Value).ToHashSet() ?? [];
        var result = new HashSet<uint>();
        var index = 0u;
        foreach (var format in styles?.CellFormats?.Elements<CellFormat>() ?? [])
        {
            if (format.NumberFormatId?.Value is { } id && (id is >= 14 and <= 17 or 22 or >= 27 and <= 36 or >= 50 and <= 58 || custom.Contains(id)))
                result.Add(index);
            index++;
        }
        return result;
    }

    private static bool IsDateCode(string code)
    {
        var outside = new StringBuilder();
        var quoted = false;
        foreach (var c in code)
        {
            if (c == '"')
                quoted = !quoted;
            else if (!quoted)
                outside.Append(char.ToLowerInvariant(c));
        }
        var s = outside.ToString();
        return s.Contains('y') || s.Contains('d') || s.Contains("年", StringComparison.Ordinal);
    }

    /// <summary>The zero-based column of a reference such as C7 or AB12.</summary>
    private static int ColumnIndex(string reference)
    {
        var column = 0;
        foreach (var c in reference)
        {
            if (c is < 'A' or > 'Z')
                break;
            column = column * 26 + (c - 'A' + 1);
        }
        return Math.Max(0, column - 1);
    }
}
