using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Ingestion;

/// <summary>
/// Reads plan files into the store. Files are read, decoded and parsed on every core, in order, ahead of one writer
/// that stores each plan in its own transaction. A file whose size and time (or bytes) and pipeline are those stored
/// is not parsed again; its plan is read back from the store when asked (and re-parsed and rewritten if its rows are
/// damaged). A file that fails — unreadable, not Chinese text, or a fault in the parser — is reported with the reason
/// and leaves its previously stored plan in place; the other files go on.
/// For each directory given, stored plans whose file is no longer there are removed.
/// </summary>
public static class PlanIngestion
{
    /// <summary>
    /// The file endings taken from a directory: those of every format plans are read from (<see cref="FormatSniffer.PlanExtensions"/>);
    /// a file named explicitly is read whatever its ending.
    /// </summary>
    public static IReadOnlyList<string> PlanExtensions => FormatSniffer.PlanExtensions;

    /// <summary>Files parsed at once ahead of the writer: one per core.</summary>
    private static int Parallelism => Math.Max(1, Environment.ProcessorCount);

    /// <param name="readBackUnchanged">
    /// Read the plan of an unchanged file back from the store, for its report and to repair rows that cannot be read
    /// (what <c>rectify index</c> shows); false to skip unchanged files outright (a server starting over a large store).
    /// </param>
    /// <param name="keepPlans">How many plans read the report keeps (the others keep their figures only): what a caller needs of them afterwards.</param>
    /// <param name="findCopies">Record a plan that copies one stored before it as its copy (<see cref="Copies"/>).</param>
    public static IngestReport Run(IReadOnlyList<string> paths, PlanStore store, IIngestProgress? progress = null, bool readBackUnchanged = true, int keepPlans = int.MaxValue, bool findCopies = true)
    {
        var (files, directories, skipped) = Expand(paths);
        var sources = store.Sources();
        var results = new List<FileResult>();
        var copies = findCopies ? Copies.Of(store) : Copies.None;
        var prepared = files.Select((path, index) => (Path: path, Index: index))
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Parallelism)
            .Select(f => Prepare(f.Path, f.Index, sources.GetValueOrDefault(PlanPipeline.DocumentIdOf(f.Path))));
        foreach (var file in prepared)
        {
            progress?.Stage(file.Path, file.Index, files.Count, IngestStage.Reading);
            var result = copies.Checked(Store(file, store, readBackUnchanged, stage => progress?.Stage(file.Path, file.Index, files.Count, stage)), store);
            progress?.Stage(file.Path, file.Index, files.Count, IngestStage.Done);
            progress?.Finished(result);
            results.Add(result.Plan is not null && keepPlans-- <= 0 ? result.WithoutPlan() : result);
        }

        var present = files.Select(PlanPipeline.DocumentIdOf).ToHashSet(StringComparer.Ordinal);
        var uncopied = new List<string>();
        // The sources read before the run name every plan stored then; plans added by this run have their files.
        foreach (var (id, stored) in sources.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(stored.Path));
            if (present.Contains(id) || !directories.Contains(directory ?? "") || File.Exists(stored.Path))
                continue;
            uncopied.AddRange(store.CopiesOf(id));
            store.Remove(id);
            var removed = new FileResult(stored.Path, id, FileOutcome.Removed, null, [], null);
            progress?.Finished(removed);
            results.Add(removed);
        }
        return new IngestReport(results, skipped) { Uncopied = uncopied };
    }

    /// <summary>One file made ready for the writer: found unchanged, parsed, or failed.</summary>
    private sealed record PreparedFile(string Path, int Index, string DocumentId, SourceFile? File, bool Unchanged, bool SeenAgain, PlanDocument? Plan, FileResult? Failure);

    /// <summary>
    /// Unchanged when the file's size and time (or, failing those, its bytes' hash) and the pipeline are those stored
    /// (seen again: the same bytes with another time); otherwise read and parsed. Runs on any thread;
    /// touches no store.
    /// </summary>
    private static PreparedFile Prepare(string path, int index, StoredSource? source)
    {
        var documentId = PlanPipeline.DocumentIdOf(path);
        try
        {
            var info = new FileInfo(path);
            var file = info.Exists ? SourceFile.Of(info) : null;
            if (file is not null && source is not null && source.Matches(file, PlanPipeline.Version))
                return new PreparedFile(path, index, documentId, file, true, false, null, null);
            var bytes = PlanFileReader.ReadBytes(path);
            if (source is not null && source.ContentHash == PlanPipeline.Hash(bytes) && source.ParserVersion == PlanPipeline.Version)
                return new PreparedFile(path, index, documentId, file, true, file is not null, null, null);
            return new PreparedFile(path, index, documentId, file, false, false, PlanFileReader.Parse(path, bytes), null);
        }
        catch (PlanReadException e)
        {
            return new PreparedFile(path, index, documentId, null, false, false, null, new FileResult(path, documentId, FileOutcome.Failed, null, [], e.Reason, e.Line));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // A fault of the reader on one document is that document's failure, not the run's.
            return new PreparedFile(path, index, documentId, null, false, false, null,
                new FileResult(path, documentId, FileOutcome.Failed, null, [], $"the parser failed on it ({e.GetType().Name}: {e.Message}); please report it with the file"));
        }
    }

    /// <summary>
    /// The writer's part, on the caller's thread: stores a parsed plan, or for an unchanged file remembers its new time
    /// and reads its plan back when asked — parsing it again and rewriting the rows if they cannot be read back.
    /// </summary>
    private static FileResult Store(PreparedFile f, PlanStore store, bool readBackUnchanged, Action<IngestStage> onStage)
    {
        if (f.Failure is { } failure)
            return failure;
        var plan = f.Plan;
        var damaged = false;
        if (f.Unchanged)
        {
            if (f.SeenAgain)
                store.NoteSource(f.DocumentId, f.File!);
            if (!readBackUnchanged)
                return new FileResult(f.Path, f.DocumentId, FileOutcome.Unchanged, null, [], null);
            try
            {
                if (store.Load(f.DocumentId) is { } stored)
                    return new FileResult(f.Path, f.DocumentId, FileOutcome.Unchanged, stored, MissingFields.Find(stored), null);
            }
            catch (StoreReadException)
            {
                damaged = true;
            }
            try
            {
                plan = PlanFileReader.Parse(f.Path, PlanFileReader.ReadBytes(f.Path), onStage);
            }
            catch (PlanReadException e)
            {
                return new FileResult(f.Path, f.DocumentId, FileOutcome.Failed, null, [], e.Reason, e.Line);
            }
        }
        onStage(IngestStage.Storing);
        var outcome = store.Upsert(plan!, rewrite: damaged, f.File);
        return new FileResult(f.Path, plan!.DocumentId, IngestReport.From(outcome), plan, MissingFields.Find(plan), null);
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
            var plan = PlanFileReader.Parse(source.Path, bytes);
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
