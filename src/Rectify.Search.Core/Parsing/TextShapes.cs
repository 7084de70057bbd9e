using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>Shapes of whole lines that several stages need to agree on (titles, attachment markers, dates).</summary>
internal static partial class TextShapes
{
    /// <summary>Characters that end a sentence or a clause that cannot run on into the next line.</summary>
    public const string Terminal = "。！？；!?;:〕】])）”」』";

    /// <summary>
    /// True when a (folded) line ends a sentence: a <see cref="Terminal"/> mark, or a half-width full stop after a Chinese
    /// character (…明显减少. in a text typed with Latin punctuation), not after a digit (…达到1. then 5倍).
    /// </summary>
    public static bool EndsSentence(string folded) =>
        folded.Length > 0 && (Terminal.Contains(folded[^1]) || (folded[^1] == '.' && folded.Length > 1 && folded[^2] is >= '\u4e00' and <= '\u9fff'));

    /// <summary>…整改方案, …清单, and those with their edition after them: （节选）, （征求意见稿）, （试行）.</summary>
    [GeneratedRegex(@"(方案|清单|台账|通知|意见|办法)([(（][^()（）]{1,10}[)）])?$")]
    private static partial Regex TitleEnding();

    [GeneratedRegex(@"(整改(落实|工作|行动)?方案|整改清单|责任清单|措施清单|任务清单|整改台账|实施方案)")]
    private static partial Regex PlanTitleWords();

    [GeneratedRegex(@"^附\s*(件|:)")]
    private static partial Regex AttachmentStart();

    /// <summary>A date in brackets on its own line, to the month or the day, as printed under a plan's title: （2022年8月）, （2022年5月16日）.</summary>
    [GeneratedRegex(@"(?m)^[(（]\s*(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月(\s*(?<d>\d{1,2})\s*日)?\s*[)）]$")]
    public static partial Regex TitleDate();

    /// <summary>
    /// A date standing alone on its line, in digits or in Chinese numerals (二〇二三年六月十五日), as documents are signed;
    /// or in digits with dots, dashes or slashes (2023.08.15); or as a 版记 prints it (2023年11月2日印发).
    /// </summary>
    [GeneratedRegex(@"^(?:(?<y>\d{4}|[一二][〇○零Oo0一二三四五六七八九]{3})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(?<d>\d{1,2}|[一二三四五六七八九十]{1,3})\s*日|(?<y>(?:19|20)\d{2})([./-])(?<m>\d{1,2})\1(?<d>\d{1,2}))(?:印发|签发)?$")]
    public static partial Regex DateLine();

    /// <summary>
    /// A masthead under the title: who publishes it and when, on one line — a bulletin's 嘉鱼县…办公室　　2023年9月28日, or a
    /// WeChat copy's 衡阳生态环境 衡阳生态环境 2024-03-05 18:30 发表于湖南 (the account's name, the time, and where it was
    /// posted from, which is no issuer; a news app's 临沂头条 2024-02-27 08:31 山东 prints the province alone; a copy that put
    /// the account on the line above keeps the time alone, 2023-11-21 18:30 四川). Not a link to a document (关于…的公示
    /// 2023-05-18): the name is no title, and a date without a name is one only to the minute.
    /// </summary>
    [GeneratedRegex(@"^(?!.*(关于|公示|方案|通知|报告|清单|意见|办法))(?:[^\d，。；：:、,]{2,30}?\s+(?<y>(19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})\s*日?(\s+\d{1,2}:\d{2}(:\d{2})?)?|(?<y>(19|20)\d{2})-(?<m>\d{1,2})-(?<d>\d{1,2})\s+\d{1,2}:\d{2}(:\d{2})?)(\s*发表于\S{1,8}|\s*·?\s+[\u4e00-\u9fff]{2,3})?$")]
    public static partial Regex MastheadDate();

    /// <summary>
    /// A body's full name, opening with its place (建德市生态环境保护委员会办公室, 中共蓝山县委办公室, 麻山区住建局), not a
    /// unit's short one (县住建局, 市攻坚办): how a document is signed.
    /// </summary>
    [GeneratedRegex(@"^(中共)?[^市县区省州旗盟\d][\u4e00-\u9fff]{0,10}?(省|市|县|区|旗|州|盟)[^,，。;；:：、\s]*(局|委|厅|办|办公室|政府|中心|小组|委员会|管委会|指挥部)$")]
    public static partial Regex PlacedBody();

    /// <summary>A signature dated to the month only, alone on its line (2024年7月, 二〇二四年七月).</summary>
    [GeneratedRegex(@"^(?<y>\d{4}|[一二][〇○零Oo0一二三四五六七八九]{3})\s*年\s*(?<m>\d{1,2}|[一二三四五六七八九十]{1,3})\s*月$")]
    public static partial Regex MonthLine();

    /// <summary>yyyy-MM of a <see cref="MonthLine"/>, or null.</summary>
    public static string? ParseMonthLine(string folded)
    {
        var m = MonthLine().Match(folded.Trim());
        return m.Success && Number(m.Groups["y"].Value) is { } y && Number(m.Groups["m"].Value) is >= 1 and <= 12 and var month
            ? $"{y:0000}-{month:00}"
            : null;
    }

