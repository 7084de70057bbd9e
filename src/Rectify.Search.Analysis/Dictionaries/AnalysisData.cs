using System.Diagnostics;
using Rectify.Search.Analysis.Resources;
using Rectify.Search.Analysis.Segmentation;

namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>
/// The analysis data shipped with Rectify.Search, loaded once per process on first use: the jieba dictionary
/// plus the domain dictionary, the HMM model, stop words and traditional→simplified tables.
/// </summary>
public sealed class AnalysisData
{
    private static readonly Lazy<AnalysisData> Shared = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Frequency given to a domain term that has none, high enough to keep it whole against its parts.</summary>
    public const int DomainTermFrequency = 3000;

    private AnalysisData(Segmenter segmenter, IReadOnlySet<string> stopWords, TimeSpan loadTime, long bytes)
    {
        Segmenter = segmenter;
        StopWords = stopWords;
        LoadTime = loadTime;
        ManagedBytes = bytes;
    }

    /// <summary>The process-wide instance.</summary>
    public static AnalysisData Default => Shared.Value;

    public Segmenter Segmenter { get; }

    public IReadOnlySet<string> StopWords { get; }

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Managed memory the load retained (GC heap growth across the load).</summary>
    public long ManagedBytes { get; }

    /// <summary>The version of the dictionaries; an index built with another version is rebuilt.</summary>
    public static string Version => DomainDictionaryVersion;

    internal static string DomainDictionaryVersion { get; } = ReadVersion("domain/rectify.dict.txt");

    private static AnalysisData Load()
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var dictionary = new WordDictionary();
        dictionary.Load(EmbeddedData.Lines("jieba/jieba.dict.utf8"), 1, "jieba.dict.utf8");
        dictionary.Load(EmbeddedData.Lines("domain/rectify.dict.txt"), DomainTermFrequency, "rectify.dict.txt");
        dictionary.Freeze();
        var hmm = HmmModel.Load(EmbeddedData.Lines("jieba/hmm_model.utf8"), "hmm_model.utf8");
        var stop = EmbeddedData.Lines("jieba/stop_words.utf8").Select(l => l.Trim()).Where(l => l.Length > 0).ToHashSet(StringComparer.Ordinal);
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return new AnalysisData(new Segmenter(dictionary, hmm), stop, watch.Elapsed, after - before);
    }

    private static string ReadVersion(string name) =>
        EmbeddedData.Lines(name).FirstOrDefault(l => l.StartsWith("# version:", StringComparison.Ordinal))?["# version:".Length..].Trim()
        ?? throw new InvalidOperationException($"{name} has no '# version:' line");
}
