namespace Rectify.Search.Service.Ingestion;

/// <summary>The outcome of one file.</summary>
public enum FileOutcome
{
    Added,
    Replaced,
    Unchanged,
    Failed,
    Removed,
}
