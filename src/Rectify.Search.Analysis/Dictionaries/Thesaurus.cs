using Rectify.Search.Analysis.Resources;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>
/// Query expansion (never index-time): groups of equivalent terms (两高 = 高耗能高排放) and one-way entries
/// (煤改电 -> 清洁取暖), from the versioned data file domain/thesaurus.txt. Terms are compared after the
/// analyzer's normalization (full width, traditional characters, case), so ＰＭ２．５ finds PM2.5's entry.
/// </summary>
public sealed class Thesaurus
{
    private readonly Dictionary<string, List<string>> _expansions;
    private readonly TextNormalizer _normalizer;
    private readonly int _maxTermLength;

    private static readonly Lazy<Thesaurus> Shared = new(() => Parse(EmbeddedData.Lines("domain/thesaurus.txt"), "thesaurus.txt", TextNormalizer.Default).WithRelated(RelatedTerms.Default));

    private Thesaurus(TextNormalizer normalizer, IReadOnlyList<IReadOnlyList<string>> entries, int maxTermLength, Dictionary<string, List<string>> expansions)
    {
        _expansions = expansions;
        _normalizer = normalizer;
        Entries = entries;
        _maxTermLength = maxTermLength;
    }

    /// <summary>The related terms mined from the corpus and reviewed (weaker than an entry here); none unless given by <see cref="WithRelated"/>.</summary>
    public RelatedTerms Related { get; private init; } = RelatedTerms.Empty;

    /// <summary>This thesaurus with <paramref name="related"/> as its mined related terms.</summary>
    public Thesaurus WithRelated(RelatedTerms related) => new(_normalizer, Entries, _maxTermLength, _expansions) { Related = related };

    /// <summary>The shipped thesaurus, with the shipped related terms.</summary>
    public static Thesaurus Default => Shared.Value;

    /// <summary>Every entry as written: for a one-way entry its first term is the source.</summary>
    public IReadOnlyList<IReadOnlyList<string>> Entries { get; }

    /// <summary>Reads the thesaurus format; a malformed line is an error naming the file and line.</summary>
    public static Thesaurus Parse(IEnumerable<string> lines, string source, TextNormalizer normalizer)
    {
        var expansions = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var entries = new List<IReadOnlyList<string>>();
        var max = 0;
        foreach (var (lineNo, line) in DataLines.Content(lines))
        {
            List<string> terms;
            if (line.Contains("->", StringComparison.Ordinal))
            {
                var arrow = line.Split("->");
                var targets = arrow.Length == 2 ? arrow[1].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) : [];
                if (arrow.Length != 2 || arrow[0].Trim().Length == 0 || targets.Length == 0)
                    throw new FormatException($"{source}:{lineNo}: expected 'term -> term, term'");
                terms = [arrow[0].Trim(), .. targets];
                Add(expansions, Key(normalizer, terms[0]), targets);
            }
            else
            {
                terms = line.Split(" = ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
                if (terms.Count < 2)
                    throw new FormatException($"{source}:{lineNo}: expected 'term = term' or 'term -> term'");
                foreach (var term in terms)
                    Add(expansions, Key(normalizer, term), terms.Where(t => t != term));
            }
            entries.Add(terms);
            max = Math.Max(max, terms.Max(t => t.Length));
        }
        return new Thesaurus(normalizer, entries, max, expansions);
    }

    /// <summary>What <paramref name="term"/> expands to (not including itself); empty when it has no entry.</summary>
    public IReadOnlyList<string> Expand(string term) =>
        _expansions.TryGetValue(Key(_normalizer, term), out var list) ? list : [];

    /// <summary>
    /// Finds thesaurus terms in <paramref name="query"/>: at each position the longest, in order of position. Terms may
    /// overlap (烧煤球 → 烧煤, 煤球: a drafter's 煤球 is not lost to the 烧煤 before it); a term wholly inside an earlier
    /// match is left out (烧煤取暖 → 烧煤取暖 only). Offsets are in the query as given.
    /// </summary>
    public IReadOnlyList<ThesaurusMatch> FindIn(string query)
    {
        var key = Key(_normalizer, query);
        var matches = new List<ThesaurusMatch>();
        var covered = 0;
        for (var i = 0; i < key.Length; i++)
        {
            for (var len = Math.Min(_maxTermLength, key.Length - i); len >= 2; len--)
            {
                if (i + len <= covered || !_expansions.TryGetValue(key.Substring(i, len), out var list))
                    continue;
                matches.Add(new ThesaurusMatch(i, len, query.Substring(i, len), list));
                covered = i + len;
                break;
            }
        }
        return matches;
    }

    private static string Key(TextNormalizer normalizer, string term) => normalizer.Normalize(term).ToLowerInvariant();

    private static void Add(Dictionary<string, List<string>> map, string key, IEnumerable<string> terms)
    {
        if (!map.TryGetValue(key, out var list))
            map[key] = list = [];
        foreach (var t in terms)
        {
            if (!list.Contains(t))
                list.Add(t);
        }
    }
}
