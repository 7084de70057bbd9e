using System.Text;

namespace Rectify.Search.Core.Text;

/// <summary>
/// A MinHash fingerprint of a document's Chinese text, for finding the same notice on a government site and on its
/// mirrors. The text is normalized (traditional to simplified, full width) and kept to its Chinese characters only, so a
/// mirror's injected pinyin, Latin spam, numbering and punctuation do not count; what is left is cut into overlapping
/// five-character shingles, none across a masked name (***: the characters on either side of it were never neighbours), and the fingerprint keeps, for each of <see cref="Hashes"/> seeded hash
/// functions, the smallest shingle hash. The share of equal positions of two fingerprints estimates the Jaccard
/// similarity of their shingle sets.
/// </summary>
public static partial class TextFingerprint
{
    /// <summary>Hash functions in a fingerprint.</summary>
    public const int Hashes = 64;

    /// <summary>Characters per shingle.</summary>
    public const int Shingle = 5;

    /// <summary>Fewer Chinese characters than this say too little to call two documents the same: no fingerprint.</summary>
    public const int MinimumCharacters = 80;

    /// <summary>Two documents whose fingerprints agree on this share of positions are copies of one document.</summary>
    public const double DuplicateAt = 0.7;

    /// <summary>
    /// A text known to be only part of a document (a mirror behind a login wall: 剩余60%内容，登录后查看全文) copies a
    /// stored one, or is copied by it, when this share of the smaller one's shingles lies in the other (estimated from
    /// 64 minima: a part of two thirds that lies wholly in its document reads 0.8–1).
    /// </summary>
    public const double ContainedAt = 0.75;

    /// <summary>
    /// A whole page that holds all of another plus its own chrome (a repost's platform notice, its account and counters)
    /// copies it when this share of the smaller one's shingles lies in the other (estimated from 64 minima: a notice wholly
    /// inside a page half again its size reads 0.85–1) and their similarity is at least <see cref="ChromedAt"/>: a short
    /// notice printed inside a long compilation shares too little of it to be taken so.
    /// </summary>
    public const double WholeContainedAt = 0.85, ChromedAt = 0.5;

    /// <summary>
    /// Two documents of one date of issue whose problems print the same figures in the same order (four at least, their
    /// deadlines' among them) are one notice in other words — a site's copy run through a synonym spinner (部分 → 局部,
    /// 开展 → 展开) keeps every date, quantity and deadline — when their texts are at least this alike: a copy, however far
    /// its words were changed. (A notice of progress on a plan's problems is issued on another day, and tells figures of
    /// its own.)
    /// </summary>
    public const double SameFiguresAt = 0.2;

    /// <summary>Fewer figures than this in a plan's problems make no key (<see cref="SameFiguresAt"/>).</summary>
    public const int MinimumFigures = 4;

    /// <summary>
    /// Where a fingerprint keeps, after its minima, how many distinct shingles its text has, whether it is a part, and the
    /// key of its date and figures (0 for none).
    /// </summary>
    private const int SizeAt = Hashes, PartAt = Hashes + 1, FiguresAt = Hashes + 2;

    private static readonly ulong[] Seeds = Enumerable.Range(1, Hashes).Select(i => Mix((ulong)i * 0x9E3779B97F4A7C15UL)).ToArray();

