using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;
using Rectify.Search.Storage;

namespace Rectify.Search.Service.Ingestion;

/// <summary>
/// Finds, as plans are stored, those that copy a plan stored before them — the same notice on a government site and on
/// its mirrors (traditional forms, injected pinyin, spam chrome, masked names, a spinner's synonyms) — by their fingerprints
/// (<see cref="TextFingerprint"/>, <see cref="DuplicateFinder"/>), and records each copy with the plan it copies. A copy
/// is kept with its source and left out of search and comparison.
/// </summary>
public sealed class Copies
{
    private readonly DuplicateFinder _finder = new();
    private readonly bool _enabled;

    private Copies(bool enabled) => _enabled = enabled;

    /// <summary>Records every plan as one of its own (<see cref="Knowledge.KnowledgeBaseOptions.FindCopies"/> off).</summary>
    public static Copies None { get; } = new(false);

    /// <summary>
    /// The originals the store holds; plans stored before fingerprints were (a migrated store) are fingerprinted now,
    /// once, in the order of their ids, each checked against those before it.
    /// </summary>
    public static Copies Of(PlanStore store)
    {
        var copies = new Copies(true);
        var known = store.Fingerprints();
        foreach (var (id, fingerprint, of) in known)
        {
            if (of is null)
                copies._finder.Add(id, fingerprint);
        }
        var have = known.Select(k => k.DocumentId).ToHashSet(StringComparer.Ordinal);
        foreach (var document in store.List().Where(d => !have.Contains(d.Id)))
        {
            try
            {
                if (store.Load(document.Id) is { } plan)
                    copies.Check(plan, store);
            }
            catch (StoreReadException)
            {
                // A plan whose rows cannot be read is repaired by the ingestion that reads its file again.
            }
        }
        return copies;
    }

    /// <summary>
    /// Fingerprints a plan just stored and records it: the original it copies, or none (it may be copied in turn).
    /// Null when it copies nothing (or is too short to tell).
    /// </summary>
    public (string DuplicateOf, double Similarity)? Check(PlanDocument plan, PlanStore store)
    {
        _finder.Remove(plan.DocumentId);
        if (PlanText.Fingerprint(plan) is not { } fingerprint)
            return null;
        var found = _finder.FindOrAdd(plan.DocumentId, fingerprint);
        store.SaveFingerprint(plan.DocumentId, fingerprint, found?.DocumentId, found is { } f ? Math.Round(f.Similarity, 3) : null);
        return found;
    }

    /// <summary><paramref name="result"/> with what <see cref="Check"/> found of its plan, when it was stored.</summary>
    public FileResult Checked(FileResult result, PlanStore store) =>
        _enabled && result.Outcome is FileOutcome.Added or FileOutcome.Replaced && result.Plan is { } plan && Check(plan, store) is { } copy
            ? result with { DuplicateOf = copy.DuplicateOf, Similarity = Math.Round(copy.Similarity, 3) }
            : result;
}
