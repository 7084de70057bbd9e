using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Regions;

/// <summary>
/// Finds the region a document belongs to from everything it says, when its title does not start with one: every
/// GB/T 2260 name it prints counts for that division and its parents, weighted by where it stands (the title and the
/// issuer more than the body; a cited document's title 《…》 half as much). The region descends from the province
/// with most support to the city, then to the county, while one child clearly stands out (twice the support of the
/// next) — so a city notice that names several of its counties stays the city, and a provincial notice naming several
/// cities stays the province. Zones GB/T 2260 lacks (…经济开发区, …管理区, …风景名胜区) are kept by name within their parent.
/// </summary>
public static partial class RegionFinder
{
    [GeneratedRegex(@"\G(?<zone>[\u4e00-\u9fff]{1,12}?(经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|开发区|工业园区|产业园区|风景名胜区|风景区|旅游区|度假区|管理区|示范区|林区|农场))")]
    private static partial Regex ZoneAfter();

    /// <summary>How much a name counts where it stands, and how far a region read from there can be trusted.</summary>
    private static (double Weight, double Confidence) Standing(EvidenceSource source) => source switch
    {
        EvidenceSource.Title => (6, 0.95),
        EvidenceSource.Page or EvidenceSource.Signature => (4, 0.9),
        EvidenceSource.Portal => (3, 0.85),
        EvidenceSource.Units => (2, 0.8),
        EvidenceSource.Problem => (1, 0.75),
        _ => (1, 0.6),
    };

    /// <summary>A division named at <c>At</c> by a name of <c>Length</c> characters (its full name or not), inside a cited title or not.</summary>
    private sealed record Mention(Division Division, double Weight, EvidenceSource Source, string? Zone)
    {
        public int At { get; init; }
        public int Length { get; init; }
        public bool Full { get; init; }
        public bool Cited { get; init; }
    }

    /// <summary>
    /// The region of the document's issuer: read from what speaks for the issuer — its title, the page's issuer and
    /// issuer, its signature — alone when they name a division (a city bureau's notice about a failing in one of its
    /// counties is the city's, however often the county is named); else from the units it assigns work to (a county's
    /// own bureaus); only else from everything, a portal's region tag (地区：贵州-黔东南) with the places its text names. Null (with a warning) when nothing names a division or
    /// no province stands out.
    /// </summary>
    public static (Region Region, RegionEvidenceSummary Evidence)? Find(Gazetteer g, IReadOnlyList<RegionEvidence> evidence, List<Diagnostic> diagnostics)
    {
        // 城区, 矿区, 新区 are everyday words first: a district of that name is meant only after its city (阳泉市城区).
        var all = evidence.SelectMany(e => Mentions(g, e).Where(m => !WordNames.Contains(m.Division.Name) || AfterParent(g, e.Text, m))).ToList();
        var issuer = all.Where(m => m.Source >= EvidenceSource.Signature).ToList();
        var units = all.Where(m => m.Source == EvidenceSource.Units).ToList();
        var mentions = issuer.Count > 0 ? issuer : units.Count > 0 ? units : all;
        return Find(g, mentions, diagnostics);
    }

    private static (Region Region, RegionEvidenceSummary Evidence)? Find(Gazetteer g, List<Mention> mentions, List<Diagnostic> diagnostics)
    {
        if (mentions.Count == 0)
        {
            diagnostics.Add(new(Severity.Warning, null, "region-unresolved", "the document names no province, city or county of the GB/T 2260 divisions; its region is left unknown"));
            return null;
        }
        var support = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            for (var d = m.Division; d is not null; d = g.ParentOf(d))
                support[d.Code] = support.GetValueOrDefault(d.Code) + m.Weight;
        }
        double S(Division d) => support.GetValueOrDefault(d.Code);
        double Own(Division d) => mentions.Where(m => m.Division.Code == d.Code).Select(m => m.Weight).DefaultIfEmpty(0).Max();

        var provinces = mentions.Select(m => g.ByCode(m.Division.ProvinceCode)!).DistinctBy(p => p.Code).OrderByDescending(S).ToList();
        if (provinces.Count > 1 && S(provinces[0]) < 2 * S(provinces[1]))
        {
            diagnostics.Add(new(Severity.Warning, null, "region-ambiguous",
                $"the document names places in {string.Join(" and ", provinces.Take(2).Select(p => p.Name))} about equally; its region is left unknown"));
            return null;
        }
        var chosen = provinces[0];
        double runnerUp = provinces.Count > 1 ? S(provinces[1]) : 0;
        while (true)
        {
            var kids = g.ChildrenOf(chosen.Code).Where(k => S(k) > 0).OrderByDescending(S).ToList();
            if (kids.Count == 0)
                break;
            var second = kids.Count > 1 ? S(kids[1]) : 0;
            // A child stands out by twice the support of the next; named only in passing (once, in the body) it does
            // not pull a document whose own issuer or title names the parent down to itself.
            if (S(kids[0]) < 2 * second || (S(kids[0]) < 2 && Own(chosen) >= 3))
                break;
            chosen = kids[0];
            runnerUp = second;
        }