    /// <summary>The fingerprint of <paramref name="text"/>; null when it has fewer than <see cref="MinimumCharacters"/> Chinese characters.</summary>
    /// <param name="part">The text is known to be only part of a document (<see cref="ContainedAt"/>).</param>
    /// <param name="figures">The key of the document's date of issue and its problems' figures (<see cref="FiguresKey"/>), if it has one.</param>
    public static ulong[]? Of(string text, TextNormalizer? normalizer = null, bool part = false, ulong figures = 0)
    {
        var normalized = (normalizer ?? TextNormalizer.Default).Normalize(text);
        // Runs of Chinese text; a masked name (林区****管理局) parts two runs, so that no shingle spans what was hidden.
        var runs = new List<StringBuilder> { new() };
        foreach (var c in normalized)
        {
            if (c is >= '\u4e00' and <= '\u9fff')
                runs[^1].Append(c);
            else if (c is '*' or '＊' && runs[^1].Length > 0)
                runs.Add(new StringBuilder());
        }
        if (runs.Sum(r => r.Length) < MinimumCharacters)
            return null;
        var minima = Enumerable.Repeat(ulong.MaxValue, Hashes + 3).ToArray();
        var distinct = new HashSet<ulong>();
        foreach (var h in runs.SelectMany(r => ShingleHashes(r.ToString())))
        {
            if (!distinct.Add(h))
                continue;
            for (var k = 0; k < Hashes; k++)
            {
                var v = Mix(h ^ Seeds[k]);
                if (v < minima[k])
                    minima[k] = v;
            }
        }
        minima[SizeAt] = (ulong)distinct.Count;
        minima[PartAt] = part ? 1UL : 0UL;
        minima[FiguresAt] = figures;
        return minima;
    }

    /// <summary>
    /// The key of a date of issue and the figures of a document's problems in their order (2024, 12, 1.2, 100 …); 0 when
    /// the date is unknown or there are fewer than <see cref="MinimumFigures"/> figures.
    /// </summary>
    public static ulong FiguresKey(string? date, string problemsText)
    {
        if (date is null)
            return 0;
        var figures = Figure().Matches(WidthFolding.Fold(problemsText)).Select(m => m.Value).ToList();
        return figures.Count < MinimumFigures ? 0 : Math.Max(1, Fnv(date + "|" + string.Join("|", figures)));
    }

    /// <summary>The key of <paramref name="fingerprint"/>'s date and figures; 0 for none (or a fingerprint stored before keys were).</summary>
    public static ulong FiguresOf(IReadOnlyList<ulong> fingerprint) => fingerprint.Count > FiguresAt ? fingerprint[FiguresAt] : 0;

    [System.Text.RegularExpressions.GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial System.Text.RegularExpressions.Regex Figure();

    /// <summary>The hashes of a run's overlapping shingles of <see cref="Shingle"/> characters.</summary>
    private static IEnumerable<ulong> ShingleHashes(string run)
    {
        for (var i = 0; i + Shingle <= run.Length; i++)
            yield return Fnv(run.AsSpan(i, Shingle));
    }

    /// <summary>True when the fingerprint's text is known to be only part of a document.</summary>
    public static bool IsPart(IReadOnlyList<ulong> fingerprint) => fingerprint.Count > PartAt && fingerprint[PartAt] == 1;

    /// <summary>
    /// The estimated share of the smaller text's shingles that lie in the other: from the Jaccard estimate J and the two
    /// sizes, |A∩B| = J(|A|+|B|)/(1+J). Fingerprints stored without sizes give their Jaccard estimate.
    /// </summary>
    public static double Containment(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        var j = Similarity(a, b);
        if (a.Count <= SizeAt || b.Count <= SizeAt || a[SizeAt] == 0 || b[SizeAt] == 0)
            return j;
        double na = a[SizeAt], nb = b[SizeAt];
        return Math.Min(1, j / (1 + j) * (na + nb) / Math.Min(na, nb));
    }

    /// <summary>The estimated Jaccard similarity of two fingerprints: the share of positions where they agree.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        var same = 0;
        for (var k = 0; k < Hashes; k++)
        {
            if (a[k] == b[k])
                same++;
        }
        return (double)same / Hashes;
    }

    public static byte[] ToBytes(ulong[] fingerprint)
    {
        var bytes = new byte[fingerprint.Length * 8];
        Buffer.BlockCopy(fingerprint, 0, bytes, 0, bytes.Length);
        return bytes;
    }

    public static ulong[] FromBytes(byte[] bytes)
    {
        var fingerprint = new ulong[bytes.Length / 8];
        Buffer.BlockCopy(bytes, 0, fingerprint, 0, bytes.Length);
        return fingerprint;
    }

    private static ulong Fnv(ReadOnlySpan<char> text)
    {
        var h = 14695981039346656037UL;
        foreach (var c in text)
        {
            h ^= c;
            h *= 1099511628211UL;
        }
        return h;
    }

