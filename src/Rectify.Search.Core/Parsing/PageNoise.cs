using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Removes what a web page, a portal mirror or a print adds around a plan or notice, and reports it: portal chrome
/// (breadcrumbs, 字体/打印/关闭窗口, 分享到, 阅读量, 无障碍阅读, welcome and log-in lines), page metadata lines
/// (发布时间, 来源, 索引号 …, kept apart so the metadata reader can use their dates and issuers), page numbers,
/// pinyin injected after characters (號(hào)), table bars of a two-column table flattened one cell per line, lines
/// printed twice in a row and a title printed again over several lines. It also flags what it keeps but a reader
/// should know: masked names (******局) and dates whose 年/月 were dropped (2018416日).
/// </summary>
internal static partial class PageNoise
{
    /// <summary>Equal neighbouring lines at least this long are a repeat, not two cells that happen to agree.</summary>
    private const int RepeatableLength = 20;

    /// <summary>A page metadata line (来源：… 发布时间：… 浏览次数：…) may list several fields, but is no paragraph.</summary>
    private const int MaxMetadataLineLength = 160;

    /// <summary>Portal chrome (分享到, 打印此页, 登录) is a short line; a sentence naming those words is text.</summary>
    private const int MaxChromeLength = 80;

    /// <summary>How far from the top a mail's or a print's header may stand (a forwarded mail's header over its forwarding note).</summary>
    private const int MailHeaderReach = 8;

    /// <summary>A title printed again follows the first within the opening lines.</summary>
    private const int TitleReach = 12;

    /// <summary>Titles worth finding again are longer than a heading and shorter than a paragraph.</summary>
    private const int MinTitleLength = 12, MaxTitleLength = 100;

    /// <summary>How many of a document's first lines a running head may repeat.</summary>
    private const int HeadReach = 3;

    /// <summary>A title printed over several lines breaks it into short parts.</summary>
    private const int MaxTitlePartLength = 40;

    /// <summary>A page metadata line removed from the text, kept for the metadata reader.</summary>
    public sealed record PageLine(int Line, DualText Text);

    /// <summary>
    /// Pinyin a mirror injects after characters: one syllable (兴(xīng)) or a word's, spaced (德兴(dé xīng)), at least one
    /// of them with its tone mark (an English word in brackets has none).
    /// </summary>
    [GeneratedRegex(@"(?<=[\u3400-\u9fff])[(（](?<py>(?=[^)）]{0,30}[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ])[a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+(?: [a-züāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]+){0,3})[)）]")]
    private static partial Regex InjectedPinyin();

    // Matched on folded text (half-width, simplified). A trail of three steps or more is one too, whatever its first step
    // is called (神农架林区人民政府门户网站 > 政务公开 > 重点领域信息公开 > 生态环境, 千里马招标网 > 招标信息 > 湖北); and a
    // site's menu, three entries or more parted by bars, its home among them (六合彩开奖直播 | 首頁 | 新聞中心 | 站點地圖).
    [GeneratedRegex(@"^[•·\-*\s]*(您的位置|您现在的位置|当前位置|所在位置|当前的位置)\s*[:>]|首页\s*>|>\s*正文\s*$|^[^>›»。,;:]{1,20}(\s*[>›»]\s*[^>›»。,;:]{1,20}){2,}$|^(?=.*(首页|主页|网站地图|站点地图))[^|。,;:]{1,12}(\s*\|\s*[^|。,;:]{1,12}){2,}$")]
    private static partial Regex Breadcrumb();

    [GeneratedRegex(@"【\s*(字体|打印|关闭|收藏|纠错)|字体\s*:\s*【?\s*[大中小]|字号\s*:|打印此页|打印本页|关闭窗口|分享到\s*:?|阅读量|点击量|浏览次数|阅读次数|访问量|无障碍|智能问答|扫一扫|^[\s【\[(|]*(免费)?(登录|注册|会员登录|注册会员)[\s】\])|]*([\s【\[(|]*(免费)?(登录|注册|会员登录|注册会员)[\s】\])|]*)*$|欢迎(访问|光临|来到)|登录后(查看|下载|阅读)|请登录|免费注册|剩余\s*\d*%?\s*内容|查看(完整|全文|原文)|ICP备|公网安备|网站标识码|版权所有|技术支持\s*:|网站地图|上一篇|下一篇|相关(文章|链接|阅读|新闻)\s*:?$|^相关(文章|链接|阅读|新闻|推荐|文档)\s*:|^(热门推荐|热点推荐|精彩推荐|推荐阅读|往期推荐|猜你喜欢)\s*:|扫描二维码|扫码|打开\s*APP|^(展开|收起)全文\s*[a-zA-Z]?$|^L.{1,20}的微博视频$|^(转发|评论|赞|点赞|收藏|分享)\s*\d+(\.\d+)?\s*[万wW+]?([\s|·]+(转发|评论|赞|点赞|收藏|分享)\s*\d+(\.\d+)?\s*[万wW+]?)+$|点击(上方)?蓝字|关注我们|^[-—–\s]*END[-—–\s]*$|^(阅读原文|写留言|留言|\+?\s*关注|已关注|举报\s*/\s*反馈)$|^阅读\s*\d+(\.\d+)?\s*[万wW+]?([\s·|]*(在看|点赞|赞|分享)\s*\d+(\.\d+)?\s*[万wW+]?)*$|^(分享|收藏|在看|点赞|转发|回复|回覆|引用|举报)([\s|]+(分享|收藏|在看|点赞|转发|回复|回覆|引用|举报))+$|上传者\s*:|下载积分|立即下载|加入收藏|文档下载|文档贡献者|上传(时间|日期)\s*:|本文档由用户上传|下载本文档|VIP\s*免费|^返回\p{IsCJKUnifiedIdeographs}{1,6}\s*[,，]?\s*查看更多$|^阅读\s*\(\s*\d+(\.\d+)?\s*[万wW+]?\s*\)$")]
    private static partial Regex Chrome();

