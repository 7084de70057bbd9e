using System.IO.Compression;
using Rectify.Search.Core.Ingestion;

namespace Rectify.Search.Reading;

/// <summary>
/// What a Word or Excel file (a zip) may expand to before it is read: its directory is checked first — the sizes its
/// entries declare, how much each expands, how many there are — so a decompression bomb is refused before anything is
/// inflated; parts are then read with a character limit (<see cref="MaxCharactersInPart"/>) in case the declared sizes
/// lie. A national plan's .docx is a few megabytes expanded; these limits are far above any real one.
/// </summary>
internal static class PackageLimits
{
    /// <summary>All entries together, expanded.</summary>
    public const long MaxExpandedBytes = 256L * 1024 * 1024;

    /// <summary>An entry expanding more than this many times is a bomb once it is past <see cref="RatioFloorBytes"/>.</summary>
    public const int MaxRatio = 100;

    public const long RatioFloorBytes = 10L * 1024 * 1024;

    public const int MaxEntries = 10_000;

    /// <summary>Characters one part (document.xml, a sheet) may hold when parsed.</summary>
    public const long MaxCharactersInPart = 128L * 1024 * 1024;

    /// <summary>Throws <see cref="PlanReadException"/> naming the limit when the package at <paramref name="bytes"/> passes one.</summary>
    public static void Check(byte[] bytes, string path, string kind)
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
    }
}
