using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using Rectify.Search.Api.Tests.Support;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Rectify.Search.Api.Tests;

/// <summary>
/// The web app as a drafter meets it, in Debian's chromium against the real server over the seeds: each friction a new
/// user met (a dead end, nothing to paste into Word, raw codes, English errors, a free-text province, a lost place, a
/// phone, keyboard use, unlabelled counts, no help) walked through and asserted; axe-core finds no serious violation.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WebAppDrafterTests(ApiServer api)
{
    private string Url(string path) => new Uri(api.Client.BaseAddress!, path).ToString();

    private static async Task<IPage> Page(BrowserSession session, int width = 1400, int height = 900) =>
        await session.Browser.NewPageAsync(new() { ViewportSize = new() { Width = width, Height = height }, Locale = "zh-CN", AcceptDownloads = true });

    private async Task<IPage> Open(BrowserSession session, string path, int width = 1400)
    {
        var page = await Page(session, width);
        await page.GotoAsync(Url(path));
        await page.WaitForSelectorAsync("body[data-ready]");
        return page;
    }

    [BrowserFact]
    public async Task AThemeOpensWhereItHasResultsAndEveryResultLeadsToItsPrecedents()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?view=themes");
        // 挥发性有机物 tags one problem of the seeds (江西 三, whose third measure is about VOCs): its link opens the problems.
        await page.GetByRole(AriaRole.Link, new() { Name = "挥发性有机物", Exact = true }).ClickAsync();
        await page.WaitForSelectorAsync("#result-status");
        (await page.TextContentAsync("#result-status")).Should().StartWith("共 1 条结果（问题）");
        page.Url.Should().NotContain("unit=measure");

        // Its measures, each leading to its precedents.
        await page.GotoAsync(Url("/?theme=vocs&unit=measure"));
        await page.WaitForSelectorAsync("#result-status");
        (await page.TextContentAsync("#result-status")).Should().StartWith("共 5 条结果（措施）");
        (await page.Locator(".measure-hit a", new() { HasText = "找先例" }).CountAsync()).Should().Be(5, "a measure result leads to its precedents");

        // A theme with problems: each problem comes with its measures on the theme, and leads to precedents too.
        await page.GotoAsync(Url("/?theme=fertilizer-reduction"));
        await page.WaitForSelectorAsync("#result-status");
        (await page.TextContentAsync("#result-status")).Should().StartWith("共 7 条结果（问题）");
        var first = page.Locator("#results .hit").First;
        (await first.TextContentAsync()).Should().Contain("该主题的措施").And.Contain("找同类问题的先例");
        (await first.Locator("ul.measures li").CountAsync()).Should().BeGreaterThan(0);
        var title = await first.Locator("h3").TextContentAsync();
        (await first.Locator("p").First.TextContentAsync()).Should().NotStartWith(title!.Split('、', 2)[1], "the passage does not repeat the title");

        // A problem's precedents: problems of other provinces like it, counted.
        await first.GetByRole(AriaRole.Link, new() { Name = "找同类问题的先例" }).ClickAsync();
        await page.WaitForSelectorAsync("#precedent-status");
        (await page.Locator("#precedents > p.meta").First.TextContentAsync()).Should().StartWith("参照问题：");
        (await page.TextContentAsync("#precedent-status")).Should().MatchRegex(@"^共 [1-9]\d* 条先例$");
    }

    [BrowserFact]
    public async Task AQueryWithNoResultsSaysWhatToDoInsteadOfShowingEmptyFiltersAndExports()
    {
        await using var session = await Chromium.Launch();
        // Surface water quality is no theme of any 湖北 problem, but one 湖北 measure acts on it (随县 二: 河湖长制).
        var page = await Open(session, "/?theme=water-quality&province=%E6%B9%96%E5%8C%97%E7%9C%81");
        (await page.TextContentAsync("#result-status")).Should().Be("共 0 条结果");
        (await page.Locator(".empty").TextContentAsync()).Should().Contain("没有找到结果").And.Contain("按措施检索有 1 条结果");
        (await page.Locator(".facets, .exports, .pager").CountAsync()).Should().Be(0);
        await page.GetByRole(AriaRole.Link, new() { Name = "按措施检索有 1 条结果" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.querySelector('#result-status')?.textContent.startsWith('共 1 条结果')");
    }

    [BrowserFact]
    public async Task EveryResultOfASearchGoesIntoWordAndExcelWithChineseHeadersMeasuresAndCitations()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?q=%E4%B8%A4%E9%AB%98%E9%A1%B9%E7%9B%AE");
        (await page.TextContentAsync("#result-status")).Should().StartWith("共 33 条结果");

        var word = await page.RunAndWaitForDownloadAsync(() => page.Locator(".exports a", new() { HasText = "Word" }).ClickAsync());
        word.SuggestedFilename.Should().Be("检索结果：两高项目.docx");
        var docx = await Saved(word);
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var rows = document.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().Select(r => r.Elements<W.TableCell>().Select(c => c.InnerText).ToList()).ToList();
            rows[0].Should().Equal("序号", "地区", "年份", "方案", "问题编号", "问题", "整改时限", "牵头单位", "整改措施（本问题全部）", "出处");
            rows.Should().HaveCount(34, "every result, not the page shown");
            rows.Skip(1).Should().OnlyContain(r => r[9].StartsWith("《") && r[9].Contains("问题") && r[8].Length > 0, "each row cites its plan and problem, with the measures");
            var row = rows.Skip(1).First(r => r[2].Length > 0);
            row[9].Should().Be($"《{row[3]}》（{row[1]}，{row[2]}年）问题{row[4]}");
        }
        finally { File.Delete(docx); }

        var excel = await page.RunAndWaitForDownloadAsync(() => page.Locator(".exports a", new() { HasText = "Excel" }).ClickAsync());
        excel.SuggestedFilename.Should().EndWith(".xlsx");
        var xlsx = await Saved(excel);
        try
        {
            using var sheet = SpreadsheetDocument.Open(xlsx, false);
            var data = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>().ToList();
            data.Should().HaveCount(1 + 2 + 1 + 33, "the title, two criteria lines (the query, the count), the header and every result");
        }
        finally { File.Delete(xlsx); }

        // Printed: the results and their citations, not the navigation, the form or the filters.
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        (await page.Locator("header.top nav").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("form.bar").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator(".filters").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("#results .cite").First.IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("#results .cite").First.TextContentAsync()).Should().StartWith("出处：《");
    }

    [BrowserFact]
    public async Task FiltersReadByTheirNamesAndPlansByTheirTitles()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?theme=mine-restoration&level=county");
        (await page.Locator(".chips button.chip").AllTextContentsAsync()).Should().Equal("主题：矿山生态修复 ✕", "层级：县级 ✕");
        (await page.Locator("article.plan h2 a").AllTextContentsAsync()).Should().OnlyContain(t => t.Contains("整改") && !t.Contains('_'));
    }

    [BrowserFact]
    public async Task ErrorsSpeakChineseWithAWayForwardAndBadInputIsStoppedBeforeItIsSent()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?plan=doesnotexist");
        var alert = await page.Locator("[role=alert]").TextContentAsync();
        alert.Should().Contain("没有找到这个方案").And.Contain("返回检索页").And.NotContain("No plan").And.NotContain("GET /api");

        await page.GotoAsync(Url("/"));
        await page.WaitForSelectorAsync("body[data-ready]");
        var requests = new List<string>();
        page.Request += (_, r) => { if (r.Url.Contains("/api/search")) requests.Add(r.Url); };
        await page.GetByLabel("检索词").FillAsync("污水");
        await page.GetByLabel("年份自").FillAsync("abc");
        await page.GetByRole(AriaRole.Button, new() { Name = "检索", Exact = true }).ClickAsync();
        (await page.Locator(".field-error").TextContentAsync()).Should().Be("“年份自”应为四位年份，如 2019。");
        (await page.GetByLabel("年份自").GetAttributeAsync("aria-invalid")).Should().Be("true");
        requests.Should().BeEmpty("nothing is sent the server would refuse");

        // An old address past the last page shows the last page and says so.
        await page.GotoAsync(Url("/?q=%E6%B1%A1%E6%B0%B4&page=99"));
        await page.WaitForFunctionAsync("() => document.querySelector('#result-status .note')");
        (await page.TextContentAsync("#result-status .note")).Should().StartWith("没有第 99 页，共");
        page.Url.Should().NotContain("page=99");
    }

    [BrowserFact]
    public async Task TheDraftersOwnRegionIsChosenFromTheListAndItsProvinceLeftOut()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?view=precedents");
        await page.GetByLabel("粘贴拟写的问题、措施或目标").FillAsync("推进畜禽养殖废弃物资源化利用，规模养殖场粪污处理设施装备配套率达到95%以上");
        var home = page.GetByLabel("本地（排除其所在省）");
        await home.FillAsync("火星");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        (await page.Locator(".field-error").TextContentAsync()).Should().Be("没有名为“火星”的省、市或县，请从下拉列表中选择。");

        await home.FillAsync("湖南");
        await page.WaitForFunctionAsync("() => document.querySelectorAll('#home-options option').length > 0");
        (await page.Locator("#home-options option").First.GetAttributeAsync("value")).Should().Be("湖南省");
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await page.WaitForSelectorAsync("#precedent-status");
        page.Url.Should().Contain("province=%E6%B9%96%E5%8D%97%E7%9C%81", "the short name stands for its province");
        (await page.TextContentAsync("#precedent-status")).Should().MatchRegex(@"^共 \d+ 条先例 · 不含湖南省$");
        (await page.Locator("#precedents article.precedent p.meta >> nth=0").AllTextContentsAsync()).Should().NotBeEmpty().And.OnlyContain(m => !m.Contains("湖南省"));
    }

    [BrowserFact]
    public async Task AnOpenedPlanShowsTheProblemWithTheSearchedWordsAndBackReturnsWhereTheUserWas()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?q=%E6%B1%A1%E6%B0%B4%E7%AE%A1%E7%BD%91");
        var hit = page.Locator("#results .hit h3 a").Nth(3);
        await hit.ScrollIntoViewIfNeededAsync();
        await page.EvaluateAsync("() => window.scrollBy(0, 200)");
        var before = await page.EvaluateAsync<double>("() => window.scrollY");
        before.Should().BeGreaterThan(100);
        await hit.ClickAsync();
        await page.WaitForSelectorAsync("article.problem.focused");
        (await page.Locator("article.problem.focused mark").First.TextContentAsync()).Should().Be("污水管网");
        var top = await page.EvaluateAsync<double>("() => document.querySelector('article.problem.focused').getBoundingClientRect().top");
        top.Should().BeInRange(-5, 200, "the opened plan is scrolled to the problem");

        await page.Locator("#back-to-results").ClickAsync();
        await page.WaitForSelectorAsync("#results");
        await page.WaitForFunctionAsync($"() => Math.abs(window.scrollY - {before}) < 60");
    }

    [BrowserFact]
    public async Task OnAPhoneResultsComeFirstTablesBecomeCardsAndChartsFit()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?q=%E4%B8%A4%E9%AB%98%E9%A1%B9%E7%9B%AE", width: 390);
        (await page.Locator("details.filters").GetAttributeAsync("open")).Should().BeNull("the filters wait behind 筛选");
        (await page.Locator("details.filters > summary").TextContentAsync()).Should().Be("筛选");
        var firstResult = await page.EvaluateAsync<double>("() => document.querySelector('#results article.plan').getBoundingClientRect().top + window.scrollY");
        firstResult.Should().BeLessThan(844, "the first result is on the first screen");

        await page.GotoAsync(Url("/?view=compare&theme=fertilizer-reduction"));
        await page.WaitForSelectorAsync("#compare-table tbody tr");
        (await page.Locator("#compare-table td").First.EvaluateAsync<string>("e => getComputedStyle(e).display")).Should().Be("grid");
        var narrowest = await page.Locator("#compare-table td").EvaluateAllAsync<double>("els => Math.min(...els.map(e => e.getBoundingClientRect().width))");
        narrowest.Should().BeGreaterThan(300, "a card's cell spans the card, never a column one or two characters wide");
        await page.WaitForFunctionAsync("() => window.echarts && echarts.getInstanceByDom(document.getElementById('compare-chart'))");
        var titles = await page.EvaluateAsync<JsonElement>("() => echarts.getInstanceByDom(document.getElementById('compare-chart')).getOption().title.map(t => ({ left: t.left, overflow: t.textStyle.overflow, width: t.textStyle.width }))");
        titles.EnumerateArray().Should().OnlyContain(t => t.GetProperty("left").GetString() == "center" && t.GetProperty("overflow").GetString() == "break" && t.GetProperty("width").GetDouble() <= 390);
    }

    [BrowserFact]
    public async Task TheKeyboardSkipsToTheResultsAndKeepsFocusOnTheFilterChosen()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?q=%E6%B1%A1%E6%B0%B4");
        (await page.Locator("#results-start").GetAttributeAsync("href")).Should().Be("#results");
        var beforeFirstResult = await page.EvaluateAsync<int>("""
            () => { const all = [...document.querySelectorAll('a[href], button, input, select, textarea, summary')].filter(e => e.offsetParent !== null || e === document.activeElement);
                    const first = document.querySelector('#results article.plan a'); return all.indexOf(first); }
            """);
        beforeFirstResult.Should().BeLessThan(25, "the results stand before the filters for the keyboard");

        var province = page.Locator("[data-facet=province]").First;
        var value = await province.GetAttributeAsync("data-value");
        await province.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => url.Contains("province="));
        await page.WaitForFunctionAsync("v => document.activeElement?.dataset?.value === v", value);
        (await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle")).Should().NotBe("none", "focus is visible");
    }

    [BrowserFact]
    public async Task ComparisonCountsSayWhatTheyCount()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?view=compare&theme=fertilizer-reduction");
        await page.WaitForSelectorAsync("#compare-status");
        (await page.Locator("select[name=theme] option[value=fertilizer-reduction]").TextContentAsync()).Should().MatchRegex(@"^化肥减量（\d+ 个问题）$");
        (await page.TextContentAsync("#compare-status")).Should().MatchRegex(@"^共 4 个方案，涉及 \d+ 个问题$");
        var word = await page.RunAndWaitForDownloadAsync(() => page.Locator(".exports a", new() { HasText = "Word" }).ClickAsync());
        var docx = await Saved(word);
        try
        {
            using var document = WordprocessingDocument.Open(docx, false);
            var rows = document.MainDocumentPart!.Document.Body!.Descendants<W.TableRow>().ToList();
            rows.Should().HaveCount(5);
            rows[0].InnerText.Should().Contain("量化目标").And.Contain("出处");
            rows[2].Elements<W.TableCell>().Last().InnerText.Should().StartWith("《");
        }
        finally { File.Delete(docx); }
    }

    [BrowserFact]
    public async Task TheHelpPageExplainsEachTaskWithPicturesAndThePlaceholderFitsItsBox()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?view=help");
        (await page.Locator("main h2").AllTextContentsAsync()).Should().Equal("知识库里有什么", "用自己的话检索", "找先例", "对比各地的目标和时限", "导出和打印", "上传方案");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('main figure img')].every(i => i.complete && i.naturalWidth > 0)");
        (await page.Locator("main figure img").CountAsync()).Should().Be(3);

        await page.GotoAsync(Url("/"));
        await page.WaitForSelectorAsync("body[data-ready]");
        var fits = await page.Locator("input[name=q]").EvaluateAsync<bool>("""
            e => { const c = document.createElement('canvas').getContext('2d'); const s = getComputedStyle(e); c.font = s.font;
                   return c.measureText(e.placeholder).width <= e.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); }
            """);
        fits.Should().BeTrue("the example queries are not cut");
    }

    [BrowserFact]
    public async Task ThePageIsInChineseOnlyWithNoHalfTranslatedLanguageSwitch()
    {
        await using var session = await Chromium.Launch();
        var page = await Open(session, "/?q=%E4%B8%A4%E9%AB%98%E9%A1%B9%E7%9B%AE");
        (await page.Locator("#lang").CountAsync()).Should().Be(0);
        var chrome = await page.EvaluateAsync<string>("""
            () => [...document.querySelectorAll('header.top, form.bar label, .facets h2, .exports, .pager, #result-status')]
              .flatMap(root => { const w = document.createTreeWalker(root, NodeFilter.SHOW_TEXT); const out = []; while (w.nextNode()) out.push(w.currentNode.textContent); return out; }).join(' ')
            """);
        System.Text.RegularExpressions.Regex.Matches(chrome, "[A-Za-z]{3,}").Select(m => m.Value).Distinct()
            .Should().BeSubsetOf(["Rectify", "Search", "Word", "Excel", "CSV"]);
    }

    [BrowserFact]
    public async Task AxeFindsNoSeriousViolationOnAnyViewAtDesktopOrPhoneWidth()
    {
        var axe = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Api.Tests", "node_modules", "axe-core", "axe.min.js");
        File.Exists(axe).Should().BeTrue("npm ci --prefix tests/Rectify.Search.Api.Tests installs axe-core (.ci/run does)");
        await using var session = await Chromium.Launch();
        var found = new List<string>();
        foreach (var width in new[] { 1400, 390 })
        {
            // The page's policy allows only its own scripts: the checker is let in by the browser context, not the page.
            var context = await session.Browser.NewContextAsync(new() { ViewportSize = new() { Width = width, Height = 900 }, BypassCSP = true });
            var page = await context.NewPageAsync();
            foreach (var path in new[] { "/?q=%E4%B8%A4%E9%AB%98%E9%A1%B9%E7%9B%AE", "/?plan=001_5cb408abd5d47804", "/?view=precedents&measure=001_5cb408abd5d47804.p1.m1",
                         "/?view=compare&theme=fertilizer-reduction", "/?view=themes", "/?view=help", "/?view=draft", "/?view=upload", "/?theme=vocs" })
            {
                await page.GotoAsync(Url(path));
                await page.WaitForSelectorAsync("body[data-ready]");
                await page.AddScriptTagAsync(new() { Path = axe });
                var violations = await page.EvaluateAsync<JsonElement>("async () => (await axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id + ': ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))");
                found.AddRange(violations.EnumerateArray().Select(v => $"{width}px {path}: {v.GetString()}"));
            }
            await context.CloseAsync();
        }
        found.Should().BeEmpty();
    }

    /// <summary>
    /// The help page's pictures, taken of the app as it is: into the test output, and with RECTIFY_HELP_SCREENSHOTS=1
    /// into the web app's help/ folder (committed; the help page shows them).
    /// </summary>
    [BrowserFact]
    public async Task TheHelpPicturesAreTakenOfTheAppAsItIs()
    {
        var folders = new List<string> { Path.Combine(AppContext.BaseDirectory, "screenshots", "help") };
        if (Environment.GetEnvironmentVariable("RECTIFY_HELP_SCREENSHOTS") == "1")
            folders.Add(Path.Combine(RepoFiles.Root, "src", "Rectify.Search.Web", "wwwroot", "help"));
        await using var session = await Chromium.Launch();
        var page = await Page(session, 1280, 800);
        foreach (var (name, path, ready) in new[]
        {
            ("search", "/?q=%E4%B8%A4%E9%AB%98%E9%A1%B9%E7%9B%AE", "#results"),
            ("precedents", "/?view=precedents&measure=001_5cb408abd5d47804.p1.m1", "#precedent-status"),
            ("compare", "/?view=compare&theme=fertilizer-reduction", "#compare-chart canvas"),
        })
        {
            await page.GotoAsync(Url(path));
            await page.WaitForSelectorAsync(ready);
            foreach (var folder in folders)
            {
                Directory.CreateDirectory(folder);
                await page.ScreenshotAsync(new() { Path = Path.Combine(folder, name + ".png") });
            }
            new FileInfo(Path.Combine(folders[0], name + ".png")).Length.Should().BeGreaterThan(10_000);
        }
    }

    private static async Task<string> Saved(IDownload download)
    {
        var path = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}{Path.GetExtension(download.SuggestedFilename)}");
        await download.SaveAsAsync(path);
        return path;
    }
}