    /// <summary>
    /// A document site's notice about its upload, or a forum's disclaimer of a repost, in sentences of its own
    /// (本文档由用户上传，仅供学习参考。下载本文档需要5积分。, 免责声明：本文转自网络，如有侵权请联系删除。, 【免责声明】…, 声明：本站部分内容转载自网络，如有侵权请联系删除。, a platform's: 平台声明：该文观点仅代表作者本人，…仅提供信息存储空间服务。).
    /// </summary>
    [GeneratedRegex(@"^[【\[]?\s*(本文档由用户上传|本文档为用户上传|下载本文档|文档下载需要|本文由用户上传|免责声明|声明\s*:|本站(部分)?(内容|文章|资料)|本文转自|本文转载自|本文转载于|本文来源于网络|本文为.{1,20}(原创|作者)|未经(授权|许可)|平台声明\s*:).*(积分|下载|参考|版权|侵权|删除|转载|存储空间|仅代表)")]
    private static partial Regex UploadNotice();

    /// <summary>
    /// The name of who posted a page, where a site prints it before the page's date or its fields (河北省自然资源厅　2024-06-12
    /// 来源：办公室, 黔西市人民政府　发布时间：2024年05月17日): a body's or a medium's name, then a space.
    /// </summary>
    private const string Poster = @"(\p{IsCJKUnifiedIdeographs}{1,22}(政府|厅|局|委员会|办公室|办事处|中心|委|办|网|报|台|社)\s+)?";

    [GeneratedRegex(@"^" + Poster + @"[•·\-\s(]*(来\s*源|发布时间|发布日期|发布者|发布机构|发布单位|信息来源|索\s*引\s*号|文\s*号|发文字号|主题分类|有\s*效\s*性|名\s*称|成文日期|发文日期|发文机关|效力状态|生成日期|作\s*者|编\s*辑|责任编辑|审核|浏览|日\s*期|填报单位|填报时间|填报日期|填表人|制表单位|制表时间|制表日期|制表人|编制单位|编制日期|印发日期|报送单位|报送时间|报送日期|编报单位|编报日期|公示日期|数据提供单位|数据来源单位|数据更新日期|数据更新时间|更新时间|更新日期)\s*(\(\s*(盖章|公章|印章|章)\s*\)\s*)?:")]
    private static partial Regex MetadataLine();

    /// <summary>
    /// A line that opens with the time of posting, then the client or the source (2024-5-8 18:02 来自 微博 weibo.com, a
    /// microblog's; 2024-08-21 09:12　来源：乌审旗融媒体中心, a news page's; 2024-05-18 10:02 发布于：贵州省, a repost's), after
    /// the <see cref="Poster"/> or the <see cref="Account"/> where a site prints one (洞庭湖畔观察 2023-07-19 08:42 · 发布于湖南, a
    /// news platform's): the page's date, a page line.
    /// </summary>
    [GeneratedRegex(@"^(?:" + Poster + @"|" + Account + @")\d{4}-\d{1,2}-\d{1,2}(\s+\d{1,2}:\d{2}(:\d{2})?)?\s+(?:[·•|]\s*)?(来自|来源\s*:|发布于\s*:?)\s*\S")]
    private static partial Regex PostLine();

    /// <summary>
    /// An account on a news platform, a name of any words (洞庭湖畔观察), before a time of posting to the minute: a post's
    /// byline, as no document dates itself to the minute.
    /// </summary>
    private const string Account = @"\p{IsCJKUnifiedIdeographs}{2,12}\s+(?=\d{4}-\d{1,2}-\d{1,2}\s+\d{1,2}:\d{2})";

    /// <summary>
    /// A WeChat article's credits, each a name, a bar and who (来源 | 宜良县人民政府办公室, 编辑 | 张**, 审核 | 李**): page
    /// lines, the source among them. Two cells only: a table's header (日期 | 问题 | …) has more.
    /// </summary>
    [GeneratedRegex(@"^(来源|编辑|责编|审核|审校|校对|作者|文字|文|图片|图|摄影|排版|监制|出品)\s*\|\s*[^|]+$")]
    private static partial Regex CreditLine();

    /// <summary>
    /// A photograph's caption between a notice's fields (整改前 / ▲整改前：某砂石料场物料露天堆放 / 整改后 / （图片由县生态环境分局提供）):
    /// the page's, not the text's. A caption is short and ends no sentence; a ▲ opens it only before a picture's words.
    /// </summary>
    [GeneratedRegex(@"^(整改前|整改后|整改中)(照片|图片|对比图?)?(\s*[:：].{0,40})?$|^[▲△↑]\s*(图为|图片|照片|整改前|整改后|整改中|现场).{0,40}$|^[(（]\s*(图片|照片|摄影|图)\s*(由|来源|:|：|/).{0,30}[)）]$")]
    private static partial Regex PhotoCaption();

    /// <summary>标　　题：关于…的公示, a row of a public-information page's table of metadata (folded).</summary>
    [GeneratedRegex(@"^[•·\-\s]*标\s*题\s*:\s*(?<t>\S.{5,})$")]
    private static partial Regex TitleRow();

