using System.Globalization;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Service.Requests;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>The searches the benchmarks time: problems and measures, phrases, exclusions, thesaurus terms, filters, pages.</summary>
internal static class QueryMix
{
    /// <summary>The query mix: problem and measure searches, phrases, exclusions, thesaurus terms, filters, pages.</summary>
    public static readonly string[] Queries =
    [
        "q=两高项目", "q=污水管网", "q=污水管網", "q=测土配方施肥&unit=measure", "q=\"雨污分流\" -管网&unit=measure", "q=秸秆焚烧",
        "q=COD&unit=measure", "q=矿山 生态修复", "q=化肥减量&province=湖北省", "q=黑臭水体", "q=饮用水水源地&unit=measure",
        "q=扬尘&page=2&pageSize=5", "q=垃圾填埋场", "q=畜禽养殖 粪污", "q=环保局", "q=能耗双控", "q=河长制&unit=measure",
        "province=山西省", "level=province&pageSize=20", "q=污水&deadlineFrom=2022&deadlineTo=2023", "q=督察整改 责任",
        "q=长江大保护", "q=建设用地 土壤污染", "q=工业园区 污水处理厂&unit=measure&pageSize=20",
    ];

    public static SearchRequest ToRequest(string query)
    {
        var p = query.Split('&').Select(kv => kv.Split('=', 2)).ToDictionary(kv => kv[0], kv => kv[1]);
        var parameters = new SearchQuery
        {
            Q = p.GetValueOrDefault("q"), Province = p.GetValueOrDefault("province"), Level = p.GetValueOrDefault("level"), Unit = p.GetValueOrDefault("unit"),
            DeadlineFrom = p.GetValueOrDefault("deadlineFrom"), DeadlineTo = p.GetValueOrDefault("deadlineTo"),
            Page = p.TryGetValue("page", out var page) ? int.Parse(page, CultureInfo.InvariantCulture) : null,
            PageSize = p.TryGetValue("pageSize", out var size) ? int.Parse(size, CultureInfo.InvariantCulture) : null,
        };
        return parameters.Check().Value ?? throw new InvalidOperationException($"bad benchmark query {query}");
    }

    public static string Encode(string query) =>
        string.Join("&", query.Split('&').Select(kv => kv.Split('=', 2)).Select(kv => kv[0] + "=" + Uri.EscapeDataString(kv[1])));
}