    /// <summary>SplitMix64's finalizer: a well-mixed 64-bit value.</summary>
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

/// <summary>
/// Finds the first stored copy of a document by its fingerprint without comparing it with every other: fingerprints
/// are cut into <see cref="Bands"/> bands of <see cref="TextFingerprint.Hashes"/> / Bands positions, and only documents
/// sharing a whole band with the asking one are compared (locality-sensitive hashing; at a similarity of 0.7 two copies
/// share a band with probability above 0.999).
/// </summary>
public sealed class DuplicateFinder
{
    public const int Bands = 16;
    private const int Rows = TextFingerprint.Hashes / Bands;

    private readonly Dictionary<(int Band, ulong Key), List<string>> _buckets = [];
    private readonly Dictionary<string, ulong[]> _fingerprints = new(StringComparer.Ordinal);
    private readonly HashSet<string> _parts = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<string>> _byFigures = [];

    /// <summary>Remembers <paramref name="documentId"/>'s fingerprint as an original others may copy.</summary>
    public void Add(string documentId, ulong[] fingerprint)
    {
        Remove(documentId);
        _fingerprints[documentId] = fingerprint;
        if (TextFingerprint.IsPart(fingerprint))
            _parts.Add(documentId);
        if (TextFingerprint.FiguresOf(fingerprint) is var figures and not 0)
        {
            if (!_byFigures.TryGetValue(figures, out var same))
                _byFigures[figures] = same = [];
            same.Add(documentId);
        }
        for (var b = 0; b < Bands; b++)
        {
            var key = (b, BandKey(fingerprint, b));
            if (!_buckets.TryGetValue(key, out var ids))
                _buckets[key] = ids = [];
            ids.Add(documentId);
        }
    }

    public void Remove(string documentId)
    {
        if (!_fingerprints.Remove(documentId, out var old))
            return;
        _parts.Remove(documentId);
        if (TextFingerprint.FiguresOf(old) is var figures and not 0)
            _byFigures[figures].Remove(documentId);
        for (var b = 0; b < Bands; b++)
            _buckets[(b, BandKey(old, b))].Remove(documentId);
    }

    /// <summary>The most similar remembered document other than <paramref name="documentId"/> at or above <see cref="TextFingerprint.DuplicateAt"/>; null when none.</summary>
    public (string DocumentId, double Similarity)? Find(string documentId, ulong[] fingerprint)
    {
        var candidates = new HashSet<string>(StringComparer.Ordinal);
        for (var b = 0; b < Bands; b++)
        {
            if (_buckets.TryGetValue((b, BandKey(fingerprint, b)), out var ids))
                candidates.UnionWith(ids);
        }
        // A part shares too few shingles with its whole for a band to find it: a part is compared with every document,
        // and every document with the parts (few: only pages cut off behind a login wall are).
        var part = TextFingerprint.IsPart(fingerprint);
        candidates.UnionWith(part ? _fingerprints.Keys : _parts);
        // A copy in other words shares too few shingles for a band: it is found by its date and figures.
        var figures = TextFingerprint.FiguresOf(fingerprint);
        if (figures != 0 && _byFigures.TryGetValue(figures, out var same))
            candidates.UnionWith(same);
        candidates.Remove(documentId);
        return candidates
            .Select(id => (Id: id, Similarity: part || _parts.Contains(id)
                ? Math.Max(TextFingerprint.Similarity(fingerprint, _fingerprints[id]), Contained(fingerprint, _fingerprints[id]))
                : SameFigures(fingerprint, _fingerprints[id], WithChrome(fingerprint, _fingerprints[id]))))
            .Where(c => c.Similarity >= TextFingerprint.DuplicateAt)
            .OrderByDescending(c => c.Similarity).ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => ((string, double)?)(c.Id, c.Similarity))
            .FirstOrDefault();
    }

    /// <summary>
    /// The remembered document <paramref name="documentId"/> copies (<see cref="Find"/>); when it copies none it is
    /// remembered in turn, as an original later ones may copy.
    /// </summary>
    public (string DocumentId, double Similarity)? FindOrAdd(string documentId, ulong[] fingerprint)
    {
        var found = Find(documentId, fingerprint);
        if (found is null)
            Add(documentId, fingerprint);
        return found;
    }

