namespace Rectify.Search.Indexing.Building;

/// <summary>
/// What an index was built from: the analysis data version and a fingerprint of the store's plans. An index
/// whose stamp differs from the current one is rebuilt.
/// </summary>
public sealed record IndexStamp(string AnalysisVersion, string StoreFingerprint)
{
    internal const string AnalysisKey = "analysisVersion";
    internal const string StoreKey = "storeFingerprint";

    internal Dictionary<string, string> ToCommitData() => new() { [AnalysisKey] = AnalysisVersion, [StoreKey] = StoreFingerprint };

    internal static IndexStamp? FromCommitData(IDictionary<string, string> data) =>
        data.TryGetValue(AnalysisKey, out var a) && data.TryGetValue(StoreKey, out var s) ? new IndexStamp(a, s) : null;
}
