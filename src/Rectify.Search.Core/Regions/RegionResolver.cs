using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Regions;

/// <summary>
/// Resolves the region a plan's title starts with (兴国县…, 晋城市城区…, 江西省…) to a GB/T 2260 division.
/// It reads province, then city, then county names in sequence, each constrained by the one before, and takes
/// the reading that covers the most of the title. A county name shared by several divisions is settled by
/// which of their cities and provinces the plan's opening mentions; if that does not settle it, nothing is guessed.
/// </summary>
public static class RegionResolver
{
    private static readonly string[] IgnoredPrefixes = ["最新", "中共", "关于印发", "关于"];

    /// <summary>Resolves the region named at the start of <paramref name="title"/>; null when none is found.</summary>
    public static Region? Resolve(Gazetteer gazetteer, string title, string context, List<Diagnostic> diagnostics)
    {
        var text = new string(title.Where(c => !char.IsWhiteSpace(c)).ToArray());
        foreach (var prefix in IgnoredPrefixes)
        {
            if (text.StartsWith(prefix, StringComparison.Ordinal))
                text = text[prefix.Length..];
        }

        var readings = new List<(Division? P, Division? C, Division? A, int Length, int FullNames)>();
        foreach (var (p, pLen, pFull) in Matches(gazetteer, text, 0, DivisionLevel.Province, null).Append((null, 0, false)))
        {
            foreach (var (c, cLen, cFull) in Matches(gazetteer, text, pLen, DivisionLevel.City, p?.Code).Append((null, 0, false)))
            {
                var parent = c?.Code ?? p?.Code;
                foreach (var (a, aLen, _) in Matches(gazetteer, text, pLen + cLen, DivisionLevel.Area, parent).Append((null, 0, false)))
                {
                    var length = pLen + cLen + aLen;
                    if (length > 0)
                        readings.Add((p, c, a, length, (pFull ? 1 : 0) + (cFull ? 1 : 0) + (a is null ? 0 : 1)));
                }
            }
        }
        if (readings.Count == 0)
            return null;

        var bestLength = readings.Max(r => r.Length);
        var best = readings.Where(r => r.Length == bestLength).ToList();
        var bestFull = best.Max(r => r.FullNames);
        best = best.Where(r => r.FullNames == bestFull).ToList();
        var candidates = best.Select(r => r.A ?? r.C ?? r.P!).DistinctBy(d => d.Code).ToList();
        if (candidates.Count > 1)
        {
            var scored = candidates.Select(d => (Division: d, Score: ContextScore(gazetteer, d, context))).OrderByDescending(x => x.Score).ToList();
            if (scored[0].Score == scored[1].Score)
            {
                diagnostics.Add(new(Severity.Warning, null, "region-ambiguous",
                    $"the region in \"{title}\" could be any of {string.Join(", ", candidates.Select(d => $"{Describe(gazetteer, d)} {d.Code}"))}; the plan does not say which"));
                return null;
            }
            candidates = [scored[0].Division];
        }
        return ToRegion(gazetteer, candidates[0]);
    }

    private static IEnumerable<(Division? Division, int Length, bool Full)> Matches(Gazetteer g, string text, int start, DivisionLevel level, string? parentCode)
    {
        for (var len = Math.Min(g.MaxNameLength, text.Length - start); len >= 2; len--)
        {
            foreach (var (d, full) in g.ByName(text.Substring(start, len)))
            {
                if (d.Level != level)
                    continue;
                if (parentCode is not null && d.ParentCode != parentCode && d.ProvinceCode != parentCode)
                    continue;
                yield return (d, len, full);
            }
        }
    }

    /// <summary>How often the plan's opening names the candidate's city and province (by full or short name).</summary>
    private static int ContextScore(Gazetteer g, Division d, string context)
    {
        var score = 0;
        foreach (var code in new[] { d.ParentCode, d.ProvinceCode }.Where(c => c is not null).Distinct())
        {
            var parent = g.ByCode(code!);
            if (parent is null)
                continue;
            var names = new[] { parent.Name }.Concat(ShortFormsOf(g, parent));
            score += names.Distinct().Sum(n => CountOf(context, n));
        }
        return score;
    }

    private static IEnumerable<string> ShortFormsOf(Gazetteer g, Division d)
    {
        for (var len = 2; len < d.Name.Length; len++)
        {
            var stem = d.Name[..len];
            if (g.ByName(stem).Any(x => x.Division.Code == d.Code))
                yield return stem;
        }
    }

    private static int CountOf(string text, string name)
    {
        var count = 0;
        for (var i = text.IndexOf(name, StringComparison.Ordinal); i >= 0; i = text.IndexOf(name, i + name.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    /// <summary>The region a division is, with its province and city named.</summary>
    public static Region ToRegion(Gazetteer g, Division d)
    {
        var province = g.ByCode(d.ProvinceCode)!;
        var city = d.Level switch
        {
            DivisionLevel.City => d,
            DivisionLevel.Area when d.ParentCode is { } pc => g.ByCode(pc),
            _ => null,
        };
        var cityName = city is null || city.Name is "市辖区" or "县" || city.Name.Contains("直辖") ? null : city.Name;
        // The division data keys provinces by 2 digits and cities by 4; GB/T 2260 codes are 6 (江西省 360000, 赣州市 360700).
        var code = d.Code.PadRight(6, '0');
        return d.Level switch
        {
            DivisionLevel.Province => new Region(province.Name, null, null, code, RegionLevel.Province),
            DivisionLevel.City => new Region(province.Name, cityName, null, code, RegionLevel.City),
            _ => new Region(province.Name, cityName, d.Name, code, RegionLevel.County),
        };
    }

    /// <summary>A region's name under its province: 河南省濮阳市台前县.</summary>
    public static string FullName(Region r) => $"{r.Province}{r.City}{r.County}";

    /// <summary>A division as a place a document names <paramref name="mentions"/> times.</summary>
    public static Place ToPlace(Gazetteer g, Division d, int mentions)
    {
        var r = ToRegion(g, d);
        return new Place(r.Code, FullName(r), r.Level, mentions);
    }

    private static string Describe(Gazetteer g, Division d) => FullName(ToRegion(g, d));
}
