namespace Rectify.Search.Analysis.Dictionaries;

/// <summary>
/// Mines related terms from the corpus itself: a word of a problem's finding and a word of its target and measures
/// are related when they come together in more problems than chance would put them (normalized pointwise mutual
/// information, NPMI, over problems). The inspectors' 散煤 and the answers' 清洁取暖 meet this way; words every
/// problem has (加强, 工作) have no information and fall below the threshold. The candidates are reviewed by a person
/// into <c>domain/related.tsv</c> (see <see cref="RelatedTerms"/>): mining proposes, review decides.
/// </summary>
public static class RelatedTermMiner
{
    /// <summary>One problem: where it is from (its id, for provenance), the words of its finding, the words of its target and measures.</summary>
    public sealed record Unit(string Source, IReadOnlyCollection<string> Finding, IReadOnlyCollection<string> Answer);

    /// <summary>
    /// A mined pair: <see cref="Term"/> (in findings) and <see cref="Related"/> (in answers), the problems holding both
    /// (<see cref="Together"/>), each (<see cref="TermCount"/>, <see cref="RelatedCount"/>), NPMI in (0, 1], and the
    /// first problems where they meet.
    /// </summary>
    public sealed record Candidate(string Term, string Related, double Npmi, int Together, int TermCount, int RelatedCount, IReadOnlyList<string> Examples);

    /// <summary>
    /// The pairs of <paramref name="units"/> met in at least <paramref name="minTogether"/> problems with NPMI at least
    /// <paramref name="minNpmi"/>, strongest first; a word is never related to itself or to a word that contains it
    /// (污水 and 污水管网 share their characters already). Deterministic for the same units.
    /// </summary>
    public static IReadOnlyList<Candidate> Mine(IReadOnlyList<Unit> units, int minTogether = 3, double minNpmi = 0.5, int examples = 3)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(minTogether, 1);
        var n = units.Count;
        if (n == 0)
            return [];
        var finding = new Dictionary<string, int>(StringComparer.Ordinal);
        var answer = new Dictionary<string, int>(StringComparer.Ordinal);
        var pairs = new Dictionary<(string, string), List<string>>();
        foreach (var unit in units)
        {
            var f = unit.Finding.Distinct(StringComparer.Ordinal).ToList();
            var a = unit.Answer.Distinct(StringComparer.Ordinal).ToList();
            foreach (var w in f)
                finding[w] = finding.GetValueOrDefault(w) + 1;
            foreach (var w in a)
                answer[w] = answer.GetValueOrDefault(w) + 1;
            foreach (var x in f)
            {
                foreach (var y in a)
                {
                    if (x.Contains(y, StringComparison.Ordinal) || y.Contains(x, StringComparison.Ordinal))
                        continue;
                    if (!pairs.TryGetValue((x, y), out var sources))
                        pairs[(x, y)] = sources = [];
                    sources.Add(unit.Source);
                }
            }
        }
        var candidates = new List<Candidate>();
        foreach (var ((x, y), sources) in pairs)
        {
            if (sources.Count < minTogether)
                continue;
            var npmi = Npmi(sources.Count, finding[x], answer[y], n);
            if (npmi >= minNpmi)
                candidates.Add(new Candidate(x, y, npmi, sources.Count, finding[x], answer[y], sources.Take(examples).ToList()));
        }
        return candidates
            .OrderByDescending(c => c.Npmi).ThenByDescending(c => c.Together)
            .ThenBy(c => c.Term, StringComparer.Ordinal).ThenBy(c => c.Related, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// NPMI of two events seen together <paramref name="together"/> times, apart <paramref name="x"/> and
    /// <paramref name="y"/> times, out of <paramref name="n"/>: log(p(x,y) / p(x)p(y)) / −log p(x,y); 1 when they
    /// always come together, 0 when independent. Two events in every unit say nothing: 0.
    /// </summary>
    public static double Npmi(int together, int x, int y, int n)
    {
        if (together <= 0 || x <= 0 || y <= 0 || n <= 0)
            return -1;
        double pxy = (double)together / n, px = (double)x / n, py = (double)y / n;
        return pxy >= 1 ? 0 : Math.Log(pxy / (px * py)) / -Math.Log(pxy);
    }
}
