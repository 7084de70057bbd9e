using System.Net;
using System.Text;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

public sealed class HtmlTextTests
{
    private const string Seed = "003_89c821903e6b9e73";

    [Fact]
    public void TextHiddenBetweenWordsIsLeftOutAndAHiddenBlockIsNot()
    {
        // A copy-guard's words, hidden inline by style or by a class the page's sheet hides; a block the page hides (a
        // tab's panel) is the page's own business and kept, as before.
        const string page = """
            <html><head><style>.c7x { display : none } p.tip{color:red}</style></head><body><div class="content">
            <p>整改目标：完成园区污水管网<span class="c7x">www.copy.com</span>排查修复，<font style="font-size:0px;color:#fff">的一是在</font>进水浓度提升。</p>
            <p>整改时限：<i hidden>版权所有</i>2023年6月底前</p>
            <div style="display:none"><p>整改措施：建立问题清单。</p></div>
            </div></body></html>
            """;
        var read = SourceReader.Read("copy.html", Encoding.UTF8.GetBytes(page));
        read.Text.Should().Contain("整改目标：完成园区污水管网排查修复，进水浓度提升。\n").And.Contain("整改时限：2023年6月底前\n").And.Contain("整改措施：建立问题清单。");
        read.Notes.Should().ContainSingle(n => n.Code == "hidden-text" && n.Message.StartsWith("3 piece(s)"));
    }

