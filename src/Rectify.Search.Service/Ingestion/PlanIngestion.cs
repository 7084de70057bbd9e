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

    public static IngestReport Run(IReadOnlyList<string> paths, PlanStore store, IIngestProgress? progress = null)
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
                var bytes = PlanFileReader.ReadBytes(path);
                var (stored, damaged) = StoredIfCurrent(store, PlanPipeline.DocumentIdOf(path), PlanPipeline.Hash(bytes));
                if (stored is not null)
                {
                    result = new FileResult(path, stored.DocumentId, FileOutcome.Unchanged, stored, MissingFields.Find(stored), null);
                }
                else
                {
                    var plan = PlanPipeline.Read(path, bytes, stage => progress?.Stage(path, index, files.Count, stage));
                    progress?.Stage(path, index, files.Count, IngestStage.Storing);
                    var outcome = store.Upsert(plan, rewrite: damaged);
                    result = new FileResult(path, plan.DocumentId, IngestReport.From(outcome), plan, MissingFields.Find(plan), null);
                }
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
    /// The stored plan when the file's bytes were stored by this parser already: reading it back is cheaper than
    /// parsing. A stored plan that cannot be read back is reported as damaged, to be parsed and rewritten.
    /// </summary>
    private static (PlanDocument? Stored, bool Damaged) StoredIfCurrent(PlanStore store, string documentId, string hash)
    {
        if (!store.IsCurrent(documentId, hash))
            return (null, false);
        try
        {
            return (store.Load(documentId), false);
        }
        catch (StoreReadException)
        {
            return (null, true);
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
