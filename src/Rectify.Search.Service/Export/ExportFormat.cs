using System.Text;
using Rectify.Search.Service.Requests;
using Rectify.Search.Writing;

namespace Rectify.Search.Service.Export;

/// <summary>What a result list is written as: JSON (the API's answer), CSV (machines and spreadsheets), .xlsx or .docx (drafters).</summary>
public enum ExportFormat
{
    Json,
    Csv,
    Xlsx,
    Docx,
}

/// <summary>A file to send: its bytes, media type and name.</summary>
public sealed record ExportFile(byte[] Bytes, string ContentType, string FileName);

public static class ExportFormats
{
    public const string XlsxType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string DocxType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    /// <summary>json (or nothing), csv, xlsx or docx; an error naming the field otherwise.</summary>
    public static ExportFormat? Parse(string? format, List<RequestError> errors)
    {
        switch (format?.Trim().ToLowerInvariant())
        {
            case null or "" or "json": return ExportFormat.Json;
            case "csv": return ExportFormat.Csv;
            case "xlsx": return ExportFormat.Xlsx;
            case "docx": return ExportFormat.Docx;
            default:
                errors.Add(new(RequestField.Format, $"must be json, csv, xlsx or docx, not '{format}'."));
                return null;
        }
    }

    /// <summary>The table as a file of that format (not JSON), named after the table's title.</summary>
    public static ExportFile Write(ResultTable table, ExportFormat format) => format switch
    {
        ExportFormat.Xlsx => new(TableXlsx.Write(table), XlsxType, table.FileStem + ".xlsx"),
        ExportFormat.Docx => new(TableDocx.Write(table), DocxType, table.FileStem + ".docx"),
        ExportFormat.Csv => new(Csv(table), "text/csv; charset=utf-8", table.FileStem + ".csv"),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "JSON is the API's own answer, not a file"),
    };

    /// <summary>The table's header and rows as CSV (RFC 4180, UTF-8 with a byte-order mark so spreadsheet programs read the Chinese right).</summary>
    private static byte[] Csv(ResultTable table)
    {
        var sb = new StringBuilder();
        void Line(IEnumerable<string> cells)
        {
            sb.Append(string.Join(",", cells.Select(c => c.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + c.Replace("\"", "\"\"") + "\"" : c)));
            sb.Append("\r\n");
        }
        Line(table.Columns.Select(c => c.Header));
        foreach (var row in table.Rows)
            Line(row);
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(sb.ToString())];
    }
}