    [Fact]
    public void APortalPageOfSeed003ParsesToTheSameProblemsFieldsAndMeasuresAsItsText()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Seed + ".txt");
        var fromText = PlanPipeline.Read(path, File.ReadAllBytes(path));
        var html = Encoding.UTF8.GetBytes(PortalTwin.Make(File.ReadAllText(path)));

        var read = SourceReader.Read("page.html", html);
        var fromPage = PlanPipeline.Read("page.html", html, read);

        read.EncodingName.Should().Be("html");
        read.Published.Should().Be("2022-03-18", "the page's 发布时间, in the article's header outside the content");
        read.Text.Should().NotContain("当前位置").And.NotContain("分享到").And.NotContain("打印本页").And.NotContain("相关链接")
            .And.NotContain("备案号").And.NotContain("政务公开").And.NotContain("_hmt");
        fromPage.Metadata.Title.Should().Be(fromText.Metadata.Title);
        fromPage.Problems.Should().HaveCount(fromText.Problems.Count).And.HaveCount(11);
        fromPage.ShouldMatch(fromText);
    }

    [Fact]
    public void APlanWithoutADateTakesThePagesPublicationDate()
    {
        const string plan = "<p>某县生态环境保护督察反馈问题整改方案</p><p>一、县城污水管网建设滞后</p><p>整改目标：2025年底前完成雨污分流改造。</p><p>整改时限：2025年12月底</p><p>牵头单位：县住建局</p>";
        var page = $"<html><head><meta name=\"PubDate\" content=\"2021-12-20 10:00\"></head><body><div id=\"zoom\">{plan}</div></body></html>";
        var bytes = Encoding.UTF8.GetBytes(page);

        var read = SourceReader.Read("p.html", bytes);
        var parsed = PlanPipeline.Read("p.html", bytes, read);

        read.Published.Should().Be("2021-12-20");
        (parsed.Metadata.Date, parsed.Metadata.Year, parsed.Metadata.YearSource).Should().Be(("2021-12-20", 2021, "page"));
        SourceReader.Read("q.html", Encoding.UTF8.GetBytes("<html><body><p>发布日期：2023年2月30日</p></body></html>")).Published.Should().BeNull("there is no 30 February");
    }

    [Fact]
    public void ATableWithAHeaderKeepsItsRowsThoughACellHoldsATableAndALayoutTableIsReadAsBlocks()
    {
        // A list whose measure cell holds a small table of its own: still a table, one row per problem.
        const string list = "<table><tr><th>序号</th><th>反馈问题</th><th>整改措施</th><th>责任单位</th></tr>"
            + "<tr><td>1</td><td>县城污水管网建设滞后</td><td><table><tr><td>新建管网12公里</td></tr></table></td><td>县住建局</td></tr>"
            + "<tr><td>2</td><td>部分养殖场粪污直排</td><td>完成粪污处理设施配套</td><td>县农业农村局</td></tr></table>";
        var read = SourceReader.Read("list.html", Encoding.UTF8.GetBytes($"<html><body>{list}</body></html>"));
        read.Text.Should().Contain("1\t县城污水管网建设滞后\t新建管网12公里\t县住建局");

        // The same list inside a page laid out in a table beside a menu column of links: the list as rows, the menu gone.
        var page = $"<html><body><table><tr><td><a href=\"/a\">通知公告</a><br><a href=\"/b\">人事信息</a></td><td><p>某县督察整改情况公示</p>{list}</td></tr></table></body></html>";
        var laidOut = SourceReader.Read("page.html", Encoding.UTF8.GetBytes(page));
        laidOut.Text.Should().Contain("2\t部分养殖场粪污直排\t完成粪污处理设施配套\t县农业农村局").And.NotContain("人事信息");
    }

    [Fact]
    public void APageNestedDeeperThanAThousandElementsIsRefusedAndOneJustWithinIsRead()
    {
        static byte[] Nested(int depth) => Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + "<p>一、县城污水管网建设滞后</p>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>");

        SourceReader.Read("deep.html", Nested(998)).Text.Should().Be("一、县城污水管网建设滞后\n");
        foreach (var depth in new[] { 1_500, 100_000 })
        {
            var act = () => SourceReader.Read("deeper.html", Nested(depth));
            act.Should().Throw<PlanReadException>().Which.Message.Should().Be("deeper.html: a web page nested more than 1,000 elements deep; pages are read to that depth");
        }
    }

    [Fact]
    public void TextPastTheLimitIsRefusedBeforeItIsDecoded()
    {
        var act = () => SourceReader.Read("huge.txt", new byte[SourceReader.MaxTextBytes + 1].Select(_ => (byte)'a').ToArray());

        act.Should().Throw<PlanReadException>().Which.Reason.Should().Be("text of 32 MB; plans are read up to 32 MB of text (a plan is rarely over 2 MB): split the file");
    }

    [Fact]
    public void ATableInThePageIsOneTabSeparatedLinePerRow()
    {
        const string page = "<html><body><div id=\"content\"><p>整改任务清单</p><table><tr><th>序号</th><th>反馈问题</th><th>整改时限</th></tr>"
            + "<tr><td>1</td><td>县城污水管网<br>建设滞后</td><td>2025年12月底</td></tr></table></div><div class=\"footer\">版权所有</div></body></html>";
        SourceReader.Read("t.htm", Encoding.UTF8.GetBytes(page)).Text.Should().Be("整改任务清单\n序号\t反馈问题\t整改时限\n1\t县城污水管网 建设滞后\t2025年12月底\n");
    }

    [Fact]
    public void CellsSpanningRowsOrColumnsLeaveEmptyCellsWhereTheyReachAndANestedTableIsItsCellsText()
    {
        const string page = "<html><body><div id=\"content\"><table>"
            + "<tr><td>序号</td><td>反馈问题</td><td colspan=\"2\">责任单位</td><td>整改措施</td><td>时限</td></tr>"
            + "<tr><td rowspan=\"2\">1</td><td rowspan=\"2\">排口未整治</td><td>区生态环境分局</td><td>区水利局</td><td>排查溯源</td><td rowspan=\"3\">2023年底</td></tr>"
            + "<tr><td>区城管局</td><td></td><td>截污封堵</td></tr>"
            + "<tr><td>2</td><td>养殖污染</td><td colspan=\"2\"><table><tr><td>区农业</td></tr><tr><td>农村局</td></tr></table></td><td>逐场核查</td></tr>"
            + "<tr><td rowspan=\"99999\">3</td></tr>"
            + "</table></div></body></html>";
        SourceReader.Read("t.htm", Encoding.UTF8.GetBytes(page)).Text.Should().Be(
            "序号\t反馈问题\t责任单位\t\t整改措施\t时限\n"
            + "1\t排口未整治\t区生态环境分局\t区水利局\t排查溯源\t2023年底\n"
            + "\t\t区城管局\t\t截污封堵\n"
            + "2\t养殖污染\t区农业 农村局\t\t逐场核查\n"
            + "3\n");
    }

    [Fact]
    public void AContentContainerNamedLikeFurnitureIsKeptWhenItHoldsThePlan()
    {
        var plan = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>{i}. 加强城镇污水处理厂运行监管，确保出水稳定达标排放，推进污水管网建设。</p>"));
        var page = $"<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"print-content\">{plan}</div><div class=\"print\"><a href=\"#\">【打印本页】</a></div></body></html>";
        var text = SourceReader.Read("p.html", Encoding.UTF8.GetBytes(page)).Text;
        text.Should().Contain("12. 加强城镇污水处理厂运行监管").And.NotContain("打印本页").And.NotContain("首页");
    }

    [Fact]
    public void ComponentsOfAPageLaidSideBySideArePartedAndAWordProcessorsRunsAreNot()
    {
        // A card's number and text, a label and its value, each in a span of its own class (the style sheet parts them);
        // a word processor's runs split 生态环境 and 2023年 into spans without a class, or of one class.
        const string body = "<div class=\"card-title\"><span class=\"no\">1</span><span class=\"text\">县城污水管网建设滞后。</span></div>"
            + "<div class=\"row\"><span class=\"k\">整改目标</span><span class=\"v\">2025年底前完成雨污分流改造。</span></div>"
            + "<p><span>中央生态</span><span>环境保护督察</span><span class=\"GramE\">2023</span><span class=\"GramE\">年</span></p>";
        var page = $"<html><body><div id=\"zoom\">{body}</div></body></html>";

        var text = SourceReader.Read("cards.html", Encoding.UTF8.GetBytes(page)).Text;

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("1 县城污水管网建设滞后。", "整改目标 2025年底前完成雨污分流改造。", "中央生态环境保护督察2023年");
    }

    [Fact]
    public void AnOrderedListsItemsArePrintedWithTheNumbersABrowserShows()
    {
        // <ol start="2">, an item's value, Chinese numbering by list-style-type; an unordered list's items get none.
        const string body = "<ol start=\"2\"><li><p>县城污水管网建设滞后。</p></li><li value=\"5\">养殖场粪污直排。</li><li>垃圾随意堆放。</li></ol>"
            + "<ol style=\"list-style-type: cjk-ideographic;\"><li>整改任务</li></ol><ul><li>相关链接</li></ul>";
        var page = $"<html><body><div id=\"zoom\">{body}</div></body></html>";

        var text = SourceReader.Read("list.html", Encoding.UTF8.GetBytes(page)).Text;

        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().Equal("2.县城污水管网建设滞后。", "5.养殖场粪污直排。", "6.垃圾随意堆放。", "一、整改任务", "相关链接");
    }

    [Fact]
    public void APageWhoseArticleIsInItsScriptsStateIsReadFromItAndAPageWithTextOfItsOwnIsNot()
    {
        const string article = "<p>一、县城污水管网建设滞后，雨污合流问题突出，汛期污水溢流进入河道，群众反映强烈。</p><p>整改目标：2025年底前完成老城区雨污分流改造，城市生活污水集中收集率达到70%以上。</p>"
            + "<p>责任单位：县住房和城乡建设局</p><p>整改时限：2025年12月底</p><p>整改措施：1.新建污水管网12公里。2.实施老城区雨污分流改造。3.开展排水户排查，整治错接混接点位。</p>"
            + "<p>二、部分规模养殖场粪污处理设施配套不到位，粪污直排周边沟渠。</p><p>整改目标：规模养殖场粪污处理设施装备配套率保持100%。</p><p>整改时限：2024年12月底</p>";
        var state = System.Text.Json.JsonSerializer.Serialize(new { article = new { title = "某县整改方案", publishTime = "2024-03-15 10:00:00", content = article } });
        var empty = $"<html><head><title>某县人民政府</title></head><body><div id=\"app\"></div><script>window.__INITIAL_STATE__={state};</script></body></html>";
        var full = $"<html><body><div id=\"zoom\"><p>某县生态环境保护督察整改工作推进会召开。会议听取了各乡镇和县直有关单位整改工作进展情况汇报，研究部署下一阶段重点任务，要求各责任单位对照整改清单逐项销号，确保按期完成整改任务，对整改不力的单位和个人严肃追责问责，以整改实效取信于民。</p></div><script>var pageData={state};</script></body></html>";

        var scripted = SourceReader.Read("app.html", Encoding.UTF8.GetBytes(empty));
        var rendered = SourceReader.Read("news.html", Encoding.UTF8.GetBytes(full));

        scripted.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Take(3).Should().Equal("某县整改方案", "一、县城污水管网建设滞后，雨污合流问题突出，汛期污水溢流进入河道，群众反映强烈。", "整改目标：2025年底前完成老城区雨污分流改造，城市生活污水集中收集率达到70%以上。");
        scripted.Published.Should().Be("2024-03-15");
        rendered.Text.Should().Contain("推进会").And.NotContain("整改目标");
    }
}