    /// <summary>
    /// The similarity of two whole pages, raised to <see cref="TextFingerprint.DuplicateAt"/> when one holds nearly all of
    /// the other (<see cref="TextFingerprint.WholeContainedAt"/>) and they are alike enough (<see cref="TextFingerprint.ChromedAt"/>).
    /// </summary>
    private static double WithChrome(ulong[] a, ulong[] b)
    {
        var j = TextFingerprint.Similarity(a, b);
        return j < TextFingerprint.DuplicateAt && j >= TextFingerprint.ChromedAt && TextFingerprint.Containment(a, b) >= TextFingerprint.WholeContainedAt
            ? TextFingerprint.DuplicateAt : j;
    }

    /// <summary>
    /// <paramref name="similarity"/>, raised to <see cref="TextFingerprint.DuplicateAt"/> when the two documents share their
    /// date and figures (<see cref="TextFingerprint.FiguresKey"/>) and their texts are at least
    /// <see cref="TextFingerprint.SameFiguresAt"/> alike.
    /// </summary>
    private static double SameFigures(ulong[] a, ulong[] b, double similarity) =>
        similarity < TextFingerprint.DuplicateAt && TextFingerprint.FiguresOf(a) is var figures and not 0 && figures == TextFingerprint.FiguresOf(b)
        && TextFingerprint.Similarity(a, b) >= TextFingerprint.SameFiguresAt
            ? TextFingerprint.DuplicateAt : similarity;

    /// <summary>The containment of a part in a whole, mapped onto the similarity scale: a copy at <see cref="TextFingerprint.ContainedAt"/>.</summary>
    private static double Contained(ulong[] a, ulong[] b)
    {
        var c = TextFingerprint.Containment(a, b);
        return c >= TextFingerprint.ContainedAt ? Math.Max(c, TextFingerprint.DuplicateAt) : 0;
    }

    private static ulong BandKey(ulong[] fingerprint, int band)
    {
        var h = 14695981039346656037UL;
        for (var r = 0; r < Rows; r++)
        {
            h ^= fingerprint[band * Rows + r];
            h *= 1099511628211UL;
        }
        return h;
    }
}

/// <summary>The text of a plan a fingerprint is taken of: its title, its body's sections, its problems with their fields and measures.</summary>
public static class PlanText
{
    /// <summary>The diagnostic that says a document's page showed only part of it (剩余60%内容，登录后查看全文).</summary>
    public const string PartCode = "partial-copy";

    /// <summary>The plan's fingerprint, marked as a part when its page showed only part of it; null when too short.</summary>
    public static ulong[]? Fingerprint(Model.PlanDocument plan)
    {
        var problems = Problems(plan);
        return TextFingerprint.Of(Head(plan) + problems, part: plan.Diagnostics.Any(d => d.Code == PartCode),
            figures: TextFingerprint.FiguresKey(plan.Metadata.Date, problems + string.Join("\n", plan.Problems.Select(p => p.Fields.DeadlineRaw))));
    }

    /// <summary>The text of a plan's problems: each one's finding, target, progress and measures.</summary>
    private static string Problems(Model.PlanDocument plan)
    {
        var text = new StringBuilder();
        foreach (var p in plan.Problems)
        {
            text.Append(p.Text).Append('\n').Append(p.Fields.Target).Append('\n').Append(p.Fields.Progress).Append('\n');
            foreach (var m in p.Measures)
                text.Append(m.Text).Append('\n');
        }
        return text.ToString();
    }

    public static string Of(Model.PlanDocument plan) => Head(plan) + Problems(plan);

    /// <summary>The text of a plan before its problems: its title and its body's sections.</summary>
    private static string Head(Model.PlanDocument plan)
    {
        var text = new StringBuilder();
        text.Append(plan.Metadata.Title).Append('\n');
        void Sections(IEnumerable<Model.Section> sections)
        {
            foreach (var s in sections)
            {
                text.Append(s.Heading).Append('\n').Append(s.Text).Append('\n');
                Sections(s.Children);
            }
        }
        Sections(plan.Sections);
        return text.ToString();
    }
}