    /// <summary>
    /// The header of an e-mail a notice was forwarded in (发件人: / 发送时间: / 收件人: / 抄送: / 主题:, From: / Sent:) and the
    /// line that parts the forwarded message (---------- 转发的邮件 ----------, -----原始邮件-----): the mail's, not the
    /// document's — its date is when it was sent, no date of issue.
    /// </summary>
    [GeneratedRegex(@"^(发件人|收件人|抄送|密送|发送时间|发件时间|发送日期|主题|From|To|Cc|Sent|Date|Subject)\s*:\s*\S", RegexOptions.IgnoreCase)]
    private static partial Regex MailHeader();

    [GeneratedRegex(@"^-{3,}\s*(转发的邮件|转发邮件|原始邮件|原邮件|邮件原文|Forwarded message|Original Message)\s*-{3,}$", RegexOptions.IgnoreCase)]
    private static partial Regex MailSeparator();

    /// <summary>
    /// The header a browser prints over each page: the date and time of printing, then the page's title
    /// (2024/3/12 09:15 　 关于…的公示_沂水县人民政府) — its date is the print's, no date of issue.
    /// </summary>
    [GeneratedRegex(@"^\d{4}/\d{1,2}/\d{1,2}\s*(上午|下午)?\s*\d{1,2}:\d{2}(:\d{2})?\s{2,}\S")]
    private static partial Regex PrintHeader();

    /// <summary>
    /// A page's list of links to other pages below the article, headed alone (推荐阅读, 相关阅读, 延伸阅读, 往期回顾, 猜你喜欢):
    /// the heading and the link titles under it are the page's, not the document's.
    /// </summary>
    [GeneratedRegex(@"^[\s【\[]*(推荐阅读|相关阅读|延伸阅读|扩展阅读|往期回顾|往期推荐|往期精彩|精彩推荐|热门推荐|热点推荐|猜你喜欢|相关新闻|相关文章|相关链接|相关推荐)[\s】\]]*:?\s*$")]
    private static partial Regex FurtherReading();

    /// <summary>The link titles under a further-reading heading: short lines, no sentence among them but the site's disclaimer.</summary>
    private static bool AreLinkTitles(IEnumerable<DualText> lines) =>
        lines.All(l => l.Folded.Length <= MaxTitleLength && (!l.Folded.Contains('。') || UploadNotice().IsMatch(l.Folded)));

    /// <summary>A page that shows only part of its document: 剩余60%内容，登录后查看全文, 展开全文, 余下全文.</summary>
    [GeneratedRegex(@"剩余\s*\d*%?\s*的?内容|登录后(查看|阅读|下载)|查看(完整|全文)|(阅读|展开)全文|余下全文")]
    private static partial Regex PartOnly();

    /// <summary>
    /// The page's address alone on its line (http://www.xiangyin.gov.cn/art/2023/6/14/art_3371_1129856.html), or with the
    /// page count a browser prints after it at the foot of each printed page (… 1/2).
    /// </summary>
    [GeneratedRegex(@"^(https?://|www\.)\S+(\s+\d{1,3}\s*/\s*\d{1,3})?$")]
    private static partial Regex AddressLine();

    /// <summary>
    /// A site's owner in its footer (主办单位：乐业县人民政府办公室　承办单位：…信息中心, 主办：…): an office, a government, a
    /// website or a centre, alone or before the footer's next item — not a task's lead unit (主办单位：县农业农村局).
    /// </summary>
    [GeneratedRegex(@"^(主办|承办)(单位)?\s*:\s*[^:;。]*?(办公室|人民政府|网|中心|宣传部)\s*($|[\s|]+|(主办|承办|技术支持|地址|电话|联系电话|ICP|网站|版权))")]
    private static partial Regex SiteOwner();

    /// <summary>A line of bullets or a rule drawn with dashes, underscores or stars (————————, ＊＊＊): no text.</summary>
    [GeneratedRegex(@"^[•·\-\s▼▲►◆■□●○★☆↓—–_=*~━─]+$")]
    private static partial Regex BulletOnly();

    /// <summary>A government gazette's running head: its name and its issue (霞浦县人民政府公报　　2023年第4期, 政报 2022年第12期).</summary>
    [GeneratedRegex(@"^\S{0,30}(公报|政报)\s*((19|20)\d{2}\s*年\s*)?第\s*\d{1,3}\s*期(\s*[(（]?总第\s*\d{1,5}\s*期[)）]?)?$")]
    private static partial Regex GazetteHead();

    /// <summary>- 3 -, 3/12, 第3页, 第3页 共12页 — the last also between dashes (— 第2页 / 共5页 —, a document site's page break).</summary>
    [GeneratedRegex(@"^([-—–]\s*\d{1,3}\s*[-—–]|[-—–]*\s*第\s*\d{1,3}\s*页(\s*[,/]?\s*共\s*\d{1,3}\s*页)?\s*[-—–]*|\d{1,3}\s*/\s*\d{1,3})$")]
    private static partial Regex PageNumber();

    /// <summary>
    /// The toolbar the Internet Archive prints over a page it keeps (The Wayback Machine - https://web.archive.org/web/…,
    /// then 43 captures, 21 Sep 2024 - 02 Dec 2024, About this capture, COLLECTED BY …): its first line; the lines without
    /// a Chinese character below it are the toolbar's too. Its dates are the captures', no date of issue.
    /// </summary>
    [GeneratedRegex(@"^The Wayback Machine\b", RegexOptions.IgnoreCase)]
    private static partial Regex ArchiveBanner();

