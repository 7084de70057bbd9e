using Rectify.Search.Analysis.Resources;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>
/// Related terms mined from the corpus (<see cref="RelatedTermMiner"/>) and reviewed by a person, from the versioned
/// data file domain/related.tsv: a query holding one of a pair's terms is also ranked by the other, weighed by the
/// pair's NPMI and always below the user's own words and the hand thesaurus. Only pairs reviewed <c>keep</c> count; a
/// pair works both ways (a drafter may write the finding's word or the answer's).
/// </summary>
public sealed class RelatedTerms
{
    /// <summary>The columns of the file, in order.</summary>
    public const string Columns = "term\trelated\tnpmi\ttogether\tterm_problems\trelated_problems\treview\texamples";

    private readonly Dictionary<string, List<(string Term, float Weight)>> _related = new(StringComparer.Ordinal);
    private readonly TextNormalizer _normalizer;
    private int _maxTermLength;

    private static readonly Lazy<RelatedTerms> Shared = new(() => Parse(EmbeddedData.Lines("domain/related.tsv"), "related.tsv", TextNormalizer.Default));

    private RelatedTerms(TextNormalizer normalizer) => _normalizer = normalizer;

    /// <summary>The shipped, reviewed pairs.</summary>
    public static RelatedTerms Default => Shared.Value;

    /// <summary>None: what a caller without mined terms uses.</summary>
    public static RelatedTerms Empty { get; } = new(TextNormalizer.Default);

    /// <summary>Every pair as written, with its review (keep, drop, or ? for not reviewed yet).</summary>
    public IReadOnlyList<Entry> Entries => _entries;

    private readonly List<Entry> _entries = [];

    /// <summary>A line of the file.</summary>
    public sealed record Entry(string Term, string Related, double Npmi, int Together, int TermProblems, int RelatedProblems, string Review, string Examples)
    {
        public bool Kept => Review == "keep";
    }

    /// <summary>Reads the file; a malformed line is an error naming the file and line.</summary>
    public static RelatedTerms Parse(IEnumerable<string> lines, string source, TextNormalizer normalizer)
    {
        var related = new RelatedTerms(normalizer);
        foreach (var (lineNo, line) in DataLines.Content(lines))
        {
            var c = line.Split('\t');
            if (c.Length != 8 || c[0].Length == 0 || c[1].Length == 0)
                throw new FormatException($"{source}:{lineNo}: expected 8 tab-separated columns: {Columns}");
            if (!double.TryParse(c[2], System.Globalization.CultureInfo.InvariantCulture, out var npmi) || npmi is <= 0 or > 1)
                throw new FormatException($"{source}:{lineNo}: npmi must be a number in (0, 1], not '{c[2]}'");
            if (!int.TryParse(c[3], out var together) || !int.TryParse(c[4], out var termProblems) || !int.TryParse(c[5], out var relatedProblems))
                throw new FormatException($"{source}:{lineNo}: together, term_problems and related_problems must be whole numbers");
            if (c[6] is not ("keep" or "drop" or "?"))
                throw new FormatException($"{source}:{lineNo}: review must be keep, drop or ?, not '{c[6]}'");
            var entry = new Entry(c[0], c[1], npmi, together, termProblems, relatedProblems, c[6], c[7]);
            related._entries.Add(entry);
            if (!entry.Kept)
                continue;
            related.Add(entry.Term, entry.Related, (float)npmi);
            related.Add(entry.Related, entry.Term, (float)npmi);
        }
        return related;
    }

    /// <summary>
    /// The related terms of the kept pairs whose one term is in <paramref name="text"/> and whose other is not, each once
    /// at its highest weight, heaviest first.
    /// </summary>
    public IReadOnlyList<(string Term, float Weight)> FindIn(string text)
    {
        if (_related.Count == 0)
            return [];
        var key = Key(text);
        var found = new Dictionary<string, float>(StringComparer.Ordinal);
        for (var i = 0; i < key.Length; i++)
        {
            for (var len = Math.Min(_maxTermLength, key.Length - i); len >= 2; len--)
            {
                if (!_related.TryGetValue(key.Substring(i, len), out var list))
                    continue;
                foreach (var (term, weight) in list)
                {
                    if (!key.Contains(Key(term), StringComparison.Ordinal) && weight > found.GetValueOrDefault(term))
                        found[term] = weight;
                }
            }
        }
        return found.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).Select(f => (f.Key, f.Value)).ToList();
    }

    /// <summary>
    /// The file's lines for <paramref name="candidates"/>: each pair with the review it had in <paramref name="previous"/>
    /// (a pair mined again keeps its reviewer's decision; a new one waits as ?), after the header lines given.
    /// </summary>
    public static IEnumerable<string> Format(IEnumerable<RelatedTermMiner.Candidate> candidates, RelatedTerms? previous, IEnumerable<string> header)
    {
        var reviews = (previous?._entries ?? []).ToDictionary(e => (e.Term, e.Related), e => e.Review);
        foreach (var line in header)
            yield return "# " + line;
        yield return "# " + Columns;
        foreach (var c in candidates)
        {
            var review = reviews.GetValueOrDefault((c.Term, c.Related), "?");
            yield return string.Join('\t', c.Term, c.Related, c.Npmi.ToString("F3", System.Globalization.CultureInfo.InvariantCulture),
                c.Together, c.TermCount, c.RelatedCount, review, string.Join(' ', c.Examples));
        }
    }

    private void Add(string term, string related, float weight)
    {
        var key = Key(term);
        if (!_related.TryGetValue(key, out var list))
            _related[key] = list = [];
        list.Add((related, weight));
        _maxTermLength = Math.Max(_maxTermLength, key.Length);
    }

    private string Key(string term) => _normalizer.Normalize(term).ToLowerInvariant();
}
