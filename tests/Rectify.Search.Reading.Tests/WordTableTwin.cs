using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

/// <summary>
/// A Word document made from a plan as offices lay out a 整改清单: the plan's text up to its problem list as paragraphs,
/// then the list as a table (the plan's last part) — a title row spanning every column (gridSpan), a header row, one row per measure, and a
/// problem's number, text, target, units, leaders and deadline in its first row, merged down over the rows of its
/// other measures (vMerge: the continuing cells are empty in the file, as Word saves them).
/// </summary>
internal static class WordTableTwin
{
    private static readonly string[] Header = ["序号", "反馈问题", "整改目标", "整改措施", "牵头单位", "配合单位", "责任领导", "整改时限"];

    public static byte[] Make(string text, PlanDocument plan, string tableTitle)
    {
        using var buffer = new MemoryStream();
        using (var document = WordprocessingDocument.Create(buffer, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var lines = text.Replace("\r\n", "\n").Split('\n');
            foreach (var line in lines.Take(plan.Problems[0].Line - 1))
                body.Append(new Paragraph(new Run(new Text(line) { Space = SpaceProcessingModeValues.Preserve })));

            var table = new Table(new TableProperties(new TableBorders(
                new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
                new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
                new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 })));
            table.Append(new TableGrid(Header.Select(_ => new GridColumn { Width = "1200" })));
            table.Append(new TableRow(Cell(tableTitle, span: Header.Length)));
            table.Append(new TableRow(Header.Select(h => Cell(h))));
            foreach (var problem in plan.Problems)
            {
                var measures = problem.Measures.Count == 0 ? [""] : problem.Measures.Select(m => m.Ordinal.Length > 0 ? $"{m.Ordinal}．{m.Text}" : m.Text).ToList();
                var merged = measures.Count > 1;
                for (var i = 0; i < measures.Count; i++)
                {
                    string?[] values = i == 0
                        ? [problem.Label, problem.Text, problem.Fields.Target, measures[i], string.Join("、", problem.Fields.LeadUnits),
                            string.Join("、", problem.Fields.SupportUnits), string.Join("、", problem.Fields.Leaders), problem.Fields.DeadlineRaw]
                        : [null, null, null, measures[i], null, null, null, null];
                    table.Append(new TableRow(values.Select((v, c) => c == 3
                        ? Cell(v ?? "")
                        : Cell(v ?? "", merge: !merged ? null : i == 0 ? MergedCellValues.Restart : MergedCellValues.Continue))));
                }
            }
            // The list runs to the end of the plan: nothing follows the table.
            body.Append(table);
            main.Document = new Document(body);
        }
        return buffer.ToArray();
    }

    private static TableCell Cell(string text, int span = 1, MergedCellValues? merge = null)
    {
        var properties = new TableCellProperties();
        if (span > 1)
            properties.Append(new GridSpan { Val = span });
        if (merge is { } m)
            properties.Append(new VerticalMerge { Val = m });
        // A continuing merged cell holds an empty paragraph in the file, as Word saves it.
        var paragraph = merge == MergedCellValues.Continue ? new Paragraph() : new Paragraph(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));
        return new TableCell(properties, paragraph);
    }
}
