using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Regions;

/// <summary>
/// China's administrative divisions with GB/T 2260 codes (china-division 2.7.0, WTFPL), loaded once from the
/// CSV files embedded in this assembly, with the short names plans use (江西, 湘西州, 晋城).
/// </summary>
public sealed partial class Gazetteer
{
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?<a>[\u4e00-\u9fff]{2,}?)(?<side>右翼|左翼|右|左)(?<pos>前|中|后)?旗$")]
    private static partial System.Text.RegularExpressions.Regex BannerName();

    private static readonly Lazy<Gazetteer> Embedded = new(LoadEmbedded);

    // Ethnic names that autonomous prefectures and regions carry before 自治州/自治区 (湘西土家族苗族自治州 → 湘西).
    private static readonly string[] EthnicNames =
    [
        "土家族", "苗族", "侗族", "布依族", "彝族", "藏族", "羌族", "傣族", "景颇族", "白族", "哈尼族", "壮族", "傈僳族",
        "朝鲜族", "回族", "蒙古族", "哈萨克族", "柯尔克孜族", "维吾尔族", "瑶族", "黎族", "畲族", "水族", "仡佬族",
        "佤族", "拉祜族", "纳西族", "独龙族", "怒族", "普米族", "土族", "撒拉族", "东乡族", "保安族", "裕固族", "锡伯族",
        "达斡尔族", "鄂温克族", "鄂伦春族", "满族", "毛南族", "仫佬族", "塔吉克族", "阿昌族", "德昂族", "布朗族", "基诺族", "各族",
    ];

    private readonly Dictionary<string, List<(Division Division, bool Full)>> _byName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Division> _byCode = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Division>> _children = new(StringComparer.Ordinal);

    /// <summary>The divisions shipped with Rectify.Search.</summary>
    public static Gazetteer Default => Embedded.Value;

    /// <summary>The longest name the gazetteer knows, in characters.</summary>
    public int MaxNameLength { get; private set; }

    /// <summary>Builds a gazetteer from the three CSV texts (provinces: code,name; cities: code,name,provinceCode; areas: code,name,cityCode,provinceCode).</summary>
    public static Gazetteer FromCsv(string provinces, string cities, string areas)
    {
        var g = new Gazetteer();
        foreach (var row in Rows(provinces))
            g.Add(new Division(row[0], row[1], DivisionLevel.Province, null, row[0]));
        foreach (var row in Rows(cities))
            g.Add(new Division(row[0], row[1], DivisionLevel.City, row[2], row[2]));
        foreach (var row in Rows(areas))
            g.Add(new Division(row[0], row[1], DivisionLevel.Area, row[2], row[3]));
        return g;
    }

    /// <summary>The division with a code, or null.</summary>
    public Division? ByCode(string code) => _byCode.GetValueOrDefault(code);

    /// <summary>The division a six-digit GB/T 2260 code stands for: 410927 the county, 410900 the city 4109, 410000 the province 41.</summary>
    public Division? ByRegionCode(string code) =>
        ByCode(code) ?? (code.Length == 6 && code.EndsWith("00", StringComparison.Ordinal)
            ? ByCode(code[..4]) ?? (code.EndsWith("0000", StringComparison.Ordinal) ? ByCode(code[..2]) : null)
            : null);

    /// <summary>Every division, placeholders (市辖区) included, in no particular order.</summary>
    public IReadOnlyCollection<Division> All => _byCode.Values;

    /// <summary>
    /// The divisions directly below <paramref name="code"/>, seen through the placeholders the data keeps for
    /// municipalities and directly administered counties (市辖区, 县, 省直辖县级行政区划): 重庆市's children are its districts.
    /// </summary>
    public IReadOnlyList<Division> ChildrenOf(string code)
    {
        if (!_children.TryGetValue(code, out var list))
            return [];
        return list.SelectMany(d => IsPlaceholder(d) ? (IEnumerable<Division>)ChildrenOf(d.Code) : [d]).ToList();
    }

    /// <summary>The division's parent, seen through placeholders (潼南区 → 重庆市); null for a province.</summary>
    public Division? ParentOf(Division d)
    {
        var parent = d.ParentCode is { } pc && pc != d.Code ? ByCode(pc) : null;
        if (d.Level == DivisionLevel.Province)
            return null;
        return parent is not null && IsPlaceholder(parent) ? ByCode(parent.ProvinceCode) : parent;
    }

    /// <summary>市辖区, 县, 省直辖县级行政区划: rows of the data that stand for no place.</summary>
    public static bool IsPlaceholder(Division d) => d.Name is "市辖区" or "县" || d.Name.Contains("直辖", StringComparison.Ordinal);

    /// <summary>Divisions whose full or short name is exactly <paramref name="name"/>.</summary>
    public IReadOnlyList<(Division Division, bool Full)> ByName(string name) =>
        _byName.TryGetValue(name, out var list) ? list : [];

    /// <summary>The same for a span of a text, without copying it (a scan of a whole plan tries every place and length).</summary>
    public IReadOnlyList<(Division Division, bool Full)> ByName(ReadOnlySpan<char> name) =>
        _byName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(name, out var list) ? list : [];

    private Dictionary<string, List<Division>>? _countiesByStem;

    /// <summary>
    /// The county-level divisions whose name is <paramref name="stem"/> with 市, 县, 区 or 旗 after it (庐山 → 庐山市,
    /// 武陵源 → 武陵源区); none for a stem under two characters. Short county names are not matched in running text
    /// (<see cref="ByName(string)"/>): only where something says a place is meant, as a zone's name does.
    /// </summary>
    public IReadOnlyList<Division> CountiesByStem(string stem)
    {
        _countiesByStem ??= _byCode.Values
            .Where(d => d.Level == DivisionLevel.Area && !IsPlaceholder(d) && d.Name.Length >= 3 && d.Name[^1] is '市' or '县' or '区' or '旗')
            .GroupBy(d => d.Name[..^1], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return stem.Length >= 2 && _countiesByStem.TryGetValue(stem, out var found) ? found : [];
    }

    private void Add(Division d)
    {
        _byCode[d.Code] = d;
        if (d.Level != DivisionLevel.Province && d.ParentCode is { } parent)
        {
            if (!_children.TryGetValue(parent, out var siblings))
                _children[parent] = siblings = [];
            siblings.Add(d);
        }
        if (d.Name is "市辖区" or "县" or "省直辖县级行政区划" or "自治区直辖县级行政区划")
            return;
        Index(d.Name, d, full: true);
        foreach (var shortName in ShortNames(d))
            Index(shortName, d, full: false);
    }

    private void Index(string name, Division d, bool full)
    {
        if (name.Length < 2)
            return;
        if (!_byName.TryGetValue(name, out var list))
            _byName[name] = list = [];
        if (!list.Any(x => x.Division.Code == d.Code))
            list.Add((d, full));
        MaxNameLength = Math.Max(MaxNameLength, name.Length);
    }

    private static IEnumerable<string> ShortNames(Division d)
    {
        var name = d.Name;
        if (d.Level == DivisionLevel.Area)
        {
            // County names are matched in full only, their short forms collide too often; but an autonomous county is
            // often written without its peoples: 沧源佤族自治县 as 沧源自治县 or 沧源县.
            foreach (var suffix in new[] { "自治县", "自治旗" })
            {
                if (!name.EndsWith(suffix, StringComparison.Ordinal))
                    continue;
                var stem = StripEthnic(name[..^suffix.Length]);
                if (stem.Length >= 2 && stem != name[..^suffix.Length])
                {
                    yield return stem + suffix;
                    yield return stem + (suffix == "自治县" ? "县" : "旗");
                }
            }
            // Inner Mongolia's banners by their usual short names: 科尔沁右翼中旗 as 科右中旗, 土默特右旗 as 土右旗.
            if (BannerName().Match(name) is { Success: true } banner)
                yield return $"{banner.Groups["a"].Value[0]}{banner.Groups["side"].Value[0]}{banner.Groups["pos"].Value}旗";
            yield break;
        }
        foreach (var suffix in new[] { "特别行政区", "自治区", "自治州", "地区", "省", "市", "盟" })
        {
            if (!name.EndsWith(suffix, StringComparison.Ordinal) || name.Length - suffix.Length < 2)
                continue;
            var stem = StripEthnic(name[..^suffix.Length]);
            yield return stem;
            if (suffix == "自治州")
                yield return stem + "州";
            yield break;
        }
    }

    private static string StripEthnic(string stem)
    {
        var stripped = true;
        while (stripped)
        {
            stripped = false;
            foreach (var ethnic in EthnicNames)
            {
                if (stem.EndsWith(ethnic, StringComparison.Ordinal) && stem.Length - ethnic.Length >= 2)
                {
                    stem = stem[..^ethnic.Length];
                    stripped = true;
                }
            }
        }
        return stem;
    }

    private static IEnumerable<string[]> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(',').Select(f => f.Trim('"')).ToArray());

    private static Gazetteer LoadEmbedded() =>
        FromCsv(EmbeddedText.All("divisions/provinces.csv"), EmbeddedText.All("divisions/cities.csv"), EmbeddedText.All("divisions/areas.csv"));
}
