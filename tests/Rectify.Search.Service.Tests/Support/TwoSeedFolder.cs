using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Knowledge;
using Rectify.Search.Service.Queries;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Service.Tests.Support;

/// <summary>A temporary folder with copies of two seed plans (兴国县, 随县) and where a knowledge base over them lives.</summary>
public sealed class TwoSeedFolder : IDisposable
{
    private readonly TempDirectory _dir = new();

    public TwoSeedFolder()
    {
        Seeds = _dir.File("seeds");
        Directory.CreateDirectory(Seeds);
        foreach (var id in new[] { Xingguo, Suixian })
            File.Copy(RepoFiles.Seed(id), Path.Combine(Seeds, id + ".txt"));
        // Its uploads are the seeds under other names, plans of their own here (CopiesTests looks for copies).
        Options = new KnowledgeBaseOptions { DataDirectory = _dir.File("data"), SeedsDirectory = Seeds, FindCopies = false };
    }

    public string Seeds { get; }

    public KnowledgeBaseOptions Options { get; }

    /// <summary>Adds a copy of another seed plan to the folder.</summary>
    public void Add(string documentId) => File.Copy(RepoFiles.Seed(documentId), Path.Combine(Seeds, documentId + ".txt"));

    private static readonly SearchRequest SoilTesting = new("测土配方施肥", SearchUnit.Measure, PageSize: 100, Fill: false);

    /// <summary>The plans whose measures a search for 测土配方施肥 finds (what matches it, not what the lexical arms add), by id.</summary>
    public static List<string> Documents(KnowledgeBase kb) => kb.Search(SoilTesting)!.Hits.Select(h => h.Document.Id).Distinct().Order().ToList();

    public void Dispose() => _dir.Dispose();
}
