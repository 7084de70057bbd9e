using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Building;

/// <summary>
/// What an index was built from: the analysis data version, a fingerprint of the store's plans and the index
/// schema version. An index whose stamp differs from the current one is rebuilt.
/// </summary>
public sealed record IndexStamp(string AnalysisVersion, string StoreFingerprint, string SchemaVersion = IndexFields.SchemaVersion)
{
    internal const string AnalysisKey = "analysisVersion";
    internal const string StoreKey = "storeFingerprint";
    internal const string SchemaKey = "schemaVersion";

    internal Dictionary<string, string> ToCommitData() =>
        new() { [AnalysisKey] = AnalysisVersion, [StoreKey] = StoreFingerprint, [SchemaKey] = SchemaVersion };

    internal static IndexStamp? FromCommitData(IDictionary<string, string> data) =>
        data.TryGetValue(AnalysisKey, out var a) && data.TryGetValue(StoreKey, out var s) && data.TryGetValue(SchemaKey, out var v)
            ? new IndexStamp(a, s, v)
            : null;
}
