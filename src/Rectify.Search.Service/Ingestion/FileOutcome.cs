using Rectify.Search.Core.Model;
using Rectify.Search.Core.Reporting;

using Rectify.Search.Storage;

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