    /// <summary>The ISO date of a <see cref="DateLine"/> (2021-12-17), or null when its month or day cannot be.</summary>
    public static string? ParseDateLine(string folded)
    {
        var m = DateLine().Match(folded.Trim());
        if (!m.Success)
            return null;
        return IsoDate(Number(m.Groups["y"].Value), Number(m.Groups["m"].Value), Number(m.Groups["d"].Value));
    }

    /// <summary>
    /// A year, month or day as printed: in digits, in four Chinese digits (二〇二三; its zero also typed as a letter O or a
    /// digit 0, 二O二三) or as a Chinese numeral (十五).
    /// </summary>
    private static int? Number(string text) => char.IsAsciiDigit(text[0])
        ? int.Parse(text, System.Globalization.CultureInfo.InvariantCulture)
        : text.Length == 4 && !text.Contains('十') ? int.Parse(Text.ChineseNumerals.YearDigits(text), System.Globalization.CultureInfo.InvariantCulture)
        : Text.ChineseNumerals.Parse(text);

    /// <summary>yyyy-MM-dd for a printed year, month and day; null when they make no calendar date (二月三十日).</summary>
    public static string? IsoDate(int? year, int? month, int? day) =>
        year is { } y && month is >= 1 and <= 12 && day is { } d && d >= 1 && d <= DateTime.DaysInMonth(y, month.Value)
            ? new DateOnly(y, month.Value, d).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;

    /// <summary>A line printed as a document title: ends like one and does not open a quotation.</summary>
    public static bool IsTitleLike(string folded) =>
        folded.Length <= 80 && !folded.StartsWith('《') && TitleEnding().IsMatch(HeadlineWords().Replace(folded.TrimEnd(), ""));

    /// <summary>
    /// What a news page's headline puts around a title: its column before a bar (一图读懂｜, 图解|), a verb after it
    /// (…整改方案来了, …整改方案出炉, …方案印发), and the bodies that issued it before it, quoted (中共云南省委办公厅
    /// 云南省人民政府办公厅印发《…整改方案》).
    /// </summary>
    [GeneratedRegex(@"^[^|｜]{2,8}[|｜]|(来了|出炉了?|公布了?|发布了?|出台了?|印发了?|全文)[!！]?$|^[^《》|｜,，。;；]{4,60}?(?<!关于)(印发|公布|出台)《(?=[^《》]+》$)|》$")]
    private static partial Regex HeadlineWords();

    /// <summary>The title of a plan or of its problem list (…整改方案, …整改清单), spaces inside it allowed.</summary>
    public static bool IsPlanTitle(string folded)
    {
        var closed = CloseCjkGaps(folded);
        return IsTitleLike(closed) && PlanTitleWords().IsMatch(closed) && !closed.Contains("关于印发") && !AttachmentStart().IsMatch(closed);
    }

    /// <summary>
    /// …公示, …情况（第二批）, …公告（2023年第3期）: a notice's title, its batch or issue in brackets after it; a table's
    /// title too (…整改任务推进情况表, …整改进展一览表), as a workbook's first row prints it, or a page's (…整改进展情况一览).
    /// </summary>
    [GeneratedRegex(@"((公示|公告|公开|通报|报告|情况|通知|说明|清单|台账)((一览|汇总|统计|明细|登记)?表)?|(一览|汇总|统计|明细|推进|进展|进度|任务)表|情况一览)([)）]|[(（][^()（）]{1,10}[)）])?$")]
    private static partial Regex NoticeTitleEnding();

    [GeneratedRegex(@"(整改|整治|督察|销号|验收|反馈)")]
    private static partial Regex NoticeTitleWords();

    /// <summary>The title of a notice (…整改情况的公示, …验收销号公示, …自查自验报告), spaces inside it allowed.</summary>
    public static bool IsNoticeTitle(string folded)
    {
        var closed = CloseCjkGaps(folded).Trim();
        return closed.Length is >= 6 and <= 90 && !closed.Contains('。') && !closed.StartsWith('《')
            && NoticeTitleEnding().IsMatch(closed) && NoticeTitleWords().IsMatch(closed);
    }

    /// <summary>附件, 附件：…清单, 附:… — the line that announces the attached list.</summary>
    public static bool IsAttachmentMarker(string folded) => folded.Length <= 80 && AttachmentStart().IsMatch(folded);

    /// <summary>The start of a line, for messages that quote it.</summary>
    public static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    /// <summary>The width a fixed-width font sets <paramref name="text"/> in: a Chinese character two columns, a Latin one one.</summary>
    public static int DisplayWidth(ReadOnlySpan<char> text)
    {
        var width = 0;
        foreach (var c in text)
            width += c < '\u2e80' ? 1 : 2;
        return width;
    }

    /// <summary>Removes spaces between two CJK characters (a PDF artifact: 生态环境 保护).</summary>
    public static string CloseCjkGaps(string text) => CjkGap().Replace(text, "");

    [GeneratedRegex(@"(?<=[\u4e00-\u9fff“”《》])[ \u3000]+(?=[\u4e00-\u9fff“”《》])")]
    private static partial Regex CjkGap();
}
