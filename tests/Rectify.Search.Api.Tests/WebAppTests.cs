using System.Net;
using Microsoft.Playwright;
using Rectify.Search.Api.Tests.Support;
using static Rectify.Search.Tests.Shared.SeedIds;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// The web app in a real browser (Debian's chromium driven by Playwright), against the real server: what a drafting
/// official does, step by step, each step asserting what the page shows, each page saved as a screenshot under the
/// test output's screenshots/ folder.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebAppTests(ApiServer api)
{
    private static readonly string Screenshots = Path.Combine(AppContext.BaseDirectory, "screenshots");

    private static async Task Shot(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, name + ".png"), FullPage = false });
    }

    [BrowserFact]
    public async Task AnOfficialSearchesFiltersOpensAPlanFindsPrecedentsAndComparesCounties()
    {
        await using var session = await Chromium.Launch();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 }, Locale = "zh-CN" });
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

        // 1. Search 两高项目 from the box.
        await page.GotoAsync(api.Client.BaseAddress!.ToString());
        await page.GetByLabel("检索词").FillAsync("两高项目");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#result-status");
        (await page.TextContentAsync("#result-status")).Should().StartWith("共 33 条结果").And.Contain("前 4 条包含全部检索词");
        var plans = await page.Locator("article.plan").CountAsync();
        plans.Should().BeGreaterThan(1);
        (await page.Locator("article.plan em").First.TextContentAsync()).Should().Be("两高");
        page.Url.Should().Contain("q=%E4%B8%A4%E9%AB%98%E9%A1%B9%E7%9B%AE", "the state is in the address");
        await Shot(page, "1-search");

        // 2. Filter by a province from its facet.
        await page.Locator("[data-facet=province][data-value='江西省']").ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("province=%E6%B1%9F%E8%A5%BF%E7%9C%81"));
        await page.WaitForSelectorAsync("#result-status");
        var metas = await page.Locator("article.plan .meta").First.TextContentAsync();
        metas.Should().StartWith("江西省");
        (await page.Locator("article.plan").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.document)")).Should().OnlyContain(id => id == Xingguo || id == Jiangxi);
        (await page.Locator("[data-facet=province][data-value='江西省']").GetAttributeAsync("aria-pressed")).Should().Be("true");
        (await page.Locator("[data-facet=city]").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.value)")).Should().Contain("赣州市", "a province opens its cities");
        await Shot(page, "2-filtered");

        // 3. Open the plan of the first group.
        await page.Locator("article.plan h2 a").First.ClickAsync();
        await page.WaitForSelectorAsync("article.problem");
        var title = await page.TextContentAsync("h1");
        title.Should().BeOneOf("兴国县贯彻落实中央生态环境保护督察报告整改方案", "江西省贯彻落实中央生态环境保护督察报告整改方案");
        (await page.Locator("article.problem").CountAsync()).Should().BeOneOf(17, 11);
        (await page.Locator("dl.fields").First.TextContentAsync()).Should().Contain("江西省");
        (await page.GetByRole(AriaRole.Link, new() { Name = "下载原文件" }).GetAttributeAsync("href")).Should().StartWith("/api/documents/");
        await Shot(page, "3-plan");

        // 4. Precedents for one of its measures: from other provinces, with the terms they share.
        await page.Locator("article.problem ul.measures a", new() { HasText = "找先例" }).First.ClickAsync();
        await page.WaitForSelectorAsync("#precedents article.precedent");
        var precedents = page.Locator("#precedents article.precedent");
        (await precedents.CountAsync()).Should().BeGreaterThan(0);
        var sources = await precedents.Locator("p.meta >> nth=0").AllTextContentsAsync();
        sources.Should().OnlyContain(s => !s.Contains("江西省"), "the default scope is other provinces");
        (await page.Locator("#precedents").TextContentAsync()).Should().Contain("共同词语");
        await Shot(page, "4-precedents");

        // 5. Compare on fertilizer reduction: three counties and the province of 江西 in the table (its 鄱阳湖 problem's target
        // is 农药化肥零增长), the three counties' soil-testing targets in the chart.
        await page.GetByRole(AriaRole.Link, new() { Name = "对比" }).ClickAsync();
        await page.GetByLabel("主题").SelectOptionAsync("fertilizer-reduction");
        await page.GetByRole(AriaRole.Button, new() { Name = "对比" }).ClickAsync();
        await page.WaitForSelectorAsync("#compare-table tbody tr");
        (await page.Locator("#compare-table tbody tr").CountAsync()).Should().Be(4);
        await page.WaitForFunctionAsync("() => window.echarts && echarts.getInstanceByDom(document.getElementById('compare-chart'))");
        var regions = await page.EvaluateAsync<string[]>("() => echarts.getInstanceByDom(document.getElementById('compare-chart')).getOption().xAxis[0].data");
        regions.Should().BeEquivalentTo("江西省", "兴国县", "随县", "保靖县");
        var bars = await page.EvaluateAsync<double?[]>("() => echarts.getInstanceByDom(document.getElementById('compare-chart')).getOption().series[0].data");
        bars.Should().Equal(null, 90, 90, 90);
        (await page.Locator("#compare-chart canvas").CountAsync()).Should().BeGreaterThan(0);
        await Shot(page, "5-compare");

        errors.Should().BeEmpty("the page runs without script errors or CSP violations");
    }

    [BrowserFact]
    public async Task OnAPhoneTheThemesTableListsEveryThemeAsCardsLinkingToItsSearch()
    {
        await using var session = await Chromium.Launch();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 390, Height = 844 } });

        await page.GotoAsync(new Uri(api.Client.BaseAddress!, "/?view=themes").ToString());
        await page.WaitForSelectorAsync("#themes-table tbody tr");
        (await page.Locator("#themes-table tbody tr").CountAsync()).Should().Be(37);
        (await page.TextContentAsync("h1")).Should().Be("主题分类");
        await page.GetByRole(AriaRole.Link, new() { Name = "化肥减量", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#result-status");
        page.Url.Should().EndWith("?theme=fertilizer-reduction");
        (await page.TextContentAsync("#result-status")).Should().MatchRegex(@"^共 \d+ 条结果（问题）");
        await Shot(page, "6-phone-themes");
    }

    /// <summary>
    /// Every text the page shows comes from i18n/zh.json: a key the script or the page names that the file lacks would
    /// show as the key itself (an untranslated string), and a key the file holds that nothing names is dead weight.
    /// </summary>
    [Fact]
    public void EveryTextThePageNamesIsInItsChineseFileAndEveryTextThereIsNamed()
    {
        var web = Path.Combine(RepoFiles.Root, "src", "Rectify.Search.Web", "wwwroot");
        var script = File.ReadAllText(Path.Combine(web, "app.js"));
        var page = File.ReadAllText(Path.Combine(web, "index.html"));
        var texts = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(web, "i18n", "zh.json"))).RootElement
            .EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!);
        Directory.GetFiles(Path.Combine(web, "i18n")).Select(Path.GetFileName).Should().Equal(["zh.json"], "one language, complete");

        // t('key'), t(cond ? 'a' : 'b'), data-i18n="key": keys named whole.
        var named = System.Text.RegularExpressions.Regex.Matches(script, @"\bt\((?:[^()']*\?\s*)?'([\w.\-]+)'(?:\s*:\s*'([\w.\-]+)')?")
            .SelectMany(m => new[] { m.Groups[1].Value, m.Groups[2].Value }).Where(k => k.Length > 0 && !k.EndsWith('.'))
            .Concat(System.Text.RegularExpressions.Regex.Matches(page, "data-i18n(?:-aria)?=\"([^\"]+)\"").Select(m => m.Groups[1].Value))
            .ToHashSet();
        named.Should().NotBeEmpty();
        named.Where(k => !texts.ContainsKey(k)).Should().BeEmpty("every text the page shows is written out in Chinese");

        // Keys built from a prefix (t('level.' + v), t(`help.${k}.title`)) count as named by their prefix.
        var prefixes = System.Text.RegularExpressions.Regex.Matches(script, @"\bt\(\s*(?:'([\w.\-]+\.)'\s*\+|`([\w.\-]+\.)\$\{|'(err\.)'|(?:'|`)err\.)")
            .Select(m => m.Groups[1].Value + m.Groups[2].Value + m.Groups[3].Value).Append("err.").Where(p => p.Length > 0).ToHashSet();
        texts.Keys.Where(k => !named.Contains(k) && !prefixes.Any(k.StartsWith)).Should().BeEmpty("no text is left that nothing shows");
        // English words, not file extensions (.docx) nor the product names a drafter clicks (Word, Excel).
        texts.Values.SelectMany(v => System.Text.RegularExpressions.Regex.Matches(v, @"(?<![.\w])[A-Za-z]{4,}").Select(m => m.Value))
            .Where(w => w is not ("Word" or "Excel")).Should().BeEmpty("the texts are Chinese");
    }

    [Fact]
    public async Task ThePageAndItsFilesComeFromThisServerUnderAPolicyThatAllowsNothingElse()
    {
        using var root = await api.Client.GetAsync("/");
        root.StatusCode.Should().Be(HttpStatusCode.OK);
        var html = await root.Content.ReadAsStringAsync();
        html.Should().Contain("<script type=\"module\" src=\"/app/app.js\"></script>").And.Contain("href=\"/scalar/v1\"");
        html.Should().NotContain("http://").And.NotContain("https://", "no CDN: the page works offline");
        root.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("script-src 'self'").And.Contain("frame-ancestors 'none'");

        using var chart = await api.Client.GetAsync("/app/vendor/echarts-5.6.0.common.min.js");
        chart.StatusCode.Should().Be(HttpStatusCode.OK);
        chart.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await api.Client.GetAsync("/app/vendor/ECHARTS-LICENSE.txt")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await api.Client.GetAsync("/app/../Rectify.Search.Web.dll")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

/// <summary>The upload page against a server that takes writes.</summary>
[Collection(KeyedApiCollection.Name)]
public sealed class WebAppUploadTests(KeyedApiServer api)
{
    [BrowserFact]
    public async Task AFileUploadedFromThePageShowsItsReportAndOpensAsAPlan()
    {
        await using var session = await Chromium.Launch();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 900 } });

        await page.GotoAsync(new Uri(api.Client.BaseAddress!, "/?view=upload").ToString());
        await page.GetByLabel("API 密钥").FillAsync(KeyedApiServer.Key);
        await page.Locator("input[name=files]").SetInputFilesAsync(new FilePayload
        {
            Name = "页面上传的方案.docx",
            MimeType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            Buffer = File.ReadAllBytes(Path.Combine(RepoFiles.Root, "tests", "Fixtures", "formats", "004-word.docx")),
        });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传" }).ClickAsync();
        await page.WaitForSelectorAsync("#reports table tbody tr");

        var cells = await page.Locator("#reports tbody tr td").AllTextContentsAsync();
        cells.Should().Equal("页面上传的方案.docx", "页面上传的方案", "已添加", "17 个问题，23 项措施", "");
        await page.Locator("#reports tbody a").ClickAsync();
        await page.WaitForSelectorAsync("article.problem");
        (await page.Locator("article.problem").CountAsync()).Should().Be(17);
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "7-uploaded-plan.png") });
    }

    [BrowserFact]
    public async Task WithoutAKeyOnTheServerThePageSaysUploadsAreOff()
    {
        // The shared server of the other tests has no key.
        using var unkeyed = new ApiServer();
        await using var session = await Chromium.Launch();
        var page = await session.Browser.NewPageAsync();

        await page.GotoAsync(new Uri(unkeyed.Client.BaseAddress!, "/?view=upload").ToString());
        await page.WaitForSelectorAsync("main p.status");

        (await page.TextContentAsync("main p.status")).Should().Be("本服务器未配置 API 密钥，不接受上传。");
        (await page.Locator("input[type=file]").CountAsync()).Should().Be(0);
    }

    [BrowserFact]
    public async Task AFeedbackPastedBecomesADraftOnePrecedentIsReplacedAndTheWordFileReadsBack()
    {
        await using var session = await Chromium.Launch();
        var page = await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 }, AcceptDownloads = true });
        var errors = new List<string>();
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };

        await page.GotoAsync(new Uri(api.Client.BaseAddress!, "/?view=draft").ToString());
        await page.GetByLabel("API 密钥").FillAsync(KeyedApiServer.Key);
        await page.GetByLabel("本地（县/市/省）").FillAsync("保靖县");
        await page.GetByLabel("起草年份").FillAsync("2026");
        await page.GetByLabel("反馈意见原文").FillAsync(DraftsApiTests.Feedback);
        await page.GetByRole(AriaRole.Button, new() { Name = "生成初稿" }).ClickAsync();
        await page.WaitForSelectorAsync("article.draft-problem");

        page.Url.Should().MatchRegex(@"\?view=draft&id=d_[0-9a-f]{12}$");
        (await page.Locator("article.draft-problem").CountAsync()).Should().Be(5);
        (await page.Locator("#draft-p2 h2").TextContentAsync()).Should().StartWith("二、城镇污水管网建设滞后。");
        (await page.Locator("#draft-p4 .chips").TextContentAsync()).Should().Contain("矿山生态修复");
        (await page.Locator("#draft-p4 .draft-main > dl.fields").TextContentAsync()).Should().Contain("牵头单位保靖县自然资源局");
        (await page.Locator("#draft-p4 .draft-main > .draft-measures li cite").First.TextContentAsync()).Should().StartWith("《");

        // Problem 一 takes its measures from its second precedent instead of the first.
        var second = page.Locator("#draft-p1 .draft-precedents article.precedent").Nth(1);
        var chosenTitle = await second.Locator("a").First.TextContentAsync();
        await second.GetByRole(AriaRole.Button, new() { Name = "选用此先例" }).ClickAsync();
        await page.WaitForFunctionAsync("t => document.querySelector('#draft-p1 .draft-main > .draft-measures li cite')?.textContent.startsWith(t)", chosenTitle);

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "导出 Word" }).ClickAsync());
        download.SuggestedFilename.Should().Be("保靖县生态环境保护督察反馈问题整改方案.docx");
        var saved = Path.Combine(Path.GetTempPath(), $"draft-{Guid.NewGuid():N}.docx");
        await download.SaveAsAsync(saved);
        try
        {
            var plan = Rectify.Search.Service.Ingestion.PlanFileReader.Read(saved);
            plan.Problems.Should().HaveCount(5);
            var shown = await page.Locator("#draft-p1 .draft-main > .draft-measures li > span").AllTextContentsAsync();
            plan.Problems[0].Measures.Select(m => m.Text).Should().Equal(shown);
        }
        finally
        {
            File.Delete(saved);
        }
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.ScreenshotAsync(new() { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "8-draft.png"), FullPage = false });

        // Precedents narrowed to one province, the short name as a drafter types it; the filter is in the address.
        await page.GetByLabel("省份").FillAsync("江西");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选先例" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("province=%E6%B1%9F%E8%A5%BF"));
        await page.WaitForSelectorAsync("#draft-p1 .draft-precedents article.precedent");
        (await page.Locator(".draft-precedents article.precedent p.meta:first-child").AllTextContentsAsync()).Should().OnlyContain(m => m.StartsWith("江西省"));
        errors.Should().BeEmpty();
    }
}
