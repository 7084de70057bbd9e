using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Rectify.Search.Writing;

/// <summary>
/// What the project's .xlsx files share: rows of inline strings, column letters, and one stylesheet (a title, a bold
/// header with borders, wrapped cells with borders) in the fonts a county prints with.
/// </summary>
internal static class SheetCells
{
    // Cell formats of the stylesheet below.
    public const uint TitleCell = 1, HeaderCell = 2, BodyCell = 3, NoteCell = 4;

    public static Row Row(uint index, (string Text, uint Style)[] cells, double? height = null)
    {
        var row = new Row { RowIndex = index };
        if (height is { } h)
        {
            row.Height = h;
            row.CustomHeight = true;
        }
        for (var c = 0; c < cells.Length; c++)
        {
            row.Append(new Cell
            {
                CellReference = $"{Column(c)}{index}",
                DataType = CellValues.InlineString,
                StyleIndex = cells[c].Style,
                InlineString = new InlineString(new Text(cells[c].Text) { Space = SpaceProcessingModeValues.Preserve }),
            });
        }
        return row;
    }

    /// <summary>A, B, … Z, AA, AB: the letters of a 0-based column.</summary>
    public static string Column(int index) => index < 26 ? ((char)('A' + index)).ToString() : Column(index / 26 - 1) + (char)('A' + index % 26);

    public static Columns Widths(IEnumerable<double> widths) =>
        new(widths.Select((w, c) => new Column { Min = (uint)c + 1, Max = (uint)c + 1, Width = w, CustomWidth = true }));

    public static Stylesheet Styles()
    {
        var fonts = new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "宋体" }),
            new Font(new Bold(), new FontSize { Val = 16 }, new FontName { Val = "方正小标宋简体" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "黑体" }));
        var fills = new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 }));
        static BorderPropertiesType Thin<T>() where T : BorderPropertiesType, new() => new T { Style = BorderStyleValues.Thin };
        var borders = new Borders(
            new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder()),
            new Border(Thin<LeftBorder>(), Thin<RightBorder>(), Thin<TopBorder>(), Thin<BottomBorder>(), new DiagonalBorder()));
        static Alignment Align(HorizontalAlignmentValues h) => new() { Horizontal = h, Vertical = VerticalAlignmentValues.Center, WrapText = true };
        var formats = new CellFormats(
            new CellFormat(),
            new CellFormat(Align(HorizontalAlignmentValues.Center)) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
            new CellFormat(Align(HorizontalAlignmentValues.Center)) { FontId = 2, BorderId = 1, ApplyFont = true, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(Align(HorizontalAlignmentValues.Left)) { FontId = 0, BorderId = 1, ApplyBorder = true, ApplyAlignment = true },
            new CellFormat(new Alignment { Horizontal = HorizontalAlignmentValues.Left, Vertical = VerticalAlignmentValues.Center }) { FontId = 0, ApplyAlignment = true });
        return new Stylesheet(fonts, fills, borders, formats);
    }
}
