using System.Diagnostics;
using System.Text;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading.Legacy;

/// <summary>
/// Older binary and other office formats — Word 97–2003 (.doc), WPS Writer (.wps), Excel 97–2003 (.xls), WPS
/// Spreadsheets (.et), RTF and OpenDocument (.odt, .ods) — converted to .docx or .xlsx by LibreOffice running headless,
/// then read as those are. Each conversion runs in its own temporary folder with its own LibreOffice profile (so
/// conversions may run side by side and leave nothing behind) and is stopped after <see cref="Timeout"/>. Without
/// LibreOffice installed the file is refused naming the Debian package to install.
/// </summary>
public static class LibreOffice
{
    /// <summary>The longest a conversion may take.</summary>
    public static TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>The soffice program: RECTIFY_SOFFICE when set, else soffice or libreoffice on the PATH; null when there is none.</summary>
    public static string? Program { get; } = Find();

    /// <summary>What the file is converted to: .docx for documents, .xlsx for spreadsheets.</summary>
    public static string TargetOf(byte[] bytes, SourceFormat format, string path) => format switch
    {
        SourceFormat.OpenDocument => Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 200)).Contains("opendocument.spreadsheet", StringComparison.Ordinal) ? "xlsx" : "docx",
        SourceFormat.LegacyOffice => IsSpreadsheet(bytes, path) ? "xlsx" : "docx",
        _ => "docx",
    };

    /// <summary>The bytes converted to <paramref name="target"/> (docx or xlsx); throws <see cref="PlanReadException"/> when LibreOffice is missing or fails.</summary>
    public static byte[] Convert(byte[] bytes, SourceFormat format, string target, string path) => Convert(bytes, format, target, path, Program);

    /// <summary>The conversion with <paramref name="program"/> as soffice (null: as on a machine without LibreOffice).</summary>
    internal static byte[] Convert(byte[] bytes, SourceFormat format, string target, string path, string? program)
    {
        var what = FormatSniffer.Describe(format);
        if (program is null)
        {
            throw new PlanReadException(path, $"{what} is read by converting it with LibreOffice, which is not installed: install Debian's "
                + $"{(target == "xlsx" ? "libreoffice-calc-nogui" : "libreoffice-writer-nogui")} (or set RECTIFY_SOFFICE to soffice), or save the file as .{target}", unsupportedFormat: true);
        }
        var work = Directory.CreateTempSubdirectory("rectify-convert-");
        try
        {
            var input = Path.Combine(work.FullName, "source" + FormatSniffer.Extension(format));
            File.WriteAllBytes(input, bytes);
            var start = new ProcessStartInfo(program)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { $"-env:UserInstallation=file://{work.FullName}/profile", "--headless", "--norestore", "--convert-to", target, "--outdir", work.FullName, input })
                start.ArgumentList.Add(argument);
            using var process = System.Diagnostics.Process.Start(start) ?? throw new PlanReadException(path, "LibreOffice could not be started");
            var error = process.StandardError.ReadToEndAsync();
            _ = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(Timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new PlanReadException(path, $"{what}: LibreOffice did not convert it within {Timeout.TotalSeconds:0} s");
            }
            var output = Path.Combine(work.FullName, "source." + target);
            if (process.ExitCode != 0 || !File.Exists(output))
                throw new PlanReadException(path, $"{what} that LibreOffice could not convert (it may be damaged or password-protected): {FirstLine(error.Result)}");
            return File.ReadAllBytes(output);
        }
        finally
        {
            try
            {
                work.Delete(recursive: true);
            }
            catch (IOException)
            {
                // A folder LibreOffice still holds is left to the system's temporary-file cleaning.
            }
        }
    }

    /// <summary>
    /// An OLE2 file is a spreadsheet when its directory names a Workbook (or Book) stream and no WordDocument stream
    /// (names are UTF-16 in the directory); failing both, its extension decides.
    /// </summary>
    private static bool IsSpreadsheet(byte[] bytes, string path)
    {
        static bool Has(byte[] bytes, string name) => bytes.AsSpan().IndexOf(Encoding.Unicode.GetBytes(name)) >= 0;
        if (Has(bytes, "WordDocument"))
            return false;
        if (Has(bytes, "Workbook") || Has(bytes, "Book"))
            return true;
        return Path.GetExtension(path).ToLowerInvariant() is ".xls" or ".et";
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault(l => l.Length > 0);
        return line is null ? "no message" : line.Length > 200 ? line[..200] + "…" : line;
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("RECTIFY_SOFFICE") is { Length: > 0 } configured)
            return File.Exists(configured) ? configured : null;
        foreach (var directory in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var name in new[] { "soffice", "libreoffice" })
            {
                var candidate = Path.Combine(directory, name);
                if (File.Exists(candidate))
                    return candidate;
            }
        }
        return null;
    }
}
