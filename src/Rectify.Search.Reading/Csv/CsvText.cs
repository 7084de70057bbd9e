using System.Text;
using CsvHelper;

namespace Rectify.Search.Reading.Csv;

/// <summary>
/// The text of a comma-separated export of a task list (an open-data portal's 整改清单.csv, an Excel sheet saved as CSV)
/// as a plan's text: one line per record with its cells separated by tabs — the shape an Excel sheet is read in
/// (<see cref="Xlsx.XlsxText"/>), so the parser reads its header row (序号, 反馈问题, 整改目标 …) and rows as any table.
/// Quoting is RFC 4180's (read by CsvHelper): a quoted cell may hold commas and line breaks, which become spaces as a
/// sheet's do; a title or a note exported as a row of its own with empty cells after it (长沙市…整改情况,,,,,,) is a
/// line of its own.
/// </summary>
public static class CsvText
{
    /// <summary>The rows of <paramref name="text"/>, cells tab-separated; empty rows left out.</summary>
    public static string Extract(string text)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = false,
            FieldCountMismatch = CsvFieldCountHandling.Allow,
            MalformedData = CsvMalformedDataHandling.Recover,
        };
        var rows = new StringBuilder(text.Length);
        using var reader = CsvReader.FromText(text, options);
        var cells = new List<string>();
        while (reader.Read())
        {
            cells.Clear();
            for (var i = 0; i < reader.FieldCount; i++)
                cells.Add(Cell(reader.GetString(i)));
            var row = string.Join('\t', cells).TrimEnd('\t');
            if (row.Trim().Length > 0)
                rows.Append(row).Append('\n');
        }
        return rows.ToString();
    }

    /// <summary>A cell's value on one line: its line breaks and tabs are spaces, as in a sheet's cell.</summary>
    private static string Cell(string value) =>
        value.Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ').Replace('\t', ' ').Trim();
}
