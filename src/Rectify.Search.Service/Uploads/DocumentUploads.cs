using Microsoft.Extensions.Logging;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Uploads;

/// <summary>
/// Plans sent by clients: added, replaced and deleted as a whole. Every file of a request is read and parsed first,
/// outside the store's lock; if any is refused (no usable name, a format plans are not read from, a name that lies
/// about the format, no plan in it, an id taken) nothing is stored and each file's report says why. Otherwise the
/// originals are kept (<see cref="Originals"/>), every plan is stored in one transaction, and the index takes them
/// incrementally, so an upload is searchable when the call returns. Plans read from the seeds folder are the folder's:
/// they are neither replaced nor deleted here.
/// </summary>
public sealed class DocumentUploads(KnowledgeBase knowledgeBase, ILogger<DocumentUploads>? logger = null)
{
    /// <summary>The longest plan id taken from a file name.</summary>
    public const int MaxIdLength = 80;

    private readonly Originals _originals = new(knowledgeBase.Options.OriginalsPath);
    private readonly ILogger _logger = (ILogger?)logger ?? Microsoft.Extensions.Logging.Abstractions.NullLogger.Instance;

    private const string ReadOnlyRefusal = "the server's data directory is read-only: it serves the plans stored there and takes no uploads, replacements or deletions";

    /// <summary>Adds a plan for each file, its id from the file name; refused when any id is taken.</summary>
    public UploadReport Add(IReadOnlyList<UploadedFile> files) => Write(files, replacing: null);

    /// <summary>Replaces the uploaded plan <paramref name="documentId"/> with the plan in <paramref name="file"/>.</summary>
    public UploadReport Replace(string documentId, UploadedFile file) => Write([file], documentId);

    /// <summary>Deletes the uploaded plan <paramref name="documentId"/> and its kept original.</summary>
    public UploadReport Delete(string documentId)
    {
        if (IdError(documentId) is { } bad)
            return new([new UploadResult(documentId, null, UploadOutcome.Refused, UploadRefusal.BadRequest, bad)], null);
        if (knowledgeBase.ReadOnly)
            return new([new UploadResult(documentId, documentId, UploadOutcome.Refused, UploadRefusal.StorageFailed, ReadOnlyRefusal)], null);
        UploadResult? result = null;
        var applied = knowledgeBase.Apply(store =>
        {
            var source = store.Source(documentId);
            if (Owner(documentId, source) is { } refusal)
            {
                result = refusal;
                return null;
            }
            var uncopied = store.CopiesOf(documentId);
            store.Remove(documentId);
            // Within the change, as every write of originals is: another upload of the same bytes may be keeping its
            // file in the same folder, which is removed here when it empties.
            DiscardQuietly(source!.Path);
            result = new UploadResult(Path.GetFileName(source.Path), documentId, UploadOutcome.Deleted);
            return new IngestReport([new FileResult(source.Path, documentId, FileOutcome.Removed, null, [], null)], []) { Uncopied = uncopied };
        });
        return new([result!], applied.BuildError);
    }

    /// <summary>The file plan <paramref name="documentId"/> was read from, when it is still there (an upload's kept original, or a seed file).</summary>
    public KeptOriginal? Original(string documentId)
    {
        if (IdError(documentId) is not null || knowledgeBase.Source(documentId) is not { } source)
            return null;
        try
        {
            // Read once, whole: its format is named from the bytes, and what is sent is what was read even when the plan is
            // replaced or deleted while it is sent.
            var bytes = File.ReadAllBytes(source.Path);
            return new KeptOriginal(bytes, Path.GetFileName(source.Path), FormatSniffer.Detect(bytes));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null; // gone (a seed file removed, or the plan deleted or replaced a moment ago)
        }
    }