    [GeneratedRegex(@"[\u3400-\u9fff]")]
    private static partial Regex Chinese();

    [GeneratedRegex(@"\*{2,}")]
    private static partial Regex Masked();

    /// <summary>A date whose 年 and 月 were lost in the copy: 2018416日 for 2018年4月16日.</summary>
    [GeneratedRegex(@"(?<![\d.])(19|20)\d{2}\d{1,4}日")]
    private static partial Regex DroppedDate();

    [GeneratedRegex(@"^\|?\s*(?<a>[^|]+?)\s*\|\s*$")]
    private static partial Regex OneCellRow();

    [GeneratedRegex(@"^\|?\s*(?<a>[^|]+?)\s*\|\s*(?<b>[^|]+?)\s*\|?\s*$")]
    private static partial Regex TwoCellRow();

    /// <summary>A row of two cells parted by tabs (a Word table of one record's fields: 整改目标→冶炼企业…).</summary>
    [GeneratedRegex(@"^\s*(?<a>[^\t|]{2,12}?)\s*\t+\s*(?<b>[^\t]+?)\s*$")]
    private static partial Regex TabTwoCellRow();

    [GeneratedRegex(@"</?[a-zA-Z][a-zA-Z0-9]*(\s[^<>]*)?/?>")]
    private static partial Regex HtmlTag();

    [GeneratedRegex(@"&(#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-zA-Z]{2,8});")]
    private static partial Regex HtmlEntity();

    /// <summary>
    /// A text copy of a web page may keep its markup: tags (&lt;p&gt;, &lt;/span&gt;) are removed and entities
    /// (&amp;nbsp; &amp;ldquo; &amp;#20013;) decoded; returns how many of each were read.
    /// </summary>
    public static string RemoveMarkup(string line, out int tags, out int entities)
    {
        var t = 0;
        var e = 0;
        var result = line;
        if (result.Contains('<'))
            result = HtmlTag().Replace(result, _ =>
            {
                t++;
                return "";
            });
        if (result.Contains('&'))
            result = HtmlEntity().Replace(result, m =>
            {
                var decoded = System.Net.WebUtility.HtmlDecode(m.Value);
                if (decoded == m.Value)
                    return m.Value;
                e++;
                return decoded == "\u00A0" ? " " : decoded;
            });
        tags = t;
        entities = e;
        return result;
    }

    /// <summary>
    /// A copy kept as Markdown (a blog, a knowledge site, a notes app): at least two lines are Markdown headings
    /// (## 二、整改任务, ### 问题1：…). Only then is Markdown read off its lines — a masked name (张**) is no bold.
    /// </summary>
    public static bool IsMarkdown(IEnumerable<string> lines) => lines.Count(l => MarkdownHeading().IsMatch(l)) >= 2;

    /// <summary>
    /// A line of a Markdown copy as printed: a heading's #, a quotation's &gt;, a list's bullet, emphasis (**整改目标**),
    /// a link's target and a rule (---) are markup, not text. Returns whether anything was removed.
    /// </summary>
    public static string RemoveMarkdown(string line, out bool changed)
    {
        var result = MarkdownRule().IsMatch(line) ? "" : line;
        result = MarkdownHeading().Replace(result, "${text}");
        result = MarkdownQuote().Replace(result, "");
        result = MarkdownBullet().Replace(result, "");
        result = MarkdownEmphasis().Replace(result, "${text}");
        result = MarkdownLink().Replace(result, "${text}");
        changed = result != line;
        return result;
    }

    /// <summary>
    /// The rule a Markdown or wiki table prints under its header (| --- | :---: |, |----|----|): markup between rows, in
    /// any copy, not a row of the table — blanked, so that line numbers stay, and reported once.
    /// </summary>
    public static string[] RemoveTableRules(string[] lines, List<Diagnostic> diagnostics)
    {
        var rules = Enumerable.Range(0, lines.Length).Where(i => TableRule().IsMatch(lines[i])).ToList();
        foreach (var i in rules)
            lines[i] = "";
        if (rules.Count > 0)
            diagnostics.Add(new(Severity.Info, rules[0] + 1, "table-rule", $"{rules.Count} rule line(s) under a table's header (| --- | --- |) read as markup, not as rows"));
        return lines;
    }

    [GeneratedRegex(@"^\s*[|｜]?\s*:?[-－—]{3,}:?\s*([|｜]\s*:?[-－—]{3,}:?\s*)+[|｜]?\s*$")]
    private static partial Regex TableRule();

