using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Building;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Similarity;

namespace Rectify.Search.Indexing.Tests.Support;

/// <summary>The five seed plans indexed once into a temporary folder, shared by the tests of a class.</summary>
public sealed class SeedIndex : IDisposable
{
    private readonly TempDirectory _dir = new();

    public SeedIndex()
    {
        Plans = Directory.GetFiles(Path.Combine(RepoFiles.Root, "seeds"), "*.txt").Order(StringComparer.Ordinal).Select(p => PlanFiles.Read(p)).ToList();
        Location = new IndexLocation(_dir.File("lucene"));
        IndexBuilder.Build(Location, Plans, new IndexStamp(AnalysisData.Version, "seeds"));
        Index = new SearchIndex(Location);
        Searcher = new Searcher(Index, Thesaurus.Default, RecordTexts.Of(Plans));
        Similar = new SimilarMeasures(Index, RecordTexts.Of(Plans), Thesaurus.Default);
    }

    public IReadOnlyList<PlanDocument> Plans { get; }
    public IndexLocation Location { get; }
    public SearchIndex Index { get; }
    public Searcher Searcher { get; }
    public SimilarMeasures Similar { get; }

    public void Dispose()
    {
        Index.Dispose();
        _dir.Dispose();
    }
}
