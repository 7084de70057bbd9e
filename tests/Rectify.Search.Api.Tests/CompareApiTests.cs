using System.Net;
using System.Text;
using Rectify.Search.Api.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CompareApiTests(ApiServer api)
{
    [Fact]
    public async Task AThemeGivesOneRowPerPlanByRegionCodeWithProblemsTargetsDeadlinesAndLeadUnits()
    {
        var (status, body) = await api.Get($"/api/compare?theme=fertilizer-reduction&metric={E("测土配方施肥技术覆盖率")}");

        status.Should().Be(HttpStatusCode.OK);
        var rows = body["rows"].Items();
        // 江西省's 鄱阳湖 problem is on fertilizer reduction by its target (农药化肥零增长): a row of its own, without that metric.
        rows.Select(r => r["document"]!["region"]!["code"].Str()).Should().Equal("360000", "360732", "421321", "433125");
        rows[0]["targets"].Items().Should().BeEmpty();
        var suixian = rows[2];
        suixian["problems"].Items().Select(p => p["label"].Str()).Should().Equal("十二", "十三");
        var target = suixian["targets"].Items().Single();
        (target["metric"].Str(), target["cmp"].Str(), target["value"]!.GetValue<double>(), target["unit"].Str(), target["by"].Str(), target["metricKey"].Str())
            .Should().Be(("测土配方施肥技术覆盖率", ">=", 90.0, "%", "2025-12", "测土配方施肥技术覆盖率"));
        target["themes"].Strs().Should().Equal("fertilizer-reduction");
        suixian["deadlines"].Items().Select(d => d["date"].Str()).Should().Equal("2025-12-31", "2025-12-31");
        suixian["leadUnits"].Strs().Should().Equal("县农业农村局");
        suixian["leadDepartments"].Items().Select(d => (d["id"].Str(), d["kind"].Str())).Should().Equal(("agriculture", "department"));
        suixian["measureCount"].Int().Should().Be(15);
    }

    [Fact]
    public async Task RowsComeAPageAtATimeWithTheTotalOfTheWholeComparison()
    {
        var (_, all) = await api.Get("/api/compare?theme=sewage-network");
        all["total"].Int().Should().Be(5);
        all["pageSize"].Int().Should().Be(100);
        var codes = all["rows"].Items().Select(r => r["document"]!["region"]!["code"].Str()).ToList();
        codes.Should().Equal("140502", "360000", "360732", "421321", "433125");

        var (_, second) = await api.Get("/api/compare?theme=sewage-network&page=2&pageSize=3");
        second["total"].Int().Should().Be(5);
        second["page"].Int().Should().Be(2);
        var rows = second["rows"].Items();
        rows.Select(r => r["document"]!["region"]!["code"].Str()).Should().Equal(codes[3], codes[4]);
        rows[0]["measureCount"].Int().Should().Be(all["rows"].Items()[3]["measureCount"].Int(), "a page reads its plans' facts as the whole comparison does");

        var (_, beyond) = await api.Get("/api/compare?theme=sewage-network&page=3&pageSize=3");
        beyond["total"].Int().Should().Be(5);
        beyond["rows"].Items().Should().BeEmpty();
    }

    [Fact]
    public async Task CsvReturnsTheSameTableForSpreadsheets()
    {
        using var response = await api.Client.GetAsync("/api/compare?theme=sewage-network&format=csv");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        bytes.Take(3).Should().Equal(Encoding.UTF8.GetPreamble());
        var lines = Encoding.UTF8.GetString(bytes.AsSpan(3)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(6);
        lines[4].Should().StartWith($"421321,湖北省,随州市,随县,county,{Suixian},")
            .And.Contain("城市生活污水集中收集率 ≥ 55 % by 2022 | 城市生活污水集中收集率 ≥ 60 % by 2023 | 城市生活污水集中收集率 ≥ 65 % by 2024 | 城市生活污水集中收集率 ≥ 70 % by 2025");
        // 001's sewage problems are 十 and 十一, and 四, an awareness problem whose sixth measure is about sewage networks (the
        // written convention); 一 only lists sewage among its failings: their 12 measures.
        lines[5].Should().Contain(",四 个别地方和部门仍未深刻领会").And.Contain(" | 十 生活污水收集缺口大 | 十一 ").And.Contain("县城污水处理厂进水COD浓度 ≥ 100 毫克/升 by 2025-12").And.EndWith(",12");
    }

    [Fact]
    public async Task ASearchCanStandForATheme()
    {
        var (_, body) = await api.Get($"/api/compare?q={E("测土配方施肥")}&level=county");
        body["rows"].Items().Select(r => r["document"]!["id"].Str()).Should().Equal(Xingguo, Suixian, Baojing);
        body["q"].Str().Should().Be("测土配方施肥");
    }

    [Theory]
    [InlineData("", "theme")]
    [InlineData("theme=smog", "theme")]
    [InlineData("theme=dust&format=pdf", "format")]
    [InlineData("theme=dust&level=town", "level")]
    [InlineData("q=%F0%9F%99%82", "q")]
    [InlineData("theme=dust&page=0", "page")]
    [InlineData("theme=dust&pageSize=1001", "pageSize")]
    public async Task WhatCannotBeComparedIsA400NamingTheParameter(string query, string parameter)
    {
        var (status, body) = await api.Get("/api/compare?" + query);
        status.Should().Be(HttpStatusCode.BadRequest);
        body.ErrorKeys().Should().Equal(parameter);
    }
}
