using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Ingestion;

/// <summary>
/// Reads plan files into the store: each file is read, decoded and parsed, then stored in its own transaction; a file
/// whose bytes this parser stored already is not parsed again, its plan is read back from the store (and re-parsed and
/// rewritten if its rows are damaged). A file that fails is reported and leaves its previously stored plan in place;
/// the other files go on.
/// For each directory given, stored plans whose file is no longer there are removed.
/// </summary>
public static class PlanIngestion
{
    /// <summary>The file endings taken from a directory; a file named explicitly is read whatever its ending.</summary>
    public static readonly string[] PlanExtensions = [".txt"];

    /// <param name="readBackUnchanged">
    /// Read the plan of an unchanged file back from the store, for its report and to repair rows that cannot be read
    /// (what <c>rectify index</c> shows); false to skip unchanged files outright (a server starting over a large store).
    /// </param>
    public static IngestReport Run(IReadOnlyList<string> paths, PlanStore store, IIngestProgress? progress = null, bool readBackUnchanged = true)
    {
        var (files, directories, skipped) = Expand(paths);
        var results = new List<FileResult>();
        for (var i = 0; i < files.Count; i++)
        {
            var path = files[i];
            var index = i;
            FileResult result;
            try
            {
                progress?.Stage(path, index, files.Count, IngestStage.Reading);
                result = Ingest(path, store, readBackUnchanged, stage => progress?.Stage(path, index, files.Count, stage));
            }
            catch (PlanReadException e)
            {
                result = new FileResult(path, PlanPipeline.DocumentIdOf(path), FileOutcome.Failed, null, [], e.Reason, e.Line);
            }
            progress?.Stage(path, index, files.Count, IngestStage.Done);
            progress?.Finished(result);
            results.Add(result);
        }

        var present = files.Select(PlanPipeline.DocumentIdOf).ToHashSet(StringComparer.Ordinal);
        foreach (var stored in store.List())
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(stored.SourcePath));
            if (present.Contains(stored.Id) || !directories.Contains(directory ?? "") || File.Exists(stored.SourcePath))
                continue;
            store.Remove(stored.Id);
            var removed = new FileResult(stored.SourcePath, stored.Id, FileOutcome.Removed, null, [], null);
            progress?.Finished(removed);
            results.Add(removed);
        }
        return new IngestReport(results, skipped);
    }

    /// <summary>
    /// One file: unchanged when its size and time (or, failing those, its bytes' hash) and the pipeline are those
    /// stored; then its plan is read back from the store when asked, which is cheaper than parsing, and a plan whose
    /// rows cannot be read back is parsed again and rewritten. Otherwise it is read, parsed and stored.
    /// </summary>
    private static FileResult Ingest(string path, PlanStore store, bool readBackUnchanged, Action<IngestStage> onStage)
    {
        var documentId = PlanPipeline.DocumentIdOf(path);
        var info = new FileInfo(path);
        var file = info.Exists ? SourceFile.Of(info) : null;
        var source = store.Source(documentId);
        byte[]? bytes = null;
        var unchanged = file is not null && source is not null && source.Matches(file, PlanPipeline.Version);
        if (!unchanged)
        {
            bytes = PlanFileReader.ReadBytes(path);
            unchanged = source is not null && source.ContentHash == PlanPipeline.Hash(bytes) && source.ParserVersion == PlanPipeline.Version;
            if (unchanged && file is not null)
                store.NoteSource(documentId, file);
        }
        var damaged = false;
        if (unchanged)
        {
            if (!readBackUnchanged)
                return new FileResult(path, documentId, FileOutcome.Unchanged, null, [], null);
            try
            {
                if (store.Load(documentId) is { } stored)
                    return new FileResult(path, documentId, FileOutcome.Unchanged, stored, MissingFields.Find(stored), null);
            }
            catch (StoreReadException)
            {
                damaged = true;
            }
        }
        bytes ??= PlanFileReader.ReadBytes(path);
        var plan = PlanPipeline.Read(path, bytes, onStage);
        onStage(IngestStage.Storing);
        var outcome = store.Upsert(plan, rewrite: damaged, file);
        return new FileResult(path, plan.DocumentId, IngestReport.From(outcome), plan, MissingFields.Find(plan), null);
    }

    /// <summary>
    /// Parses a stored plan's file again and rewrites its rows, when the file still holds the bytes the plan was read
    /// from (so the repair gives the plan that was stored); null when it does not, or cannot be read.
    /// </summary>
    public static PlanDocument? Repair(string documentId, PlanStore store)
    {
        if (store.Source(documentId) is not { } source || !File.Exists(source.Path))
            return null;
        try
        {
            var bytes = PlanFileReader.ReadBytes(source.Path);
            if (PlanPipeline.Hash(bytes) != source.ContentHash)
                return null;
            var plan = PlanPipeline.Read(source.Path, bytes);
            store.Upsert(plan, rewrite: true, SourceFile.Of(new FileInfo(source.Path)));
            return plan;
        }
        catch (PlanReadException)
        {
            return null;
        }
    }

    private static (List<string> Files, HashSet<string> Directories, List<string> Skipped) Expand(IReadOnlyList<string> paths)
    {
        var files = new List<string>();
        var directories = new HashSet<string>(StringComparer.Ordinal);
        var skipped = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                directories.Add(Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar));
                foreach (var file in Directory.EnumerateFiles(path).Order(StringComparer.Ordinal))
                {
                    if (PlanExtensions.Contains(Path.GetExtension(file), StringComparer.OrdinalIgnoreCase))
                        files.Add(Relative(file));
                    else
                        skipped.Add(Relative(file));
                }
            }
            else
            {
                // A missing file is reported by the reader, with its name, like any other unreadable file.
                files.Add(Relative(path));
            }
        }
        return (files, directories, skipped);
    }

    /// <summary>Paths under the working directory are stored relative to it, so a moved checkout keeps its rows.</summary>
    private static string Relative(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? full : relative;
    }
}