        var own = mentions.Where(m => m.Division.Code == chosen.Code || IsBelow(g, m.Division, chosen)).OrderByDescending(m => m.Weight).First();
        var clarity = S(chosen) / (S(chosen) + runnerUp);
        var zone = mentions.Where(m => m.Division.Code == chosen.Code && m.Zone is not null && m.Source >= EvidenceSource.Signature).Select(m => m.Zone).FirstOrDefault();
        return (RegionResolver.ToRegion(g, chosen), new RegionEvidenceSummary(own.Source.ToString().ToLowerInvariant(), Math.Round(Standing(own.Source).Confidence * clarity, 2), zone));
    }

    /// <summary>Names of divisions that are everyday words too (城区老旧管网, 矿区, 新区): never read as a place.</summary>
    private static readonly HashSet<string> WordNames = new(StringComparer.Ordinal) { "城区", "郊区", "矿区", "新区", "东区", "西区", "南区", "北区", "市中区", "市辖区", "老城区", "新城区", "城中区" };

    /// <summary>
    /// A two-character name (范县, 成县) is also the end of many words (示范县, 建成县城): it names a place only where no
    /// Chinese character runs into it, or its own city's name does (濮阳市范县).
    /// </summary>
    private static bool StandsApart(Gazetteer g, string text, Mention m) =>
        m.Length > 2 || m.At == 0 || !IsChinese(text[m.At - 1]) || AfterParent(g, text, m);

    /// <summary>The division's city or province is named right before it (濮阳市范县, 江苏省无锡市).</summary>
    private static bool AfterParent(Gazetteer g, string text, Mention m)
    {
        var before = text.AsSpan(0, m.At);
        for (var parent = g.ParentOf(m.Division); parent is not null; parent = g.ParentOf(parent))
        {
            if (before.EndsWith(parent.Name, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static bool IsChinese(char c) => c is >= '\u4e00' and <= '\u9fff';

    /// <summary>
    /// The places <paramref name="texts"/> (folded) name, outside cited titles 《…》: each a division by its full name or
    /// a short name of three characters or more, other than <paramref name="issuerCode"/>'s division and those above it.
    /// A name several divisions share counts only where one of them lies in the issuer's province (or, without an
    /// issuer, where it is the only one); one outside that province only after its parent's name; a two-character one
    /// only standing apart (<see cref="StandsApart"/>). Most named first, then by code.
    /// </summary>
    public static IReadOnlyList<Place> Places(Gazetteer g, IEnumerable<string> texts, string? issuerCode)
    {
        var issuer = issuerCode is null ? null : g.ByRegionCode(issuerCode);
        var above = new HashSet<string>(StringComparer.Ordinal);
        for (var d = issuer; d is not null; d = g.ParentOf(d))
            above.Add(d.Code);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var m in Mentions(g, new RegionEvidence(text, EvidenceSource.Body)).GroupBy(m => m.At))
            {
                var named = m.Where(x => !x.Cited && (x.Full || x.Length >= 3) && !WordNames.Contains(x.Division.Name) && !Gazetteer.IsPlaceholder(x.Division)
                    && StandsApart(g, text, x)
                    // Outside the issuer's province a name is a place only with its parent before it (鄱阳湖滨湖区域 is no 无锡市滨湖区).
                    && (issuer is null || x.Division.ProvinceCode == issuer.ProvinceCode || AfterParent(g, text, x))).ToList();
                if (named.Count > 1)
                    named = issuer is null ? [] : named.Where(x => x.Division.ProvinceCode == issuer.ProvinceCode).ToList();
                if (named is [var one] && !above.Contains(one.Division.Code))
                    counts[one.Division.Code] = counts.GetValueOrDefault(one.Division.Code) + 1;
            }
        }
        return counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Select(c => RegionResolver.ToPlace(g, g.ByCode(c.Key)!, c.Value))
            .ToList();
    }

    /// <summary>The places of several parts of a document as one list: each place once, its mentions summed, most named first, then by code.</summary>
    public static IReadOnlyList<Place> Merge(IEnumerable<IReadOnlyList<Place>> parts) =>
        parts.SelectMany(p => p).GroupBy(p => p.Code, StringComparer.Ordinal)
            .Select(same => same.First() with { Mentions = same.Sum(p => p.Mentions) })
            .OrderByDescending(p => p.Mentions).ThenBy(p => p.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>The zone a text names right after a division (九江市庐山风景名胜区 → 庐山风景名胜区), or null.</summary>
    public static string? ZoneIn(Gazetteer g, string text) =>
        Mentions(g, new RegionEvidence(text, EvidenceSource.Title)).Select(m => m.Zone).FirstOrDefault(z => z is not null);

    private static bool IsBelow(Gazetteer g, Division d, Division ancestor)
    {
        for (var p = g.ParentOf(d); p is not null; p = g.ParentOf(p))
        {
            if (p.Code == ancestor.Code)
                return true;
        }
        return false;
    }

    [GeneratedRegex(@"\G(生态环境局|环境保护局|环保局|自然资源局|自然资源和规划局|公安局)(?<short>[\u4e00-\u9fff]{2,4}?)分局")]
    private static partial Regex BranchAfter();

    /// <summary>
    /// A city bureau's county branch (渭南市生态环境局澄城分局) names its county by a short name: the child of the city
    /// whose name starts with it (澄城县), or null.
    /// </summary>
    public static Division? BranchCounty(Gazetteer g, Division city, string text, int at)
    {
        if (BranchAfter().Match(text, at) is not { Success: true } m || m.Index != at)
            return null;
        var shortName = m.Groups["short"].Value;
        var found = g.ChildrenOf(city.Code).Where(c => c.Name.StartsWith(shortName, StringComparison.Ordinal)).ToList();
        return found.Count == 1 ? found[0] : null;
    }

    /// <summary>
    /// A zone named for the county it lies in, by the county's name without 市/县/区 (庐山风景名胜区 in 庐山市, 武陵源风景名胜区
    /// in 武陵源区, 宁乡经济技术开发区 in 宁乡市), starting at <paramref name="at"/>: the county and the zone's name, or null
    /// when no county, or more than one, has that name. Read where the issuer speaks (title, signature, the page's
    /// issuer): a zone's administration issues notices in its own name and names no division in full.
    /// </summary>
    private static (Division County, string Zone)? ZoneNamedForCounty(Gazetteer g, string text, int at)
    {
        if (at > 0 && IsChinese(text[at - 1]) || ZoneAfter().Match(text, at) is not { Success: true } z || z.Index != at)
            return null;
        var zone = z.Groups["zone"].Value;
        var suffix = z.Groups[1].Value;
        var stem = zone[..^suffix.Length];
        var counties = g.CountiesByStem(stem);
        return counties is [var county] ? (county, zone) : null;
    }

    private static bool NameStartsAt(Gazetteer g, string text, int at)
    {
        for (var len = Math.Min(g.MaxNameLength, text.Length - at); len >= 2; len--)
        {
            if (g.ByName(text.AsSpan(at, len)).Count > 0)
                return true;
        }
        return false;
    }

    /// <summary>The divisions a text names, longest name first at each place; a name several divisions share counts for each in part.</summary>
    private static IEnumerable<Mention> Mentions(Gazetteer g, RegionEvidence e)
    {
        var text = e.Text;
        var depth = 0;
        for (var i = 0; i < text.Length;)
        {
            var c = text[i];
            if (c == '《')
                depth++;
            else if (c == '》' && depth > 0)
                depth--;
            var matched = 0;
            for (var len = Math.Min(g.MaxNameLength, text.Length - i); len >= 2 && matched == 0; len--)
            {
                var found = g.ByName(text.AsSpan(i, len));
                if (found.Count == 0)
                    continue;
                matched = len;
                var weight = Standing(e.Source).Weight * (depth > 0 ? 0.5 : 1) / found.Count;
                // A zone names itself right after its division (九江市庐山风景名胜区), not after a division above that one.
                var zone = !NameStartsAt(g, text, i + len) && ZoneAfter().Match(text, i + len) is { Success: true } z && z.Index == i + len && g.ByName(z.Groups["zone"].Value).Count == 0
                    ? z.Groups["zone"].Value
                    : null;
                foreach (var (division, full) in found)
                {
                    // 渭南市生态环境局澄城分局 speaks for 澄城县 as much as for 渭南市.
                    if (division.Level == DivisionLevel.City && BranchCounty(g, division, text, i + len) is { } county)
                        yield return new Mention(county, weight, e.Source, null) { At = i, Length = len, Full = true, Cited = depth > 0 };
                    yield return new Mention(division, weight, e.Source, zone) { At = i, Length = len, Full = full, Cited = depth > 0 };
                }
            }
            if (matched == 0 && e.Source >= EvidenceSource.Signature && ZoneNamedForCounty(g, text, i) is { } zoneOf)
            {
                matched = zoneOf.Zone.Length;
                yield return new Mention(zoneOf.County, Standing(e.Source).Weight * (depth > 0 ? 0.5 : 1), e.Source, zoneOf.Zone)
                    { At = i, Length = matched, Full = false, Cited = depth > 0 };
            }
            i += matched > 0 ? matched : 1;
        }
    }
}
