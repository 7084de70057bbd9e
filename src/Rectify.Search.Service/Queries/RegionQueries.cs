using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;
using Rectify.Search.Service.Contracts;

namespace Rectify.Search.Service.Queries;

/// <summary>
/// Regions as a user names them: completion over GB/T 2260 for the web app's region fields (by name, short name or
/// code), and the province a typed name stands for (湖南, 湖南省, 43, 保靖县 → 湖南省).
/// </summary>
public static class RegionQueries
{
    /// <summary>One division of the completion list.</summary>
    /// <param name="FullName">Its name under its province: 湖南省湘西土家族苗族自治州保靖县.</param>
    public sealed record RegionOption(string Code, string Name, string FullName, string Level, string LevelLabel, string Province);

    private static readonly Lazy<IReadOnlyList<RegionOption>> Options = new(() =>
    {
        var g = Gazetteer.Default;
        return g.All.Where(d => !Gazetteer.IsPlaceholder(d))
            .Select(d => RegionResolver.ToRegion(g, d))
            .Select(r => new RegionOption(r.Code, r.County ?? r.City ?? r.Province, RegionResolver.FullName(r), r.Level.Wire(),
                Labels.Default.Zh("region-level", r.Level.Wire()) ?? "", r.Province))
            .OrderBy(o => o.Code, StringComparer.Ordinal).ToList();
    });

    /// <summary>
    /// Up to <paramref name="limit"/> divisions whose name or code starts with <paramref name="text"/> (then those
    /// whose name contains it), provinces before cities before counties.
    /// </summary>
    public static IReadOnlyList<RegionOption> Complete(string? text, int limit = 10)
    {
        var q = (text ?? "").Trim();
        if (q.Length == 0)
            return Options.Value.Where(o => o.Level == "province").Take(limit).ToList();
        static int Rank(string level) => level switch { "province" => 0, "city" => 1, _ => 2 };
        return Options.Value
            .Select(o => (o, score: o.Name.StartsWith(q, StringComparison.Ordinal) || o.Code.StartsWith(q, StringComparison.Ordinal) ? 0
                : o.Name.Contains(q, StringComparison.Ordinal) || o.FullName.Contains(q, StringComparison.Ordinal) ? 1 : -1))
            .Where(x => x.score >= 0)
            .OrderBy(x => x.score).ThenBy(x => Rank(x.o.Level)).ThenBy(x => x.o.Code, StringComparer.Ordinal)
            .Take(limit).Select(x => x.o).ToList();
    }

    /// <summary>
    /// The province a name stands for: a division's full name or code (its province), or a province's short name (湖南,
    /// 广西, 内蒙古); null with the reason when it names none or several.
    /// </summary>
    public static (string? Province, string? Error) ProvinceOf(string name)
    {
        var (region, error) = Drafting.Drafts.FindRegion(name);
        if (region is not null)
            return (region.Province, null);
        var g = Gazetteer.Default;
        var provinces = g.ByName(name.Trim()).Select(x => g.ByCode(x.Division.ProvinceCode)).OfType<Division>().DistinctBy(d => d.Code).ToList();
        return provinces.Count switch
        {
            1 => (provinces[0].Name, null),
            0 => (null, error),
            _ => (null, $"{name} lies in {provinces.Count} provinces ({string.Join("、", provinces.Select(p => p.Name))}): name the province"),
        };
    }
}
