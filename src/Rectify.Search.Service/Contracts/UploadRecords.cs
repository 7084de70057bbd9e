using System.ComponentModel;
using Rectify.Search.Core.Model;
using Rectify.Search.Service.Uploads;

namespace Rectify.Search.Service.Contracts;

/// <summary>One parser warning: the line of the document it points at (when it does), a code and a message.</summary>
public sealed record WarningRecord(int? Line, string Code, string Message)
{
    public static WarningRecord Of(Diagnostic d) => new(d.Line, d.Code, d.Message);
}

/// <summary>One file's report of an upload, replacement or deletion.</summary>
public sealed record FileReportRecord(
    [property: Description("The file name as sent")] string FileName,
    [property: Description("The plan id it was (or would have been) stored under")] string? Id,
    [property: Description("added, replaced, deleted, refused, or not-stored (readable, but another file of the request was refused)")] string Outcome,
    [property: Description("Why it was refused: bad-request, unknown, conflict, unsupported-format, mislabelled, unreadable, storage-failed")] string? Refusal,
    string? Error,
    [property: Description("The line of the document the error points at")] int? Line,
    [property: Description("The format read from the bytes")] string? Format,
    int Problems,
    int Measures,
    IReadOnlyList<WarningRecord> Warnings)
{
    /// <summary>The plan stored before this one that it copies, when it is a copy (a mirror): kept, left out of search and comparison.</summary>
    [Description("The plan stored before this one that it copies (a mirror of the same notice); kept, left out of search and comparison")]
    public string? DuplicateOf { get; init; }

    [Description("How alike the copy and its original are, 0–1 (estimated Jaccard similarity of their texts' five-character shingles)")]
    public double? Similarity { get; init; }

    public static FileReportRecord Of(UploadResult r) => new(
        r.FileName, r.DocumentId, r.Outcome.Wire(), r.Refusal?.Wire(), r.Error, r.Line, r.Format, r.Problems, r.Measures,
        r.Warnings.Select(WarningRecord.Of).ToList())
    { DuplicateOf = r.DuplicateOf, Similarity = r.Similarity };
}

/// <summary>What a write did: each file's report; <c>indexError</c> when the store took the change but the index update failed (the previous index serves until the next update).</summary>
public sealed record UploadResponse(IReadOnlyList<FileReportRecord> Files, string? IndexError);