    [GeneratedRegex(@"^\s{0,3}#{1,6}\s+(?<text>.*?)(\s+#+)?\s*$")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"^\s{0,3}(>\s?)+")]
    private static partial Regex MarkdownQuote();

    [GeneratedRegex(@"^\s{0,3}[-*+]\s+(?=\S)")]
    private static partial Regex MarkdownBullet();

    [GeneratedRegex(@"^\s{0,3}([-*_]\s*){3,}$")]
    private static partial Regex MarkdownRule();

    [GeneratedRegex(@"(\*\*|__)(?<text>[^*_\s](.*?[^*_\s])?)\1|(?<![*\w])\*(?<text>[^*\s]([^*]*?[^*\s])?)\*(?![*\w])")]
    private static partial Regex MarkdownEmphasis();

    [GeneratedRegex(@"!?\[(?<text>[^\]]*)\]\([^)\s]+\)")]
    private static partial Regex MarkdownLink();

    /// <summary>
    /// Characters that print as nothing — zero-width spaces and joiners, a word joiner, a soft hyphen, direction marks, a
    /// byte-order mark inside the text — which a mirror sows between characters against copying (整改完\u200B成情况) and
    /// an editor leaves behind: removed from every line, so that labels and names read whole. Reported once, with the
    /// lines.
    /// </summary>
    public static string[] RemoveInvisible(string[] lines, List<Diagnostic> diagnostics) =>
        CleanEveryLine(lines, diagnostics, line => (Invisible().Replace(line, ""), Invisible().Count(line)), "invisible-characters",
            (count, touched, first) => $"{count} character(s) that print as nothing (zero-width spaces, soft hyphens, direction marks) removed on {touched} line(s) (first: line {first})");

    /// <summary>
    /// Every line cleaned by <paramref name="clean"/> (the line cleaned, and how many characters it changed), and one
    /// diagnostic of <paramref name="code"/> for all of them: <paramref name="message"/> of the count, the lines touched
    /// and the first of them.
    /// </summary>
    private static string[] CleanEveryLine(string[] lines, List<Diagnostic> diagnostics, Func<string, (string Line, int Count)> clean, string code,
        Func<int, int, int, string> message)
    {
        var touched = new List<int>();
        var count = 0;
        for (var i = 0; i < lines.Length; i++)
        {
            var (line, n) = clean(lines[i]);
            if (n == 0)
                continue;
            lines[i] = line;
            count += n;
            touched.Add(i + 1);
        }
        if (count > 0)
            diagnostics.Add(new(Severity.Info, touched[0], code, message(count, touched.Count, touched[0])));
        return lines;
    }

    [GeneratedRegex("[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]")]
    private static partial Regex Invisible();

    /// <summary>
    /// A form's row numbering its columns under the header (序号 | 反馈问题 | … then 1 | 2 | 3 | … | 7, as statistical forms
    /// print it): a row of four cells or more that count 1, 2, 3 … (or ① ② ③ …, 栏1 栏2 …) across, blanked, so that it is
    /// read as no problem, and reported.
    /// </summary>
    public static string[] RemoveColumnNumbers(string[] lines, List<Diagnostic> diagnostics)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i].IndexOf('\t') < 0)
                continue;
            var cells = lines[i].Split('\t').Select(c => c.Trim()).Where(c => c.Length > 0).ToList();
            if (cells.Count < 4 || !cells.Select((c, k) => ColumnNumber(c) == k + 1).All(x => x))
                continue;
            lines[i] = "";
            diagnostics.Add(new(Severity.Info, i + 1, "column-numbers", $"a row numbering the table's columns (1 … {cells.Count}) left out"));
        }
        return lines;
    }

    /// <summary>A column's number as a form prints it: 3, ③, 栏3, 第3栏, (3); 0 for anything else.</summary>
    private static int ColumnNumber(string cell)
    {
        if (cell.Length == 1 && cell[0] is >= '\u2460' and <= '\u2473')
            return cell[0] - '\u2460' + 1;
        return ColumnNumberText().Match(WidthFolding.Fold(cell)) is { Success: true } m ? int.Parse(m.Groups["n"].Value) : 0;
    }

    [GeneratedRegex(@"^(?:栏|第)?\s*\(?(?<n>[1-9]\d?)\)?\s*栏?$")]
    private static partial Regex ColumnNumberText();

    /// <summary>
    /// A bilingual page's other language — Tibetan, Mongolian, Uyghur or Kazakh (Arabic script), Yi, Korean — printed line
    /// by line beside the Chinese, as autonomous regions publish: a line written mostly in one of those scripts is
    /// blanked (line numbers stay), so that it joins no field, as is such a cell of a table's row, and reported once. Its
    /// Chinese line (or cell) says the same.
    /// </summary>
    public static string[] RemoveOtherScripts(string[] lines, List<Diagnostic> diagnostics) =>
        CleanEveryLine(lines, diagnostics, line =>
        {
            // A table's row may hold both languages, a cell each (ᠠᠰᠠᠭᠤᠳᠠᠯ → 问题一：…): the other language's cells go.
            var cells = line.Split('\t');
            var kept = cells.Where(c => !InOtherScript(c)).ToList();
            if (kept.Count == cells.Length)
                return (line, 0);
            return (kept.Count(c => c.Trim().Length > 0) <= 1 ? string.Concat(kept).Trim() : string.Join('\t', kept), 1);
        }, "other-script",
            (_, touched, first) => $"{touched} line(s) or cells in another language's script (a bilingual page's Tibetan, Mongolian, Uyghur, Yi or Korean) left out, the Chinese kept (first: line {first})");

    /// <summary>A text written mostly in one of those scripts: four letters of it at least, over twice its Chinese characters.</summary>
    private static bool InOtherScript(string text)
    {
        int other = 0, han = 0;
        foreach (var c in text)
        {
            if (IsMinorityScript(c))
                other++;
            else if (c is >= '\u4E00' and <= '\u9FFF')
                han++;
        }
        return other >= 4 && other > 2 * han;
    }

    /// <summary>Tibetan, Mongolian, Arabic (Uyghur, Kazakh), Yi and Hangul letters.</summary>
    private static bool IsMinorityScript(char c) => c is (>= '\u0F00' and <= '\u0FFF') or (>= '\u1800' and <= '\u18AF')
        or (>= '\u0600' and <= '\u06FF') or (>= '\uFB50' and <= '\uFDFF') or (>= '\uFE70' and <= '\uFEFF') or (>= '\uA000' and <= '\uA4CF')
        or (>= '\uAC00' and <= '\uD7AF') or (>= '\u1100' and <= '\u11FF') or (>= '\u3130' and <= '\u318F');

    /// <summary>
    /// A copy taken from a viewer that numbers every line (an online preview's or an editor's line numbers: "  9  …",
    /// " 10  …", a blank line numbered too): the numbers read off, the lines kept. Only a run of ten or more lines numbered
    /// one after another, parted from the text by spaces or a bar (never a tab: a table's 序号 column), and printed as a
    /// viewer prints them — right-aligned to one width, or numbering a blank line — so that a list whose items are each one
    /// line keeps its numbers. Reported once, with the lines.
    /// </summary>
    public static string[] RemoveLineNumbers(string[] lines, List<Diagnostic> diagnostics)
    {
        var numbers = lines.Select(l => LineNumber().Match(l) is { Success: true } m ? m : null).ToArray();
        for (var start = 0; start < lines.Length; start++)
        {
            if (numbers[start] is null)
                continue;
            var end = start;
            while (end + 1 < lines.Length && numbers[end + 1] is { } next && int.Parse(next.Groups["n"].Value) == int.Parse(numbers[end]!.Groups["n"].Value) + 1)
                end++;
            if (end - start + 1 < 10)
            {
                start = end;
                continue;
            }
            var run = numbers[start..(end + 1)];
            var width = run.Max(m => m!.Groups["pad"].Length + m.Groups["n"].Length);
            var aligned = run.All(m => m!.Groups["pad"].Length + m.Groups["n"].Length == width) && run.Any(m => m!.Groups["pad"].Length > 0);
            var blankNumbered = run.Any(m => m!.Groups["rest"].Length == 0);
            if (!aligned && !blankNumbered)
            {
                start = end;
                continue;
            }
            for (var i = start; i <= end; i++)
                lines[i] = numbers[i]!.Groups["rest"].Value;
            diagnostics.Add(new(Severity.Info, start + 1, "line-numbers",
                $"a viewer's line numbers ({run[0]!.Groups["n"].Value}–{run[^1]!.Groups["n"].Value}) read off lines {start + 1}–{end + 1}"));
            start = end;
        }
        return lines;
    }

    /// <summary>A line's number as a viewer prints it: right-aligned, then spaces or a bar, then the line (or nothing).</summary>
    [GeneratedRegex(@"^(?<pad> *)(?<n>[1-9]\d{0,4})(?:(?: +|\s*[|│]\s?)(?<rest>\S.*?)|\s*)\s*$")]
    private static partial Regex LineNumber();

    /// <summary>
    /// The radicals a PDF's text layer gives for characters whose glyph the font shares with one (⽣态环境, 整改⽬标, ⻓江;
    /// <see cref="RadicalForms"/>) read as those characters on every line, so that labels, dates and names read whole;
    /// reported once, with the lines.
    /// </summary>
    public static string[] RestoreRadicals(string[] lines, List<Diagnostic> diagnostics) =>
        CleanEveryLine(lines, diagnostics, line => (RadicalForms.Restore(line, out var n), n), "radical-forms",
            (count, touched, first) => $"{count} radical(s) standing for characters, as a PDF's text layer gives them (⽣ for 生), read as the characters on {touched} line(s) (first: line {first})");

    /// <summary>
    /// A label set upright in a narrow table cell, one character to a line as a copy of the table prints it (反 / 馈 / 问 /
    /// 题, then the value): joined onto its first line, the others blanked so that line numbers stay, and reported once.
    /// Only a run of lines of one Chinese character each, of three or more, or of two that read as a field's label (措 / 施):
    /// a single character standing alone is a cell of its own.
    /// </summary>
    public static string[] JoinUprightText(string[] lines, List<Diagnostic> diagnostics)
    {
        var joined = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var end = i;
            while (end < lines.Length && IsOneCharacter(lines[end]))
                end++;
            if (end - i >= 2 && string.Concat(lines[i..end].Select(l => l.Trim())) is var word
                && (end - i >= 3 || FieldLabels.TryMatchHeading(DualText.Of(word), null, out _)))
            {
                lines[i] = word;
                for (var j = i + 1; j < end; j++)
                    lines[j] = "";
                joined.Add(i + 1);
            }
            i = Math.Max(i, end - 1);
        }
        if (joined.Count > 0)
            diagnostics.Add(new(Severity.Info, joined[0], "upright-text",
                $"{joined.Count} label(s) set one character to a line (反 / 馈 / 问 / 题) joined (lines {Lines(joined)})"));
        return lines;
    }

    private static bool IsOneCharacter(string line) => line.Trim() is [>= '\u4e00' and <= '\u9fff'];

    /// <summary>Removes pinyin annotations injected after characters; returns how many were removed.</summary>
    public static string RemovePinyin(string line, out int removed)
    {
        var count = 0;
        var result = InjectedPinyin().Replace(line, _ =>
        {
            count++;
            return "";
        });
        removed = count;
        return result;
    }

    /// <summary>
    /// A two-column table flattened to text: one cell per line (整改目标 |) loses its bar; a label cell and its
    /// value cell on one line (整改目标 | …, or parted by a tab) become <c>label：value</c>.
    /// </summary>
    public static string? UnwrapCells(string line)
    {
        // A full-width bar (整改目标｜2024年底前…) parts cells as the ASCII one does.
        line = line.Replace('｜', '|');
        if (!line.Contains('|'))
        {
            // A label cell and its value parted by a tab; not a header row of two labels (反馈问题→整改措施).
            return TabTwoCellRow().Match(line) is { Success: true } row
                && FieldLabels.TryMatchHeading(DualText.Of(row.Groups["a"].Value), null, out var label) && label.Value.IsEmpty
                && !FieldLabels.TryMatchHeading(DualText.Of(row.Groups["b"].Value), null, out _)
                ? row.Groups["a"].Value + "：" + row.Groups["b"].Value
                : null;
        }
        if (OneCellRow().Match(line) is { Success: true } one)
            return one.Groups["a"].Value;
        if (TwoCellRow().Match(line) is { Success: true } two
            && FieldLabels.TryMatchHeading(DualText.Of(two.Groups["a"].Value), null, out _))
            return two.Groups["a"].Value + "：" + two.Groups["b"].Value;
        return null;
    }

    /// <summary>
    /// A line whose characters a PDF's letter spacing set apart (沅 江 市 第 二 轮 中 央 …, 整 改 目 标 ： 2022 年 底 前): most
    /// of its Chinese characters followed by a single space. Closed up (沅江市第二轮中央…); null for any other line.
    /// </summary>
    public static string? CloseLetterSpacing(string line)
    {
        var cjk = 0;
        var spaced = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is < '\u4e00' or > '\u9fff')
                continue;
            cjk++;
            if (i + 2 < line.Length && line[i + 1] == ' ' && line[i + 2] != ' ')
                spaced++;
        }
        return cjk >= MinLetterSpaced && spaced >= cjk * 3 / 4 ? LetterGap().Replace(line.Trim(), "") : null;
    }

    private const int MinLetterSpaced = 6;

    /// <summary>One space between two marks where either is Chinese or Chinese punctuation.</summary>
    [GeneratedRegex(@"(?<=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])\s(?=\S)|(?<=\S)\s(?=[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef“”‘’])")]
    private static partial Regex LetterGap();

    /// <summary>Takes chrome, page metadata and page numbers out of <paramref name="lines"/>; the metadata lines are returned.</summary>
    public static List<(int Line, DualText Text)> Strip(List<(int Line, DualText Text)> lines, List<PageLine> pageLines, List<Diagnostic> diagnostics)
    {
        var kept = new List<(int, DualText)>();
        var chrome = new List<int>();
        var numbers = new List<int>();
        var heads = new List<int>();
        (int Line, string Text)? cutOff = null;
        var afterPageNumber = false;
        var inArchiveBanner = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, text) = lines[i];
            var folded = text.Folded;
            // Furniture whose dates are no dates of issue, left out and not kept for the metadata reader: an archive's
            // toolbar (its dates are the captures'), a mail's header or a print's, a gazette's running head (霞浦县人民政府公报
            // 2023年第4期 over each page: its issue number), a photograph's caption between the fields.
            inArchiveBanner = ArchiveBanner().IsMatch(folded) || inArchiveBanner && !Chinese().IsMatch(folded);
            if (inArchiveBanner || i < MailHeaderReach && (MailHeader().IsMatch(folded) || PrintHeader().IsMatch(folded)) || MailSeparator().IsMatch(folded)
                || GazetteHead().IsMatch(folded) || PhotoCaption().IsMatch(folded) && !folded.Contains('。'))
            {
                chrome.Add(line);
                continue;
            }
            // 推荐阅读 over a few link titles ends the article: they go with the page's furniture (their dates are other
            // pages', so the link titles are not kept for the metadata reader).
            if (FurtherReading().IsMatch(folded) && AreLinkTitles(lines.Skip(i + 1).Select(l => l.Text)))
            {
                pageLines.Add(new(line, text));
                chrome.AddRange(lines.Skip(i).Select(l => l.Line));
                break;
            }
            // A public-information page's 标题： row is the title: left out when the page prints it again below, else unlabelled.
            if (TitleRow().Match(folded) is { Success: true } titled)
            {
                var title = text.Slice(titled.Groups["t"].Index).Trim();
                pageLines.Add(new(line, text));
                var below = lines.Skip(i + 1).Select(l => l.Text.Folded).FirstOrDefault(f => f.Trim().Length > 0);
                if (below is not null && Compact(below) == Compact(title.Folded))
                    chrome.Add(line);
                else
                    kept.Add((line, title));
                continue;
            }
            if (folded.Length <= MaxMetadataLineLength && (Breadcrumb().IsMatch(folded) || MetadataLine().IsMatch(folded) || PostLine().IsMatch(folded) || CreditLine().IsMatch(folded) || BulletOnly().IsMatch(folded) || AddressLine().IsMatch(folded)))
            {
                pageLines.Add(new(line, text));
                chrome.Add(line);
                continue;
            }
            if (folded.Length <= MaxChromeLength && (Chrome().IsMatch(folded) && !folded.Contains('。') || UploadNotice().IsMatch(folded) || SiteOwner().IsMatch(folded)))
            {
                pageLines.Add(new(line, text));
                chrome.Add(line);
                if (PartOnly().IsMatch(folded))
                    cutOff ??= (line, text.Original);
                continue;
            }
            if (PageNumber().IsMatch(folded))
            {
                numbers.Add(line);
                afterPageNumber = true;
                continue;
            }
            // A running head: the document's head line (抚松县人民政府办公室文件) printed again at the top of a page, or the
            // title its cover notice quotes (关于印发《石门县…整改方案》的通知, then 石门县…整改方案 over each page).
            if (afterPageNumber && kept.Count > 0 && folded.Length <= MaxTitleLength && !folded.Contains('。')
                && kept.Take(HeadReach).Any(k => Compact(k.Item2.Folded) == Compact(folded) || Compact(k.Item2.Folded).Contains("《" + Compact(folded) + "》", StringComparison.Ordinal)))
            {
                heads.Add(line);
                afterPageNumber = false;
                continue;
            }
            afterPageNumber = false;
            kept.Add((line, text));
        }
        if (cutOff is { } cut)
            diagnostics.Add(new(Severity.Warning, cut.Line, Text.PlanText.PartCode,
                $"the page shows only part of the document (\"{TextShapes.Shorten(cut.Text)}\"); it is compared with stored documents as a part of one"));
        if (heads.Count > 0)
            diagnostics.Add(new(Severity.Info, heads[0], "running-head", $"{heads.Count} running head line(s) repeating the document's head after a page number removed (lines {Lines(heads)})"));
        if (chrome.Count > 0)
            diagnostics.Add(new(Severity.Warning, chrome[0], "page-chrome",
                $"{chrome.Count} line(s) of web page furniture and page metadata left out of the text (lines {Lines(chrome)})"));
        if (numbers.Count > 0)
            diagnostics.Add(new(Severity.Info, numbers[0], "page-number", $"{numbers.Count} page number line(s) removed (lines {Lines(numbers)})"));
        return kept;
    }

    /// <summary>Drops a line printed twice in a row, and a title printed again split over several short lines.</summary>
    public static List<(int Line, DualText Text)> DropRepeats(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var kept = new List<(int Line, DualText Text)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var (line, text) = lines[i];
            // A date or a sentence printed twice in a row is a copy's repeat; short equal lines may be cells of a table.
            if (kept.Count > 0 && Compact(kept[^1].Text.Folded) == Compact(text.Folded)
                && (TextShapes.DateLine().IsMatch(text.Folded) || text.Length >= RepeatableLength))
            {
                diagnostics.Add(new(Severity.Info, line, "repeated-line", $"\"{TextShapes.Shorten(text.Original)}\" repeats line {kept[^1].Line}; dropped"));
                continue;
            }
            if (RepeatedTitle(lines, i, kept) is { } end)
            {
                diagnostics.Add(new(Severity.Info, line, "repeated-title",
                    $"lines {line}–{lines[end].Line} print the title again over {end - i + 1} lines; dropped"));
                i = end;
                continue;
            }
            kept.Add((line, text));
        }
        return kept;
    }

    /// <summary>
    /// The index of the last line of a run starting at <paramref name="i"/> of short lines without a full stop whose
    /// joined text is nearly a title-like line printed earlier (at most a few characters differ); null otherwise.
    /// </summary>
    private static int? RepeatedTitle(List<(int Line, DualText Text)> lines, int i, List<(int Line, DualText Text)> kept)
    {
        var titles = kept.Take(TitleReach).Select(k => Compact(k.Text.Folded)).Where(t => t.Length >= MinTitleLength && t.Length <= MaxTitleLength && !t.Contains('。')).ToList();
        if (titles.Count == 0)
            return null;
        var joined = "";
        for (var j = i; j < lines.Count && j < i + 6; j++)
        {
            var part = Compact(lines[j].Text.Folded);
            if (part.Length > MaxTitlePartLength || part.Contains('。'))
                return null;
            joined += part;
            if (j > i && titles.Any(t => NearlyEqual(t, joined)))
                return j;
        }
        return null;
    }

    /// <summary>Equal but for at most a tenth of the longer text's characters (an edit distance bound).</summary>
    private static bool NearlyEqual(string a, string b)
    {
        var limit = Math.Max(a.Length, b.Length) / 10;
        if (Math.Abs(a.Length - b.Length) > limit)
            return false;
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }
        return previous[b.Length] <= limit;
    }

    /// <summary>Flags masked names and dates whose 年/月 were dropped; the text is kept as printed.</summary>
    public static void Flag(IReadOnlyList<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var masked = lines.Where(l => Masked().IsMatch(l.Text.Folded)).ToList();
        if (masked.Count > 0)
        {
            var count = masked.Sum(l => Masked().Matches(l.Text.Folded).Count);
            diagnostics.Add(new(Severity.Warning, masked[0].Line, "masked-names",
                $"{count} masked span(s) such as \"{Masked().Match(masked[0].Text.Original).Value}\" kept as printed (lines {Lines(masked.Select(m => m.Line).ToList())}): names hidden by the copy cannot be resolved"));
        }
        foreach (var (line, text) in lines)
        {
            foreach (Match m in DroppedDate().Matches(text.Folded))
            {
                diagnostics.Add(new(Severity.Warning, line, "dropped-date-span",
                    $"\"{text.Original.Substring(m.Index, m.Length)}\" is a date whose 年/月 were lost in this copy; not read as a date"));
            }
        }
    }

    /// <summary>Reports pinyin removal once for the document.</summary>
    public static void ReportPinyin(List<int> lines, int count, List<Diagnostic> diagnostics)
    {
        if (count > 0)
            diagnostics.Add(new(Severity.Warning, lines[0], "injected-pinyin",
                $"{count} pinyin annotation(s) injected after characters (號(hào)) removed (lines {Lines(lines)})"));
    }

    private static string Compact(string text) => Regex.Replace(text, @"\s+", "");

    private static string Lines(IReadOnlyList<int> lines) =>
        lines.Count <= 6 ? string.Join(", ", lines) : $"{string.Join(", ", lines.Take(5))} … {lines[^1]}";
}
