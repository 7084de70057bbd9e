using System.Net;
using DocumentFormat.OpenXml.Packaging;
using System.Net.Http.Json;
using Rectify.Search.Api.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// Result lists as files a drafter pastes into a plan, errors a client can key its own words on, the regions a user
/// chooses from, and the original file named after its plan — against the real server over the seeds.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ExportApiTests(ApiServer api)
{
    [Fact]
    public async Task PrecedentsForAMeasureComeAsAWordTableEachRowCited()
    {
        using var response = await api.Client.GetAsync("/api/measures/001_5cb408abd5d47804.p1.m1/similar?format=docx&k=5");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var body = document.MainDocumentPart!.Document.Body!;
        body.Elements<W.Paragraph>().First().InnerText.Should().StartWith("找先例：");
        var rows = body.Descendants<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
        rows[0].Should().Equal("序号", "地区", "年份", "方案", "问题编号", "问题", "先例措施", "共同词语", "出处");
        rows.Should().HaveCount(6);
        rows.Skip(1).Should().OnlyContain(r => r[8].StartsWith("《") && !r[1].StartsWith("湖南省"), "other provinces than 保靖县's, each cited");
    }

    [Fact]
    public async Task ACompareSpreadsheetHasEveryPlanWithChineseHeaders()
    {
        using var response = await api.Client.GetAsync("/api/compare?theme=fertilizer-reduction&format=xlsx");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("对比：化肥减量.xlsx");
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var sheet = SpreadsheetDocument.Open(stream, false);
        var texts = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Select(r => string.Join("|", r.Descendants<DocumentFormat.OpenXml.Spreadsheet.Text>().Select(t => t.Text))).ToList();
        texts[0].Should().Be("对比：化肥减量");
        texts.Should().Contain("序号|地区|层级|年份|方案|相关问题|量化目标|整改时限|牵头单位|措施数|出处");
        texts.Should().Contain(t => t.StartsWith("共 4 个方案"));
        texts.Should().HaveCount(1 + 2 + 1 + 4);
    }

    [Fact]
    public async Task AnUnknownFormatIsRefusedByName()
    {
        var (status, body) = await api.Get("/api/search?q=%E6%B1%A1%E6%B0%B4&format=pdf");
        status.Should().Be(HttpStatusCode.BadRequest);
        body["type"]!.GetValue<string>().Should().Be("urn:rectify:invalid-parameter");
        body["errors"]!["format"]![0]!.GetValue<string>().Should().Be("format must be json, csv, xlsx or docx, not 'pdf'.");
    }

    [Theory]
    [InlineData("/api/documents/doesnotexist", 404, "urn:rectify:unknown-plan")]
    [InlineData("/api/measures/000_fd899eb3d1702b98.p1.m99", 404, "urn:rectify:unknown-measure")]
    [InlineData("/api/search?q=x&yearFrom=abc", 400, "urn:rectify:invalid-parameter")]
    [InlineData("/api/search?q=x&pageSize=500", 400, "urn:rectify:invalid-parameter")]
    public async Task EveryErrorNamesItsKindInItsType(string url, int status, string type)
    {
        var (code, body) = await api.Get(url);
        ((int)code).Should().Be(status);
        body["type"]!.GetValue<string>().Should().Be(type);
    }

    [Fact]
    public async Task ADraftersProvinceIsReadAsTypedAndAnUnknownOneRefused()
    {
        using var ok = await api.Client.PostAsJsonAsync("/api/similar", new { text = "加强畜禽养殖污染治理", province = "湖南", k = 20 });
        ok.StatusCode.Should().Be(HttpStatusCode.OK);
        var hits = (await ok.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["hits"]!.AsArray();
        hits.Should().NotBeEmpty();
        hits.Select(h => h!["document"]!["region"]!["province"]!.GetValue<string>()).Should().NotContain("湖南省");

        using var bad = await api.Client.PostAsJsonAsync("/api/similar", new { text = "加强畜禽养殖污染治理", province = "火星" });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("\"province\"");
    }

    [Fact]
    public async Task DivisionsCompleteByNameOrCodeProvincesFirst()
    {
        var (_, byName) = await api.Get("/api/divisions?q=%E4%BF%9D%E9%9D%96");
        byName.AsArray().Select(d => d!["fullName"]!.GetValue<string>()).Should().Contain("湖南省湘西土家族苗族自治州保靖县");
        var (_, byCode) = await api.Get("/api/divisions?q=43&limit=3");
        byCode.AsArray().First()!["name"]!.GetValue<string>().Should().Be("湖南省");
    }

    [Fact]
    public async Task TheOriginalFileIsNamedAfterItsPlan()
    {
        using var response = await api.Client.GetAsync("/api/documents/000_fd899eb3d1702b98/source");
        response.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("兴国县贯彻落实中央生态环境保护督察报告整改方案.txt");
    }
}
