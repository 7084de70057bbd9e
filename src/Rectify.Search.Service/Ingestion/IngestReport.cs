using Rectify.Search.Storage;

namespace Rectify.Search.Service.Ingestion;

/// <summary>The report of one <c>rectify index</c> run.</summary>
public sealed record IngestReport(IReadOnlyList<FileResult> Files, IReadOnlyList<string> Skipped)
{
    public int Count(FileOutcome outcome) => Files.Count(f => f.Outcome == outcome);

    /// <summary>Plans that copied a plan this run removed: plans of their own now, to be put in the index.</summary>
    public IReadOnlyList<string> Uncopied { get; init; } = [];

    /// <summary>True when the store is exactly as it was before the run.</summary>
    public bool NothingChanged => Files.All(f => f.Outcome is FileOutcome.Unchanged or FileOutcome.Failed);

    internal static FileOutcome From(StoreOutcome outcome) => outcome switch
    {
        StoreOutcome.Added => FileOutcome.Added,
        StoreOutcome.Replaced => FileOutcome.Replaced,
        _ => FileOutcome.Unchanged,
    };
}
