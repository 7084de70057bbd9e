using Rectify.Search.Service.Ingestion;
using Rectify.Search.Service.Knowledge;

namespace Rectify.Search.Cli.Commands;

/// <summary>
/// A knowledge base of its own over the plan files of some folders, in a temporary folder deleted on dispose: what
/// <c>rectify eval precedents</c> ranks over and <c>rectify mine related</c> mines.
/// </summary>
internal sealed class CorpusWorkspace : IDisposable
{
    private readonly DirectoryInfo _work;

    private CorpusWorkspace(DirectoryInfo work, KnowledgeBase kb)
    {
        _work = work;
        KnowledgeBase = kb;
    }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The folders as one corpus, the files <paramref name="leaveOut"/> names left out; null (said on the error writer) when one of them is not a folder.</summary>
    public static CorpusWorkspace? Open(CliContext context, string command, IReadOnlyList<string> folders, Func<string, bool>? leaveOut = null)
    {
        if (folders.FirstOrDefault(d => !Directory.Exists(d)) is { } missing)
        {
            context.Error.WriteLine($"rectify {command}: --corpus {missing} is not a folder");
            return null;
        }
        // The folders' plan files side by side in one seeds folder.
        var work = Directory.CreateTempSubdirectory("rectify-corpus-");
        try
        {
            var plans = Directory.CreateDirectory(Path.Combine(work.FullName, "plans"));
            foreach (var file in folders.SelectMany(d => Directory.EnumerateFiles(d)).Where(f => PlanIngestion.PlanExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase) && leaveOut?.Invoke(f) != true))
                File.Copy(file, Path.Combine(plans.FullName, Path.GetFileName(file)), overwrite: false);
            return new CorpusWorkspace(work, CommonOptions.OpenKnowledgeBase(context, Path.Combine(work.FullName, "data"), plans.FullName));
        }
        catch
        {
            work.Delete(recursive: true);
            throw;
        }
    }

    public void Dispose()
    {
        KnowledgeBase.Dispose();
        _work.Delete(recursive: true);
    }
}
