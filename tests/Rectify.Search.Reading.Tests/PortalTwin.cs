using System.Net;

namespace Rectify.Search.Reading.Tests;

internal static class PortalTwin
{
    /// <summary>Seed 003 as a county portal publishes it: the plan in the article's paragraphs, the portal around it.</summary>
    public static string Make(string text)
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
}
