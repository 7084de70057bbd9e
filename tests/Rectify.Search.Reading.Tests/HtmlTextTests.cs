using System.Net;
using System.Text;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Reading.Tests;

public sealed class HtmlTextTests
{
    private const string Seed = "003_89c821903e6b9e73";

    /// <summary>Seed 003 as a county portal publishes it: the plan in the article's paragraphs, the portal around it.</summary>
    private static string PortalPage(string text)
    {
        var paragraphs = string.Concat(text.Replace("\r\n", "\n").Split('\n').Select(l => $"<p style=\"text-indent:2em\">{WebUtility.HtmlEncode(l)}</p>\n"));
        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><title>整改方案_通知公告_县人民政府门户网站</title>
            <script>var _hmt = _hmt || [];</script><style>.nav li{float:left}</style></head>
            <body>
            <div class="header"><div class="logo">县人民政府门户网站</div><div class="search"><input type="text" placeholder="请输入关键字"></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk/">政务公开</a></li><li><a href="/bsfw/">办事服务</a></li><li><a href="/hdjl/">互动交流</a></li></ul></div>
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/tzgg/">通知公告</a></div>
            <div class="main">
              <div class="article">
                <div class="info">发布时间：2022-03-18 09:30　来源：县生态环境局　浏览次数：1024</div>
                <div class="fontsize">字号：<a href="#">大</a> <a href="#">中</a> <a href="#">小</a></div>
                <div id="zoom" class="TRS_Editor">
            {{paragraphs}}
                </div>
                <div class="share">分享到：<a href="#">微信</a> <a href="#">微博</a> <a href="#">QQ空间</a></div>
                <div class="print"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
              </div>
              <div class="related"><h3>相关链接</h3><ul><li><a href="/a.html">关于开展生态环境保护大排查的通知</a></li><li><a href="/b.html">县生态环境局2021年工作总结</a></li></ul></div>
            </div>
            <div class="footer">主办：县人民政府办公室　承办：县大数据中心　备案号：湘ICP备00000000号　网站标识码：0000000000</div>
            </body></html>
            """;
    }

    [Fact]
    public void APortalPageOfSeed003ParsesToTheSameProblemsFieldsAndMeasuresAsItsText()
    {
        var path = Path.Combine(RepoFiles.Root, "seeds", Seed + ".txt");
        var fromText = PlanPipeline.Read(path, File.ReadAllBytes(path));
        var html = Encoding.UTF8.GetBytes(PortalPage(File.ReadAllText(path)));

        var read = SourceReader.Read("page.html", html);
        var fromPage = PlanPipeline.Read("page.html", html, read);

        read.EncodingName.Should().Be("html");
        read.Text.Should().NotContain("当前位置").And.NotContain("分享到").And.NotContain("打印本页").And.NotContain("相关链接")
            .And.NotContain("备案号").And.NotContain("政务公开").And.NotContain("_hmt");
        fromPage.Metadata.Title.Should().Be(fromText.Metadata.Title);
        fromPage.Problems.Should().HaveCount(fromText.Problems.Count).And.HaveCount(11);
        fromPage.ShouldMatch(fromText);
    }

    [Fact]
    public void ATableInThePageIsOneTabSeparatedLinePerRow()
    {
        const string page = "<html><body><div id=\"content\"><p>整改任务清单</p><table><tr><th>序号</th><th>反馈问题</th><th>整改时限</th></tr>"
            + "<tr><td>1</td><td>县城污水管网<br>建设滞后</td><td>2025年12月底</td></tr></table></div><div class=\"footer\">版权所有</div></body></html>";
        SourceReader.Read("t.htm", Encoding.UTF8.GetBytes(page)).Text.Should().Be("整改任务清单\n序号\t反馈问题\t整改时限\n1\t县城污水管网 建设滞后\t2025年12月底\n");
    }

    [Fact]
    public void AContentContainerNamedLikeFurnitureIsKeptWhenItHoldsThePlan()
    {
        var plan = string.Concat(Enumerable.Range(1, 12).Select(i => $"<p>{i}. 加强城镇污水处理厂运行监管，确保出水稳定达标排放，推进污水管网建设。</p>"));
        var page = $"<html><body><div class=\"nav\"><a href=\"/\">首页</a></div><div class=\"print-content\">{plan}</div><div class=\"print\"><a href=\"#\">【打印本页】</a></div></body></html>";
        var text = SourceReader.Read("p.html", Encoding.UTF8.GetBytes(page)).Text;
        text.Should().Contain("12. 加强城镇污水处理厂运行监管").And.NotContain("打印本页").And.NotContain("首页");
    }

}
