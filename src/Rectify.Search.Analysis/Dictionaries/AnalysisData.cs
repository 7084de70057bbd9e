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
    private static readonly Lazy<AnalysisData> Shared = new(() => Load(withDomain: true), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly Lazy<AnalysisData> GeneralOnly = new(() => Load(withDomain: false), LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Frequency given to a domain term that has none, high enough to keep it whole against its parts.</summary>
    public const int DomainTermFrequency = 3000;

    private AnalysisData(Segmenter segmenter, IReadOnlySet<string> stopWords, TimeSpan loadTime, long bytes)
    {
        Segmenter = segmenter;
        StopWords = stopWords;
        LoadTime = loadTime;
        ManagedBytes = bytes;
    }

    /// <summary>The process-wide instance: the general dictionary plus the domain dictionary.</summary>
    public static AnalysisData Default => Shared.Value;

    /// <summary>The general (jieba) dictionary alone, as the segmentation benchmark requires.</summary>
    public static AnalysisData General => GeneralOnly.Value;

    public Segmenter Segmenter { get; }

    public IReadOnlySet<string> StopWords { get; }

    /// <summary>How long loading took.</summary>
    public TimeSpan LoadTime { get; }

    /// <summary>Managed memory the load retained (GC heap growth across the load).</summary>
    public long ManagedBytes { get; }

    /// <summary>The version of the analysis data (domain dictionary and thesaurus); an index built with another is rebuilt.</summary>
    public static string Version { get; } = $"dict-{ReadVersion("domain/rectify.dict.txt")}.thesaurus-{ReadVersion("domain/thesaurus.txt")}";

    private static AnalysisData Load(bool withDomain)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var dictionary = new WordDictionary();
        dictionary.Load(EmbeddedData.Lines("jieba/jieba.dict.utf8"), 1, "jieba.dict.utf8");
        if (withDomain)
            dictionary.Load(EmbeddedData.Lines("domain/rectify.dict.txt"), DomainTermFrequency, "rectify.dict.txt");
        dictionary.Freeze();
        var hmm = HmmModel.Load(EmbeddedData.Lines("jieba/hmm_model.utf8"), "hmm_model.utf8");
        // Numbers and Latin tokens carry targets and pollutants here (6月底, 90%, COD): jieba's digits and letters are not stop words.
        var stop = EmbeddedData.Lines("jieba/stop_words.utf8").Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.Any(c => char.IsAsciiDigit(c) || char.IsAsciiLetter(c)))
            .ToHashSet(StringComparer.Ordinal);
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        return new AnalysisData(new Segmenter(dictionary, hmm), stop, watch.Elapsed, after - before);
    }

    private static string ReadVersion(string name) => Core.Text.DataLines.VersionOf(EmbeddedData.Lines(name), name);
}