    /// <summary>
    /// Stores the files (or refuses them), timed and counted for the metrics, and logs each outcome: a warning with the
    /// reason for every refused file, within the request's log scope (its request id), so one upload is followed from
    /// request to store.
    /// </summary>
    private UploadReport Write(IReadOnlyList<UploadedFile> files, string? replacing)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var report = Store(files, replacing);
        ServiceMetrics.IngestTook(started);
        foreach (var f in report.Files)
        {
            if (f.Outcome == UploadOutcome.Refused)
            {
                ServiceMetrics.FileRefused(f.Refusal?.Wire() ?? "unknown");
                _logger.LogWarning("Upload {FileName} refused ({Refusal}): {Reason}", f.FileName, f.Refusal?.Wire(), f.Error);
            }
            else if (f.Outcome is UploadOutcome.Added or UploadOutcome.Replaced)
            {
                ServiceMetrics.FileStored();
                _logger.LogInformation("Upload {FileName} {Outcome} as {DocumentId}: {Problems} problems, {Measures} measures", f.FileName, f.Outcome.Wire(), f.DocumentId, f.Problems, f.Measures);
            }
        }
        if (report.IndexError is { } indexError)
            _logger.LogWarning("Uploads stored; the index update failed and the previous index serves: {Reason}", indexError);
        return report;
    }

    private UploadReport Store(IReadOnlyList<UploadedFile> files, string? replacing)
    {
        if (files.Count == 0)
            return new([new UploadResult("", null, UploadOutcome.Refused, UploadRefusal.BadRequest, "the request holds no file; send each plan as a file of a multipart/form-data body")], null);
        if (replacing is not null && IdError(replacing) is { } badId)
            return new([new UploadResult(files[0].FileName, null, UploadOutcome.Refused, UploadRefusal.BadRequest, badId)], null);
        if (knowledgeBase.ReadOnly)
            return new([.. files.Select(f => new UploadResult(Path.GetFileName(f.FileName.Replace('\\', '/')), replacing, UploadOutcome.Refused, UploadRefusal.StorageFailed, ReadOnlyRefusal))], null);

        // Read and parse outside the store's lock: a slow document does not hold up searches.
        var read = files.AsParallel().AsOrdered().Select(f => Read(f, replacing)).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < read.Count; i++)
        {
            if (read[i].Plan is { } plan && !seen.Add(plan.DocumentId))
                read[i] = read[i] with { Result = read[i].Result with { Outcome = UploadOutcome.Refused, Refusal = UploadRefusal.BadRequest, Error = $"another file of this request is also plan '{plan.DocumentId}'" }, Plan = null };
        }

        var results = read.Select(r => r.Result).ToArray();
        var applied = knowledgeBase.Apply(store =>
        {
            for (var i = 0; i < read.Count; i++)
            {
                if (read[i].Plan is not { } plan)
                    continue;
                var source = store.Source(plan.DocumentId);
                var refusal = replacing is null
                    ? source is null ? null : Taken(read[i].Result, plan.DocumentId, source)
                    : Owner(plan.DocumentId, source) is { } r ? r with { FileName = read[i].Result.FileName } : null;
                if (refusal is not null)
                    results[i] = refusal;
            }
            if (results.Any(r => r.Outcome == UploadOutcome.Refused))
                return null;
            var kept = new List<string>();
            try
            {
                foreach (var r in read)
                {
                    if (Originals.Keep(r.Plan!.SourcePath, r.Bytes))
                        kept.Add(r.Plan.SourcePath);
                }
                var previous = read.Select(r => store.Source(r.Plan!.DocumentId)?.Path).ToList();
                var outcomes = store.StoreAll(read.Select(r => (r.Plan!, (SourceFile?)SourceFile.Of(new FileInfo(r.Plan!.SourcePath)))).ToList());
                for (var i = 0; i < read.Count; i++)
                {
                    results[i] = results[i] with { Outcome = outcomes[i] == StoreOutcome.Added ? UploadOutcome.Added : UploadOutcome.Replaced };
                    // The replaced original goes within the change: a concurrent upload of the same bytes keeps its file
                    // in that folder only inside a change too, so the folder is never removed under it.
                    if (previous[i] is { } old && !SamePath(old, read[i].Plan!.SourcePath))
                        DiscardQuietly(old);
                }
                var copies = knowledgeBase.Options.FindCopies ? Copies.Of(store) : Copies.None;
                var files = read.Select((r, i) => copies.Checked(new FileResult(r.Plan!.SourcePath, r.Plan.DocumentId, IngestReport.From(outcomes[i]), r.Plan, [], null), store)).ToList();
                for (var i = 0; i < results.Length; i++)
                    results[i] = results[i] with { DuplicateOf = files[i].DuplicateOf, Similarity = files[i].Similarity };
                return new IngestReport(files, []);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
            {
                _logger.LogError(e, "Upload of {Files} could not be stored", string.Join(", ", read.Select(r => r.Result.FileName)));
                foreach (var path in kept)
                    DiscardQuietly(path); // kept for this request only: no plan uses them
                for (var i = 0; i < results.Length; i++)
                    results[i] = results[i] with { Outcome = UploadOutcome.Refused, Refusal = UploadRefusal.StorageFailed, Error = $"the server could not store it ({StorageFailure(e)}); nothing of this request was stored: try again, and tell the server's operator if it fails again (the log says why)" };
                return null;
            }
        });
        return new(results, applied.BuildError);
    }

    /// <summary>One file read: its report so far, the plan (null when refused) and its bytes.</summary>
    private sealed record ReadFile(UploadResult Result, PlanDocument? Plan, byte[] Bytes);

    /// <summary>Names, checks and parses one file; the plan's source is where its original will be kept.</summary>
    private ReadFile Read(UploadedFile file, string? replacing)
    {
        var name = Path.GetFileName(file.FileName.Replace('\\', '/'));
        ReadFile Refuse(UploadRefusal refusal, string error, int? line = null, string? id = null) =>
            new(new UploadResult(name, id, UploadOutcome.Refused, refusal, error, line), null, file.Bytes);

        // A long file name is kept as it is (the report names the file by it); only the id made from it is cut.
        var id = replacing ?? CutId(IdOf(name));
        if (id.Length == 0)
            return Refuse(UploadRefusal.BadRequest, $"the file name '{name}' gives no plan id: name the file after the plan, in letters, digits, - and _");
        if (id.Length > MaxIdLength)
            return Refuse(UploadRefusal.BadRequest, $"the plan id is {id.Length} characters long; at most {MaxIdLength}");
        if (file.Bytes.Length == 0)
            return Refuse(UploadRefusal.Unreadable, "the file is empty", id: id);
        var format = FormatSniffer.Detect(file.Bytes);
        if (FormatSniffer.Mismatch(name, format) is { } lie)
            return Refuse(UploadRefusal.Mislabelled, $"{lie}; send it under its own extension", id: id);
        // A CSV export is text by its bytes and a table by its name: kept under .csv, it is read as rows again.
        var extension = format == SourceFormat.Text && string.Equals(Path.GetExtension(name), ".csv", StringComparison.OrdinalIgnoreCase) ? ".csv" : FormatSniffer.Extension(format);
        var originalPath = _originals.PathOf(id, extension, file.Bytes);
        try
        {
            var plan = PlanFileReader.Parse(originalPath, file.Bytes);
            // A text with no problem list is kept when it is about an inspection's rectification (a news page, a
            // preamble: stored with its body, layout none); anything else is not a document of this knowledge base.
            if (plan.Problems.Count == 0 && !SpeaksOfRectification(plan))
                return Refuse(UploadRefusal.Unreadable, "it holds no problem list and does not speak of an inspection or its rectification (督察, 整改) anywhere: it is not a document this knowledge base keeps", id: id);
            return new(UploadResult.Read(name, FormatSniffer.Describe(format), plan), plan, file.Bytes);
        }
        catch (PlanReadException e)
        {
            return Refuse(e.UnsupportedFormat ? UploadRefusal.UnsupportedFormat : UploadRefusal.Unreadable, e.Reason, e.Line, id);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            _logger.LogError(e, "Upload {FileName}: the reader failed on it", name);
            return Refuse(UploadRefusal.Unreadable, $"the reader failed on it ({e.GetType().Name}); please report it with the file", id: id);
        }
    }

    /// <summary>
    /// Whether <paramref name="plan"/> names an inspection or a rectification in its body as read or in the title it
    /// prints (never in a title made for it).
    /// </summary>
    private static bool SpeaksOfRectification(PlanDocument plan)
    {
        var printedTitle = plan.Diagnostics.Any(d => d.Code == "title-missing") ? null : plan.Metadata.Title;
        return Section.TextsOf(plan.Sections).Append(printedTitle ?? "").Any(t => Core.Text.TextNormalizer.Default.Normalize(t) is var n && (n.Contains("督察", StringComparison.Ordinal) || n.Contains("整改", StringComparison.Ordinal)));
    }

    /// <summary>
    /// The plan id a file name gives: its name without extension, every run of characters other than letters, digits,
    /// '-' and '_' made one '-', full-width letters and digits folded (so 兴国县整改方案（2021）.docx is 兴国县整改方案-2021). Safe as a file name and in a URL.
    /// </summary>
    public static string IdOf(string fileName)
    {
        var stem = Core.Text.WidthFolding.Fold(Path.GetFileNameWithoutExtension(fileName));
        var id = new System.Text.StringBuilder(stem.Length);
        foreach (var c in stem)
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_')
                id.Append(c);
            else if (id.Length > 0 && id[^1] != '-')
                id.Append('-');
        }
        return id.ToString().Trim('-');
    }

    /// <summary>
    /// An id made from a file name, cut to <see cref="MaxIdLength"/> characters and to <see cref="MaxIdBytes"/> bytes of
    /// UTF-8 (the id names the kept original's file: 80 Chinese characters are 240 bytes, and a file name holds 255).
    /// </summary>
    private static string CutId(string id)
    {
        var cut = id.Length <= MaxIdLength ? id : id[..MaxIdLength];
        while (System.Text.Encoding.UTF8.GetByteCount(cut) > MaxIdBytes)
            cut = cut[..^1];
        return cut.TrimEnd('-');
    }

    /// <summary>The most UTF-8 bytes of an id made from a file name (room is left for the extension and a temporary suffix).</summary>
    public const int MaxIdBytes = 150;

    /// <summary>What stopped a write, in the project's words (the exception's own text goes to the log).</summary>
    private static string StorageFailure(Exception e) => e switch
    {
        PathTooLongException => "a file name too long for the server's disk",
        UnauthorizedAccessException => "the data folder cannot be written",
        // On Linux an I/O error's HResult is its errno: ENOSPC 28, EROFS 30.
        IOException io when io.HResult is 28 or unchecked((int)0x80070070) => "the server's disk is full",
        IOException io when io.HResult is 30 => "the data folder's file system is read-only",
        IOException => "the disk refused the write",
        _ => "the store refused the write",
    };

    /// <summary>Why <paramref name="id"/> cannot name a plan here; null when it can.</summary>
    private static string? IdError(string id) =>
        id.Length == 0 || id.Length > MaxIdLength || IdOf(id) != id
            ? $"'{Shorten(id)}' is not a plan id: ids are letters, digits, - and _ (at most {MaxIdLength})"
            : null;

    private static string Shorten(string s) => s.Length <= 100 ? s : s[..100] + "…";

    private static UploadResult Taken(UploadResult read, string id, StoredSource source) =>
        read with
        {
            Outcome = UploadOutcome.Refused,
            Refusal = UploadRefusal.Conflict,
            Error = $"a plan with the id '{id}' is already stored (from {Path.GetFileName(source.Path)}); PUT /api/documents/{id} replaces an uploaded plan",
        };

    /// <summary>Null when plan <paramref name="id"/> exists and was uploaded (so the API may change it); otherwise why not.</summary>
    private UploadResult? Owner(string id, StoredSource? source)
    {
        if (source is null)
            return new UploadResult(id, id, UploadOutcome.Refused, UploadRefusal.Unknown, $"no plan has the id '{id}'; GET /api/documents lists the plans");
        if (!_originals.Holds(source.Path))
            return new UploadResult(id, id, UploadOutcome.Refused, UploadRefusal.Conflict,
                $"plan '{id}' is read from the seeds folder ({Path.GetFileName(source.Path)}); change or remove that file instead");
        return null;
    }

    private static bool SamePath(string a, string b) => string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);

    /// <summary>A kept original no plan uses any more; one left behind (locked, read-only) costs disk, never data.</summary>
    private void DiscardQuietly(string path)
    {
        try
        {
            _originals.Discard(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            _logger.LogWarning("Original {Path} no longer used but not deleted: {Reason}", path, e.Message);
        }
    }
}

/// <summary>A plan's source file: its bytes, the name to download it under, and its format.</summary>
public sealed record KeptOriginal(byte[] Bytes, string FileName, SourceFormat Format);
