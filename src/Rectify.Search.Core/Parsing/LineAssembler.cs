using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Turns decoded text into logical lines: splits lines, removes conversion artifacts and web boilerplate,
/// joins text that a page break split, and drops page-break debris. Every change is reported.
/// </summary>
internal static partial class LineAssembler
{
    [GeneratedRegex(@"\[bookmark:[^\]]*\]")]
    private static partial Regex BookmarkArtifact();

    [GeneratedRegex(@"(更新时间|发布时间|发布日期|来源\s*:|浏览次数|阅读次数|点击数|文/|编辑\s*:|责任编辑)")]
    private static partial Regex WebMetadata();

    private const int MaxLinkLength = 40;

    /// <summary>Web page furniture stands within the first lines of a copy; later, 发布时间 is the plan's own text.</summary>
    private const int PreambleReach = 8;

    /// <summary>Page-break debris repeats a few characters of the line before (村局〕), never a clause.</summary>
    private const int MaxDebrisLength = 10;

    /// <summary>Lines shorter than this (an issuer, a date, 附件) stand alone; a paragraph broken by a page runs longer.</summary>
    private const int StandaloneLength = 15;

    public static List<LogicalLine> Assemble(string text, List<Diagnostic> diagnostics) => Assemble(text, diagnostics, []);

    /// <summary>Assembles the lines of <paramref name="text"/>; page metadata lines taken out go to <paramref name="pageLines"/>.</summary>
    public static List<LogicalLine> Assemble(string text, List<Diagnostic> diagnostics, List<PageNoise.PageLine> pageLines)
    {
        var lines = SplitSpacedBody(SplitAndClean(text, diagnostics), diagnostics);
        lines = StripWebPreamble(lines, pageLines, diagnostics);
        lines = PageNoise.Strip(lines, pageLines, diagnostics);
        lines = PageNoise.DropRepeats(lines, diagnostics);
        lines = CellTableAssembler.Reassemble(lines, diagnostics);
        lines = TransposedTable.Turn(lines, diagnostics);
        lines = NumberLoneOrdinals(lines, diagnostics);
        lines = EnumeratedFindings.Number(lines, diagnostics);
        lines = StripLinkTrailer(lines, pageLines, diagnostics);
        lines = LabelRunInRecords(lines, diagnostics);
        lines = JoinBracketedFields(lines, diagnostics);
        PageNoise.Flag(lines, diagnostics);
        return Join(lines, diagnostics);
    }

    /// <summary>
    /// A numbered finding whose fields follow on a line of their own in brackets (1.…影响库区水质。 / （责任单位：…；整改时限：…；
    /// 整改情况：…）): the bracket goes onto the finding's line, where fields closing a problem's heading are read.
    /// </summary>
    private static List<(int Line, DualText Text)> JoinBracketedFields(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var result = new List<(int Line, DualText Text)>(lines.Count);
        int? first = null;
        foreach (var line in lines)
        {
            var text = line.Text.Trim();
            // One bracket, the whole line: not a heading numbered （二） whose own deadline closes it in brackets.
            if (result.Count > 0 && Headings.Match(text) is null && Headings.Match(result[^1].Text) is not null
                && FieldLabels.BracketOfFields(text) is { Count: > 0 } fields
                && fields.Any(f => FieldLabels.IsUnits(f.Kind) || f.Kind == FieldKind.Deadline))
            {
                result[^1] = (result[^1].Line, result[^1].Text.Trim() + text);
                first ??= line.Line;
                continue;
            }
            result.Add(line);
        }
        if (first is not { } at)
            return lines;
        diagnostics.Add(new(Severity.Info, at, "bracketed-fields-below",
            $"{lines.Count - result.Count} line(s) of fields in brackets under a numbered finding read as closing its line"));
        return result;
    }

    /// <summary>
    /// An article's items numbered by a two-digit number alone on the line above each (01 / 问题：… / 02 / …), as WeChat
    /// copies print them, or by an item's number in brackets (【第1项】 / 存在问题：… / 【第2项】 / …): the number goes onto
    /// its item's line (1、问题：…). Only a run counted from 1 in order, at least two — or numbers that say 第…项 and rise
    /// (【第4项】 / 【第9项】: the items still open of a longer list); bare digits only zero-padded — a page number (3) is
    /// never padded.
    /// </summary>
    private static List<(int Line, DualText Text)> NumberLoneOrdinals(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var run = new List<int>();
        var numbers = new List<int>();
        var named = true;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (LoneOrdinal().Match(lines[i].Text.Folded) is not { Success: true } m || LoneOrdinal().IsMatch(lines[i + 1].Text.Folded))
                continue;
            var no = Text.ChineseNumerals.ParseOrdinal(m.Groups["no"].Value);
            // 【第4项】 / 【第9项】 names the items it answers, as a notice of the few still open prints them: rising, not from 1.
            var item = m.Groups["item"].Success;
            if (no == run.Count + 1 || item && named && no > numbers.LastOrDefault())
            {
                run.Add(i);
                numbers.Add(no ?? 0);
                named &= item;
            }
        }
        if (run.Count < 2 || !named && numbers.Where((n, k) => n != k + 1).Any())
            return lines;
        var result = new List<(int Line, DualText Text)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (run.Contains(i))
                continue;
            var number = run.IndexOf(i - 1);
            result.Add(number >= 0 ? (lines[i].Line, DualText.Of($"{numbers[number]}、") + lines[i].Text) : lines[i]);
        }
        diagnostics.Add(new(Severity.Info, lines[run[0]].Line, "lone-ordinals",
            $"{run.Count} items numbered ({lines[run[0]].Text.Folded}, …) on a line of their own above each: each number read as its item's"));
        return result;
    }

    /// <summary>01 … 99 zero-padded below 10, or an item's number in square brackets: 【第1项】, 【2】, [第三条], 〔4〕 (folded); <c>item</c> when it says 第…项.</summary>
    [GeneratedRegex(@"^(?<no>0[1-9]|[1-9]\d)$|^[【\[〔]\s*(?:第\s*(?<no>\d{1,3}|[一二三四五六七八九十]{1,3})\s*(?<item>[项条个])|第?\s*(?<no>\d{1,3}|[一二三四五六七八九十]{1,3})\s*[项条个]?)\s*[】\]〕]$")]
    private static partial Regex LoneOrdinal();

    private static List<(int Line, DualText Text)> SplitAndClean(string text, List<Diagnostic> diagnostics)
    {
        var result = new List<(int, DualText)>();
        var lines = PageNoise.RestoreRadicals(PageNoise.RemoveInvisible(text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None), diagnostics), diagnostics);
        var pinyinLines = new List<int>();
        var spacedLines = new List<int>();
        var pinyin = 0;
        var markupLines = new List<int>();
        var misreadLabels = new List<string>();
        var ocrDigitLines = new List<int>();
        // 【问题1】…。【整改目标】…【责任单位】… on one line: a line per field, each under the line's number.
        if (PageNoise.IsMarkdown(lines))
        {
            var markdownLines = 0;
            for (var i = 0; i < lines.Length; i++)
            {
                lines[i] = PageNoise.RemoveMarkdown(lines[i], out var changed);
                markdownLines += changed ? 1 : 0;
            }
            diagnostics.Add(new(Severity.Info, null, "markdown", $"a Markdown copy: its markup (#, **, >, list bullets, rules) read off {markdownLines} line(s)"));
        }
        lines = PageNoise.RemoveLineNumbers(lines, diagnostics);
        lines = PageNoise.RemoveOtherScripts(lines, diagnostics);
        lines = PageNoise.RemoveColumnNumbers(lines, diagnostics);
        lines = PageNoise.RemoveTableRules(lines, diagnostics);
        lines = PageNoise.JoinUprightText(lines, diagnostics);
        lines = QuotedCellsTable.Rewrite(lines, diagnostics);
        lines = BoxDrawnTable.Rewrite(lines, diagnostics);
        lines = AlignedColumnsTable.Rewrite(lines, diagnostics);
        lines = SpacePartedTable.Rewrite(lines, diagnostics);
        lines = HeaderlessTable.Rewrite(lines, diagnostics);
        lines = NumberBulletedItems(lines, diagnostics);
        lines = NumberUnmarkedFindings(lines, diagnostics);
        var total = lines.Sum(l => l.Length);
        var pieces = lines.SelectMany((l, i) => SplitPostTitle(l, i, diagnostics).SelectMany(p => SplitRunTogether(p, i, total, diagnostics)).SelectMany(FieldLabels.SplitFields).SelectMany(SplitPairedCells).Select(piece => (i, piece))).ToList();
        foreach (var (i, piece) in pieces)
        {
            var unmarked = PageNoise.RemoveMarkup(piece, out var tags, out var entities);
            // Counted by line, not by the fields a line was cut into.
            if (tags + entities > 0 && markupLines.LastOrDefault() != i + 1)
                markupLines.Add(i + 1);
            var line = PageNoise.RemovePinyin(unmarked, out var removed);
            if (removed > 0)
            {
                pinyin += removed;
                if (pinyinLines.LastOrDefault() != i + 1)
                    pinyinLines.Add(i + 1);
            }
            if (PageNoise.UnwrapCells(line) is { } cell)
                line = cell;
            if (PageNoise.CloseLetterSpacing(line) is { } closed)
            {
                line = closed;
                if (spacedLines.LastOrDefault() != i + 1)
                    spacedLines.Add(i + 1);
            }
            // A list's bullet before a line (◆ 问题：…, ● 整改目标：…) is no part of it; a keycap emoji's digit (1️⃣ 问题：…, as
            // WeChat numbers items) is the item's number.
            line = KeycapNumber().Replace(line, m => (m.Groups["ten"].Success ? "10" : m.Groups["d"].Value) + "、");
            line = LeadingBullet().Replace(line, "");
            line = DashBullet().Replace(line, "");
            line = FieldLabels.Unbracket(line);
            line = FieldLabels.RepairMisread(line, out var misread, out var label);
            if (misread is not null)
                misreadLabels.Add($"line {i + 1}: {misread} for {label}");
            line = RepairOcrDigits(line, i + 1, ocrDigitLines);
            // A page's title as the browser shows it, with its site's name after a dash (…整改情况公示 - 文档下载网).
            if (i < SiteSuffixReach && SiteSuffix().Match(line) is { Success: true } site)
            {
                diagnostics.Add(new(Severity.Info, i + 1, "site-name", $"the site's name \"{site.Groups["site"].Value}\" after the title left out"));
                line = line[..site.Index];
            }
            // …and a document site's badge before it (【精品文档】…整改情况公示).
            if (i < SiteSuffixReach && SiteBadge().Match(line) is { Success: true } badge
                && Text.TextNormalizer.Default.Normalize(line[badge.Length..]) is var rest && (TextShapes.IsNoticeTitle(rest) || TextShapes.IsPlanTitle(rest)))
            {
                diagnostics.Add(new(Severity.Info, i + 1, "site-name", $"the site's badge \"{badge.Value}\" before the title left out"));
                line = line[badge.Length..];
            }
            if (BookmarkArtifact().IsMatch(line))
            {
                diagnostics.Add(new(Severity.Info, i + 1, "conversion-artifact", $"removed a word-processor artifact \"{BookmarkArtifact().Match(line).Value}\""));
                line = BookmarkArtifact().Replace(line, "");
            }
            line = RepairPrivateUseGlyphs(line, i + 1, diagnostics);
            // A table row keeps its leading tabs: they stand for empty cells.
            var dual = line.Count(c => c == '\t') >= 2 ? DualText.Of(line.TrimEnd().TrimStart(' ', '\u3000')) : DualText.Of(line).Trim();
            // The header of a table of one record's fields as rows (项目→内容) names no field.
            if (!dual.IsEmpty && !KeyValueHeader().IsMatch(dual.Folded))
                result.Add((i + 1, dual));
        }
        PageNoise.ReportPinyin(pinyinLines, pinyin, diagnostics);
        if (misreadLabels.Count > 0)
            diagnostics.Add(new(Severity.Warning, null, "ocr-label",
                $"{misreadLabels.Count} label(s) read one character off, as OCR misreads them, taken for the label they stand for ({string.Join("; ", misreadLabels.Take(5))})"));
        if (ocrDigitLines.Count > 0)
            diagnostics.Add(new(Severity.Warning, ocrDigitLines[0], "ocr-digits",
                $"a letter O read for the digit 0 in a date (2O22年) taken as 0 on {ocrDigitLines.Count} line(s) (first: line {ocrDigitLines[0]})"));
        if (spacedLines.Count > 0)
            diagnostics.Add(new(Severity.Info, spacedLines[0], "letter-spacing",
                $"characters set apart by spaces (沅 江 市 第 二 轮 …, a PDF's letter spacing) closed up on {spacedLines.Count} line(s)"));
        if (markupLines.Count > 0)
            diagnostics.Add(new(Severity.Warning, markupLines[0], "web-markup",
                $"HTML tags and entities left in the text removed or decoded on {markupLines.Count} line(s) (first: line {markupLines[0]})"));
        return result;
    }

    /// <summary>
    /// A label cut by a hard wrap, its first characters ending one line and the rest with its colon opening the next
    /// (整改目 / 标：2024年底前…, a copy wrapped at a phone's width): joined into one line, so the label reads. Only a line
    /// of at most five Chinese characters, and only where the label read across the break is longer than that line (问题 /
    /// 1：… stays apart: 问题 is a whole label).
    /// </summary>
    private static List<(int Line, DualText Text)> JoinSplitLabels(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var joined = new List<(int Line, DualText Text)>(lines.Count);
        var repaired = new List<int>();
        for (var i = 0; i < lines.Count; i++)
        {
            var head = lines[i].Text;
            if (i + 1 < lines.Count && head.Length is > 0 and <= 5 && head.Folded.All(c => c is >= '\u4e00' and <= '\u9fff')
                && FieldLabels.TryMatch(head + lines[i + 1].Text, out var field) && field.Label.Length > head.Length)
            {
                joined.Add((lines[i].Line, head + lines[i + 1].Text));
                repaired.Add(lines[i].Line);
                i++;
                continue;
            }
            joined.Add(lines[i]);
        }
        if (repaired.Count == 0)
            return lines;
        diagnostics.Add(new(Severity.Info, repaired[0], "label-split",
            $"{repaired.Count} label(s) cut by a line break (整改目 / 标：…) joined (first: line {repaired[0]})"));
        return joined;
    }

    /// <summary>
    /// Items marked by a bullet instead of a number (◎ 县城周边…突出。 / 整改目标：… / ◎ 泜河…), each followed by its fields:
    /// numbered in order (1、…), so that each opens its problem. Only a run of at least two lines with the same bullet,
    /// each the line before a labelled field and none a label itself; bullets before measures or fields are left to be
    /// read off as they are.
    /// </summary>
    private static string[] NumberBulletedItems(string[] lines, List<Diagnostic> diagnostics)
    {
        var items = new List<int>();
        char? bullet = null;
        for (var i = 0; i < lines.Length; i++)
        {
            if (LeadingBullet().Match(lines[i]) is not { Success: true } m || FieldLabels.TryMatch(DualText.Of(lines[i][m.Length..].Trim()), out _))
                continue;
            var next = Array.FindIndex(lines, i + 1, l => l.Trim().Length > 0);
            if (next < 0 || !FieldLabels.TryMatch(DualText.Of(lines[next].Trim()), out _))
                continue;
            var mark = m.Value.Trim()[0];
            if (bullet is { } b && b != mark)
                return lines;
            bullet = mark;
            items.Add(i);
        }
        if (items.Count < 2)
            return lines;
        var numbered = (string[])lines.Clone();
        for (var k = 0; k < items.Count; k++)
            numbered[items[k]] = $"{k + 1}、" + lines[items[k]][LeadingBullet().Match(lines[items[k]]).Length..];
        diagnostics.Add(new(Severity.Info, items[0] + 1, "bulleted-items",
            $"{items.Count} items marked {bullet} with their fields below each: numbered 1 to {items.Count} as their problems"));
        return numbered;
    }

    /// <summary>
    /// Findings printed as headings of their own with no number — a Word heading style the text loses, a web page's bold
    /// line — each directly over its opening field or its units (县城污水处理厂长期超负荷运行… / 整改目标：…): numbered 1, 2, … as the
    /// problems, in a document none of whose numbered lines opens fields. A finding so printed is a heading, not prose: no
    /// 。 in it, at most <see cref="MaxUnmarkedFinding"/> characters; two of them at least.
    /// </summary>
    private static string[] NumberUnmarkedFindings(string[] lines, List<Diagnostic> diagnostics)
    {
        static DualText Of(string line) => DualText.Of(LeadingBullet().Replace(line, "").Trim());
        int Next(int i) => Array.FindIndex(lines, i + 1, l => l.Trim().Length > 0);
        int Previous(int i) => i == 0 ? -1 : Array.FindLastIndex(lines, i - 1, l => l.Trim().Length > 0);
        bool OverOpeningField(int i) => Next(i) is >= 0 and var next && FieldLabels.TryMatch(Of(lines[next]), out var field) && (FieldLabels.Opens(field.Kind) || field.Kind == FieldKind.ResponsibleUnits);
        var items = new List<int>();
        for (var i = 0; i < lines.Length; i++)
        {
            var text = Of(lines[i]);
            if (text.IsEmpty || !OverOpeningField(i))
                continue;
            if (Headings.Match(text) is not null || LeadingBullet().IsMatch(lines[i]))
                return lines; // numbered (or bulleted) items open the fields: the list has its numbers
            if (ClassifiedLine.IsMarker(text) || text.Folded.Contains('。') || text.Folded.Contains('\t') || text.Length is < 6 or > MaxUnmarkedFinding)
                continue;
            // The value of a label standing alone above it (责任单位 | / 南漳县农业农村局… | / 整改目标 |) is that field's, no finding.
            if (Previous(i) is >= 0 and var previous && ClassifiedLine.IsLoneLabel(Of(PageNoise.UnwrapCells(lines[previous]) ?? lines[previous])))
                continue;
            items.Add(i);
        }
        if (items.Count < 2)
            return lines;
        var numbered = (string[])lines.Clone();
        for (var k = 0; k < items.Count; k++)
            numbered[items[k]] = $"{k + 1}、" + lines[items[k]].Trim();
        diagnostics.Add(new(Severity.Info, items[0] + 1, "unmarked-findings",
            $"{items.Count} findings printed without a number, each over its fields: numbered 1 to {items.Count} as their problems"));
        return numbered;
    }

    /// <summary>The longest line read as a finding printed without a number (a heading, not a paragraph).</summary>
    private const int MaxUnmarkedFinding = 80;

    /// <summary>A letter O that OCR read for a 0 in a year, month or day (2O22年3月1O日): the digit.</summary>
    private static string RepairOcrDigits(string line, int number, List<int> repaired)
    {
        if (!OcrDigits().IsMatch(line))
            return line;
        repaired.Add(number);
        return OcrDigits().Replace(line, m => m.Value.Replace('O', '0').Replace('o', '0').Replace('Ｏ', '0'));
    }

    /// <summary>Digits with a letter O among them, before 年, 月 or 日, not part of a Latin word (CO2).</summary>
    [GeneratedRegex(@"(?<![A-Za-zＡ-Ｚａ-ｚ])(?=[0-9OoＯ]*[0-9])(?=[0-9]*[OoＯ])[0-9OoＯ]{2,4}(?=\s*[年月日])")]
    private static partial Regex OcrDigits();

    /// <summary>
    /// Word documents converted to text keep symbol-font glyphs as private-use characters. U+F0xx/U+E010 here stand
    /// for a full stop (PM2\uE0105 is PM2.5, 1\uE010贯彻 is 1.贯彻); it becomes '.' unless a dot already stands next
    /// to it. Other private-use characters cannot be read and are removed. Both are reported.
    /// </summary>
    private static string RepairPrivateUseGlyphs(string line, int lineNo, List<Diagnostic> diagnostics)
    {
        if (!line.Any(IsPrivateUse))
            return line;
        var sb = new System.Text.StringBuilder(line.Length);
        var repaired = 0;
        var duplicates = 0;
        var removed = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (!IsPrivateUse(c))
            {
                sb.Append(c);
                continue;
            }
            var dotBeside = (i > 0 && line[i - 1] is '.' or '．') || (i + 1 < line.Length && line[i + 1] is '.' or '．');
            if (!PeriodGlyphs.Contains(c))
                removed++;
            else if (dotBeside)
                duplicates++;
            else
            {
                sb.Append('.');
                repaired++;
            }
        }
        if (repaired > 0)
            diagnostics.Add(new(Severity.Info, lineNo, "glyph-repaired", $"{repaired} private-use glyph(s) read as a full stop '.'"));
        if (duplicates > 0)
            diagnostics.Add(new(Severity.Info, lineNo, "glyph-repaired", $"{duplicates} full-stop glyph(s) beside a printed '.' dropped"));
        if (removed > 0)
            diagnostics.Add(new(Severity.Warning, lineNo, "glyph-removed", $"{removed} unreadable private-use character(s) removed"));
        return sb.ToString();
    }

    private static readonly HashSet<char> PeriodGlyphs = ['\uE010', '\uF02E'];

    private static bool IsPrivateUse(char c) => c is >= '\uE000' and <= '\uF8FF';

    private const int SiteSuffixReach = 3;

    /// <summary>A post's title opens its paragraph within the first lines (the account's name and the time of posting above).</summary>
    private const int PostTitleReach = 6;

    /// <summary>
    /// A post on a microblog or a news feed prints the notice as one paragraph opened by its topics and the notice's title
    /// in brackets (#中央生态环境保护督察# 【广安市关于…整改情况的公示】问题：…；整改目标：… 收起全文): the title goes on a
    /// line of its own, the topics and the feed's 收起全文 at the end are left out.
    /// </summary>
    private static IEnumerable<string> SplitPostTitle(string line, int i, List<Diagnostic> diagnostics)
    {
        if (i >= PostTitleReach || PostTitle().Match(line) is not { Success: true } post)
            return [line];
        var title = post.Groups["title"].Value;
        var normalized = Text.TextNormalizer.Default.Normalize(title);
        if (!TextShapes.IsNoticeTitle(normalized) && !TextShapes.IsPlanTitle(normalized))
            return [line];
        diagnostics.Add(new(Severity.Info, i + 1, "post-title", $"a post's title in brackets (【{TextShapes.Shorten(title)}】) read as the title, its text below it"));
        return [title, PostEnd().Replace(post.Groups["rest"].Value, "")];
    }

    [GeneratedRegex(@"^\s*(#[^#\s]{2,30}#\s*)*【(?<title>[^【】]{8,100})】\s*(?<rest>\S.*)$")]
    private static partial Regex PostTitle();

    /// <summary>A feed's button at the end of a post's paragraph: 收起全文 (with its icon's letter, 收起全文d), 展开全文.</summary>
    [GeneratedRegex(@"\s*(收起全文|展开全文|展開全文)\s*[a-zA-Z]?\s*$")]
    private static partial Regex PostEnd();

    /// <summary>
    /// A site's name after a page's title (… - 文档下载网), or a viewer's word for what it shows (….docx - 在线预览), with the
    /// file's extension before it.
    /// </summary>
    [GeneratedRegex(@"(?:\.(?:docx?|wps|pdf|xlsx?|et|txt)\s*|\s+)[-_|–—]{1,2}\s*(?<site>[^\s]{2,14}(网|网站|平台|文库|门户|资讯)|在线预览|文档预览|全文预览|预览)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteSuffix();

    /// <summary>A document site's or a forum's badge before a title: 【精品文档】, 【推荐】, 【转载】 (轉載, 转帖 as a forum prints it), [转], 转：, and a repost's 原标题： before the title it keeps.</summary>
    [GeneratedRegex(@"^\s*(【\s*((精品|优质|热门|推荐|免费|最新|原创|VIP)?\s*(文档|资料|范文|下载|推荐|精选)|转载|轉載|转帖|轉帖)\s*】|[\[［]\s*(转|轉|转载|轉載)\s*[\]］]|(转|轉|转载|轉載|转帖|轉帖|原标题|原標題)\s*[:：])\s*")]
    private static partial Regex SiteBadge();

    /// <summary>A whole body on one line is read apart at its spaces only when it is at least this long.</summary>
    private const int SpacedBodyLength = 240;

    /// <summary>
    /// A document whose line breaks became spaces (a web copy pasted as one line: 大冶市关于…的公示 发布时间：2023-02-14
    /// 按照… 一、部分矿山… 整改目标：…): a long line that holds the body (<see cref="HoldsTheBody"/>, a page's furniture
    /// around it or not), cut by spaces into pieces that are mostly phrases (not a title spaced letter by letter), is read
    /// as one line per piece. A piece cut from the middle of a sentence joins
    /// it again as any broken line does (<see cref="RunsOn"/>).
    /// </summary>
    private static List<(int Line, DualText Text)> SplitSpacedBody(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        if (!lines.Any(l => l.Text.Length >= SpacedBodyLength))
            return lines;
        var total = lines.Sum(l => l.Text.Length);
        var result = new List<(int, DualText)>(lines.Count);
        foreach (var (lineNo, text) in lines)
        {
            if (!HoldsTheBody(text.Length, total) || SpacedPieces(text) is not { } pieces)
            {
                result.Add((lineNo, text));
                continue;
            }
            result.AddRange(pieces.Where(p => !p.IsEmpty).Select(p => (lineNo, p)));
            diagnostics.Add(SpacedBodyRead(lineNo, text.Length, pieces.Count));
        }
        return result;
    }

    /// <summary>
    /// A body whose line breaks were lost with nothing in their place (a page's text run together: …关于…整改方案的通知各乡镇
    /// 人民政府，县直各单位：…请认真组织实施。一、资江…不规范整改目标：…开展联合执法。新化县人民政府办公室2022年1月5日):
    /// a line that holds the body (<see cref="HoldsTheBody"/>) is cut where a break can only have been — after a red
    /// head's 文件 and its 文号, after its title (and a date in brackets under it), around the page's date of publication
    /// and after a body's name spaced from its date near the top, before a heading numbered 一、 or （一） that follows the
    /// end of a sentence, between such a heading and the label its value runs on from (二、整改目标洞庭湖区…), before the
    /// closing words after the last heading (公示期间，如有…), and before the signature closing it (a body's name after a
    /// sentence's end, and its date). Where some breaks became spaces it is cut at the spaces too. Fields run together
    /// are read apart later, as on any line (<see cref="SplitInlineFields"/>).
    /// </summary>
    private static IEnumerable<string> SplitRunTogether(string line, int i, int total, List<Diagnostic> diagnostics)
    {
        if (!HoldsTheBody(line.Length, total) || line.Length < RunTogetherLength || line.Contains('\t'))
            return [line];
        var text = DualText.Of(line);
        var folded = text.Folded;
        var cuts = new SortedSet<int>();
        if (RunTogetherMasthead().Match(folded) is { Success: true } masthead)
            cuts.Add(masthead.Index + masthead.Length);
        var numberEnd = RunTogetherDocumentNumber().Match(folded) is { Success: true } number ? number.Index + number.Length : 0;
        cuts.Add(numberEnd);
        if (RunTogetherTitleEnd(folded, numberEnd) is { } titleEnd)
        {
            cuts.Add(titleEnd);
            // …整改方案（2021年12月20日）一、…: the date in brackets under the title, a line of its own.
            if (BracketedDate().Match(folded, titleEnd) is { Success: true } bracketed && bracketed.Index == titleEnd)
                cuts.Add(titleEnd + bracketed.Length);
        }
        if (RunTogetherPageDate().Match(folded, 0, Math.Min(folded.Length, RunTogetherHeadReach)) is { Success: true } page)
        {
            cuts.Add(page.Index);
            cuts.Add(page.Index + page.Length);
        }
        if (RunTogetherMastheadDate().Match(folded, 0, Math.Min(folded.Length, RunTogetherHeadReach)) is { Success: true } dated)
            cuts.Add(dated.Index + dated.Length);
        var lastHeading = -1;
        foreach (Match heading in HeadingAfterSentence().Matches(folded))
            cuts.Add(lastHeading = heading.Index + 1);
        // …已配套粪污处理设施。公示期间，如有意见建议…: the notice's closing words after its last heading's text.
        if (lastHeading >= 0 && InlineClosing().Match(folded, lastHeading) is { Success: true } closing)
            cuts.Add(closing.Index);
        if (TrailingSignature(folded) is { } signature)
        {
            cuts.Add(signature.Date);
            if (signature.Body is { } body)
                cuts.Add(body);
        }
        // 二、整改目标洞庭湖区…: a numbered field heading run into its value — the label a line of its own, as printed.
        foreach (var at in cuts.Prepend(0).ToList())
        {
            if (at < folded.Length && NumberedHeadingAt().Match(folded, at) is { Success: true } numbering
                && FieldLabels.RunInOpening(text.Slice(at + numbering.Length)) is { } label)
                cuts.Add(at + numbering.Length + label.ValueStart);
        }
        cuts.RemoveWhere(c => c <= 0 || c >= folded.Length);
        if (cuts.Count == 0)
            return [line];
        // Breaks that became spaces, where some did not (…整改发布时间：2023-11-15 16:20　　来源：…): cut at the spaces
        // too, as SplitSpacedBody cuts a body whose every break became one.
        if (SpacedPieces(text) is { } spaced)
        {
            foreach (Match gap in SpaceGaps().Matches(folded))
                cuts.Add(gap.Index);
            diagnostics.Add(SpacedBodyRead(i + 1, text.Length, spaced.Count));
        }
        var pieces = new List<string>(cuts.Count + 1);
        var from = 0;
        foreach (var cut in cuts.Append(folded.Length))
        {
            if (text.Slice(from, cut - from).Trim() is { IsEmpty: false } piece)
                pieces.Add(piece.Original);
            from = cut;
        }
        diagnostics.Add(new(Severity.Warning, i + 1, "run-together-body",
            $"a body of {line.Length} characters run together on one line cut at its title, page date, headings and signature ({cuts.Count} cuts)"));
        return pieces;
    }

    /// <summary>A line this long or longer, holding the body, may be a body run together.</summary>
    private const int RunTogetherLength = 160;

    /// <summary>The title opening a body run together is looked for within this many characters.</summary>
    private const int RunTogetherTitleLength = 100;

    /// <summary>The page's date of publication is looked for within the first characters of a body run together.</summary>
    private const int RunTogetherHeadReach = 240;

    /// <summary>
    /// Where the title that opens a line run together ends: the shortest opening of at most 100 characters, with no comma,
    /// colon or full stop in it and its 《》 closed, that reads as a notice's or a plan's title and ends as one (…的通知,
    /// …的公示, …整改方案), from <paramref name="start"/> (the end of a masthead's 文号 when one comes first, else 0); null when none does.
    /// </summary>
    private static int? RunTogetherTitleEnd(string folded, int start)
    {
        // The shortest such opening (…情况公示, not on to the 公示 of 现将…情况公示如下), unless 的通知 or the like goes on
        // from it (…整改方案的通知).
        for (var end = start + 8; end < Math.Min(folded.Length, start + RunTogetherTitleLength); end++)
        {
            var title = folded[start..end];
            if (title.IndexOfAny(['，', ',', '：', ':', '。', '；']) >= 0)
                break;
            if (title.Count(c => c == '《') != title.Count(c => c == '》') || TitleGoesOn().IsMatch(folded[end..]))
                continue;
            if (RunTogetherTitleEnding().IsMatch(title) && (TextShapes.IsNoticeTitle(title) || TextShapes.IsPlanTitle(title)))
                return end;
        }
        return null;
    }

    [GeneratedRegex(@"(的通知|的公示|的公告|的通报|的报告|整改方案|整改清单|整改台账|情况公示|销号公示)([(（][^()（）]{1,12}[)）])?$")]
    private static partial Regex RunTogetherTitleEnding();

    /// <summary>What goes on from a title's words to its end: 的通知, 的公示 …, a batch in brackets (（第二批）).</summary>
    [GeneratedRegex(@"^(的(通知|公示|公告|通报|报告|批复|函)|(公示|公告|通报)?[(（]第[一二三四五六七八九十\d]{1,3}[批期号][)）])")]
    private static partial Regex TitleGoesOn();

    /// <summary>A date in brackets, to the day or the month: （2021年12月20日）, （2022年8月）.</summary>
    [GeneratedRegex(@"\G[(（]\s*(19|20)\d{2}\s*年\s*\d{1,2}\s*月(\s*\d{1,2}\s*日)?\s*[)）]")]
    private static partial Regex BracketedDate();

    /// <summary>A red-headed masthead opening a body run together: the body's name and 文件 (新化县人民政府办公室文件).</summary>
    [GeneratedRegex(@"^[^，。；：:、]{4,30}?(办公室|办公厅|政府|局|委员会|厅|委)文件(?=\S)")]
    private static partial Regex RunTogetherMasthead();

    /// <summary>A masthead's 文号 near the top of a body run together (新政办发〔2021〕68号).</summary>
    [GeneratedRegex(@"^.{0,40}?[〔\[［(（](19|20)\d{2}[〕\]］)）]\s*\d{1,4}\s*号")]
    private static partial Regex RunTogetherDocumentNumber();

    /// <summary>A page's date of publication with its label (发布时间：2023-02-14 09:32, 发布日期：2022年5月18日).</summary>
    [GeneratedRegex(@"(发布时间|发布日期|发文日期|成文日期|公开日期|更新时间)\s*[：:]\s*(19|20)\d{2}\s*([-/.年])\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?(\s*\d{1,2}:\d{2}(:\d{2})?)?")]
    private static partial Regex RunTogetherPageDate();

    /// <summary>
    /// The date a body's name is spaced from under the title (梅州市梅江区人民政府办公室　　2022年8月15日), the body's text run on
    /// after it (为切实抓好…).
    /// </summary>
    [GeneratedRegex(@"(?<=[^\d，。；：:、,\s]{2,30}\s+)(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=[\u4e00-\u9fff])")]
    private static partial Regex RunTogetherMastheadDate();

    /// <summary>A heading's number where a line starts: 一、, （一）.</summary>
    [GeneratedRegex(@"\G([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])")]
    private static partial Regex NumberedHeadingAt();

    /// <summary>一、 or （一） straight after a sentence's end or an announcing colon, with a heading's words after it.</summary>
    [GeneratedRegex(@"[。；：:](?=([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])[\u4e00-\u9fff“]{6})")]
    private static partial Regex HeadingAfterSentence();

    /// <summary>
    /// The signature closing a body run together: where its date starts (2022年1月5日, the line's last characters), and
    /// where the body's name before it starts when a sentence ends right before that name (…开展联合执法。新化县人民政府办公室).
    /// Null when the line does not end in a date after a body's name or a sentence's end.
    /// </summary>
    private static (int Date, int? Body)? TrailingSignature(string folded)
    {
        if (TrailingDate().Match(folded) is not { Success: true } date)
            return null;
        var before = folded[..date.Index];
        // After a sentence's end, not a label's colon (完成时限：2022年12月31日 is a field's value).
        if (before.Length > 0 && "。！？；!?;）)”】".Contains(before[^1]))
            return (date.Index, null);
        var stop = before.LastIndexOfAny(['。', '；', '！', '？', '）', ')', '”']);
        if (stop >= 0 && before.Length - stop - 1 is >= 4 and <= 40 && TextShapes.PlacedBody().IsMatch(before[(stop + 1)..]))
            return (date.Index, stop + 1);
        return null;
    }

    [GeneratedRegex(@"((19|20)\d{2}|[一二][〇○零Oo0一二三四五六七八九]{3})\s*年\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日$")]
    private static partial Regex TrailingDate();

    /// <summary>The warning that a body on one line was read at its spaces.</summary>
    private static Diagnostic SpacedBodyRead(int line, int length, int pieces) =>
        new(Severity.Warning, line, "one-line-body", $"a body of {length} characters on one line read as {pieces} lines at its spaces");

    /// <summary>
    /// The pieces of a long line between its runs of spaces, when they are mostly phrases (a body whose line breaks
    /// became spaces); null for a short line, a table's row, or one spaced letter by letter (责 任 人).
    /// </summary>
    private static List<DualText>? SpacedPieces(DualText text)
    {
        if (text.Length < SpacedBodyLength || text.Folded.Contains('\t'))
            return null;
        var gaps = SpaceGaps().Matches(text.Folded);
        if (gaps.Count < MinSpacedPieces - 1)
            return null;
        var pieces = new List<DualText>(gaps.Count + 1);
        var from = 0;
        foreach (Match gap in gaps)
        {
            pieces.Add(text.Slice(from, gap.Index - from).Trim());
            from = gap.Index + gap.Length;
        }
        pieces.Add(text.Slice(from, text.Length - from).Trim());
        return pieces.Count(p => p.Length >= MinPhraseLength) >= 0.8 * pieces.Count ? pieces : null;
    }

    /// <summary>
    /// A line holds a document's body when it holds half its characters or more, whatever lines of a page's furniture
    /// stand around it (网站首页 | 政务公开 …, 相关链接：…).
    /// </summary>
    private static bool HoldsTheBody(int length, int total) => length * 2 >= total;

    private const int MinSpacedPieces = 5;
    private const int MinPhraseLength = 4;

    /// <summary>A run of spaces between two printed characters, not between two Latin letters (an English phrase).</summary>
    [GeneratedRegex(@"(?<=\S)(?<![A-Za-z])[ \u3000]+(?=\S)(?![A-Za-z])")]
    private static partial Regex SpaceGaps();

    /// <summary>
    /// A web copy opens with page furniture (更新时间…, 文/…) and often a news summary before the plan's own title.
    /// When such a marker stands near the top and a plan title follows it, everything before that title goes.
    /// </summary>
    private static List<(int Line, DualText Text)> StripWebPreamble(List<(int Line, DualText Text)> lines, List<PageNoise.PageLine> pageLines, List<Diagnostic> diagnostics)
    {
        var marker = lines.Take(PreambleReach).ToList().FindIndex(l => WebMetadata().IsMatch(l.Text.Folded));
        if (marker < 0)
            return lines;
        var title = lines.FindIndex(marker + 1, l => TextShapes.IsPlanTitle(l.Text.Folded));
        if (title < 0)
            return lines; // no plan title to cut to: the page's furniture is taken out line by line (PageNoise)
        var cut = title;
        pageLines.AddRange(lines.Take(cut).Select(l => new PageNoise.PageLine(l.Line, l.Text)));
        diagnostics.Add(new(Severity.Warning, lines[0].Line, "web-preamble",
            $"lines {lines[0].Line}–{lines[cut - 1].Line}: web page preamble (\"{TextShapes.Shorten(lines[marker].Text.Original)}\") left out of the plan"));
        return lines.Skip(cut).ToList();
    }

    /// <summary>
    /// A web copy often ends with a list of unrelated links: short lines with no sentence punctuation and no
    /// structure. Three or more of them at the very end are left out.
    /// </summary>
    private static List<(int Line, DualText Text)> StripLinkTrailer(List<(int Line, DualText Text)> lines, List<PageNoise.PageLine> pageLines, List<Diagnostic> diagnostics)
    {
        var start = lines.Count;
        while (start > 0 && LooksLikeLink(lines[start - 1].Text))
            start--;
        var count = lines.Count - start;
        if (count < 3)
            return lines;
        // Kept as the page's furniture: its footer (主办：耒阳市人民政府办公室) says whose site it is.
        pageLines.AddRange(lines.Skip(start).Select(l => new PageNoise.PageLine(l.Line, l.Text)));
        diagnostics.Add(new(Severity.Warning, lines[start].Line, "web-trailer",
            $"lines {lines[start].Line}–{lines[^1].Line}: {count} unrelated web links after the plan left out (first: \"{TextShapes.Shorten(lines[start].Text.Original)}\")"));
        return lines.Take(start).ToList();
    }

    private static bool LooksLikeLink(DualText text)
    {
        var folded = text.Folded;
        return folded.Length <= MaxLinkLength
            && !TextShapes.Terminal.Contains(folded[^1])
            && !folded.Contains('。')
            && !ClassifiedLine.IsMarker(text)
            && !TextShapes.DateLine().IsMatch(folded)
            // A signature: the bodies signing (中共城步苗族自治县委办公室) and the month it is dated to (二〇二二年五月).
            && !TextShapes.MonthLine().IsMatch(folded)
            && !TextShapes.PlacedBody().IsMatch(folded);
    }

    /// <summary>
    /// Splits a paragraph that holds several labelled fields (…各区政府完成时限：2021年底; 整改措施：…整改成效：…) into one
    /// paragraph per field, each keeping the paragraph's line numbers.
    /// </summary>
    public static List<LogicalLine> SplitInlineFields(List<LogicalLine> lines, List<Diagnostic> diagnostics)
    {
        var result = new List<LogicalLine>(lines.Count);
        foreach (var line in SplitRunInLabels(SplitAnnouncedItems(SplitInlineHeadings(lines, diagnostics), diagnostics), diagnostics))
        {
            if (Headings.Match(line.Text) is not null && FieldLabels.ColonlessTail(line.Text) is { } tail)
            {
                result.AddRange(tail.Select(part => line with { Text = part }));
                diagnostics.Add(new(Severity.Info, line.Line, "fields-without-colons", $"{tail.Count - 1} field(s) after a numbered finding, written without colons, read apart"));
                continue;
            }
            var starts = FieldLabels.InlineStarts(line.Text);
            // A table's row is left whole (问题：…。措施：… in its cell under 反馈问题及整改措施 is the cell's, read by the
            // table), unless it is a line of fields parted by tabs (整改目标：…<tab>责任单位：…): then at its cells only.
            if (starts.Count > 0 && TableLayoutReader.IsRow(line.Text))
                starts = !FieldLabels.TryMatch(line.Text, out _) ? []
                    : starts.Where(at => line.Text.Folded[..at].TrimEnd(' ', '\u3000') is { Length: > 0 } before && before[^1] is '\t' or '|').ToList();
            if (starts.Count == 0)
            {
                result.Add(line);
                continue;
            }
            // A row of a number and a cell of fields (1, a tab, 反馈问题：… 整改时限：…): the number is the problem's (反馈问题1：…).
            if (RowNumber().Match(line.Text.Folded[..starts[0]]) is { Success: true } number
                && NumberedProblem(line.Text.Slice(starts[0]), number.Groups["no"].Value) is { } text)
            {
                var numbered = line with { Text = text };
                starts = FieldLabels.InlineStarts(numbered.Text);
                SplitAt(numbered, starts, result);
                diagnostics.Add(new(Severity.Info, line.Line, "fields-split", $"{starts.Count + 1} fields written on one line after the row's number {number.Groups["no"].Value} read apart"));
                continue;
            }
            SplitAt(line, starts, result);
            diagnostics.Add(new(Severity.Info, line.Line, "fields-split", $"{starts.Count + 1} fields written on one line read apart"));
        }
        return result;
    }

    private static List<LogicalLine> Join(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var wrapWidth = WrapWidth(lines);
        var narrow = NarrowWrapWidth(lines);
        // Measured before: a label joined across its break makes its line wider than the text's wrap.
        lines = JoinSplitLabels(lines, diagnostics);
        var result = new List<LogicalLine>();
        var lastPhysical = DualText.Empty;
        var narrowJoins = 0;
        foreach (var (lineNo, text) in lines)
        {
            var physicalBefore = lastPhysical;
            lastPhysical = text;
            if (result.Count == 0)
            {
                result.Add(new(text, lineNo, lineNo));
                continue;
            }
            // A copy set in a phone's narrow column (凌源市部分铁矿采选企 / 业尾矿库未按要求建设排洪 / …): a line filled to the
            // column's width and not ending a sentence runs on, however short, unless a label, a number or a date opens the next.
            if (narrow is { } column && TextShapes.DisplayWidth(physicalBefore.Folded) >= column - 2 && !TextShapes.EndsSentence(physicalBefore.Folded)
                && Headings.Match(text) is null && !FieldLabels.TryMatch(text, out _) && !ClassifiedLine.IsMarker(text) && !ClassifiedLine.IsLoneLabel(text)
                && !TextShapes.DateLine().IsMatch(text.Folded))
            {
                result[^1] = result[^1] with { Text = result[^1].Text + text, EndLine = lineNo };
                narrowJoins++;
                continue;
            }
            var previous = result[^1];
            if (IsDebris(previous.Text, text))
            {
                diagnostics.Add(new(Severity.Warning, lineNo, "page-break-debris",
                    $"\"{text.Original}\" repeats the end of line {previous.EndLine} (page-break debris); dropped"));
                continue;
            }
            if (ClassifiedLine.IsUnitBracket(text) && !IsHeadingLike(previous.Text))
            {
                result[^1] = previous with { Text = previous.Text + text, EndLine = lineNo };
                diagnostics.Add(new(Severity.Info, lineNo, "unit-clause-attached", $"unit clause on its own line attached to line {previous.Line}"));
                continue;
            }
            if (RunsOn(previous.Text, text) || WrappedHeading(previous.Text, text, wrapWidth))
            {
                result[^1] = previous with { Text = previous.Text + text, EndLine = lineNo };
                diagnostics.Add(new(Severity.Info, lineNo, "page-break-joined", $"text broken across lines {previous.EndLine}–{lineNo} joined"));
                continue;
            }
            result.Add(new(text, lineNo, lineNo));
        }
        if (narrowJoins > 0)
            diagnostics.Add(new(Severity.Info, null, "narrow-column", $"a copy set in a narrow column ({narrow / 2} characters): {narrowJoins} line(s) joined to the line they continue"));
        return result;
    }

    /// <summary>
    /// The width of a phone's narrow column (10 to 15 characters) when most lines are filled to it: at least eight lines,
    /// two thirds of those of five characters or more within a character of the commonest width, none much wider.
    /// </summary>
    private static int? NarrowWrapWidth(IReadOnlyList<(int Line, DualText Text)> lines)
    {
        var widths = lines.Select(l => TextShapes.DisplayWidth(l.Text.Folded)).Where(w => w >= 10).ToList();
        if (widths.Count < 8)
            return null;
        var mode = widths.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        if (mode is < 20 or >= MinWrappedWidth)
            return null;
        var near = widths.Count(w => Math.Abs(w - mode) <= 2);
        var wider = widths.Count(w => w > mode + 2);
        return near >= widths.Count * 2 / 3.0 && wider <= 1 ? mode : null;
    }

    /// <summary>Adds the parts of <paramref name="line"/> between <paramref name="starts"/> (offsets into it, ascending), each trimmed, with the line's numbers.</summary>
    private static void SplitAt(LogicalLine line, IEnumerable<int> starts, List<LogicalLine> result)
    {
        var from = 0;
        foreach (var at in starts.Append(line.Text.Length))
        {
            var part = line.Text.Slice(from, at - from).Trim();
            // …违规建设旅游设施问题。——责任单位：…: the dash that led into the fields is neither's.
            if (at < line.Text.Length)
                part = part.TrimEnd("—－─-").Trim();
            if (!part.IsEmpty)
                result.Add(line with { Text = part });
            from = at;
        }
    }

    /// <summary>A body written on one line holds its headings only when it is at least this long.</summary>
    private const int OneLineBodyLength = 120;

    [GeneratedRegex(@"(?<=^|[。;!?])\s*(?<n>[一二三四五六七八九十]{1,3})、")]
    private static partial Regex InlineCnHeading();

    /// <summary>
    /// Splits a body written on one line (a web copy that lost its line breaks) at its numbered headings: 一、 二、 三、
    /// after a sentence's end, in sequence from the first, two or more of them. Numbers out of sequence (…第三、…) are
    /// sentence text and stay.
    /// </summary>
    private static List<LogicalLine> SplitInlineHeadings(List<LogicalLine> lines, List<Diagnostic> diagnostics)
    {
        var result = new List<LogicalLine>(lines.Count);
        foreach (var line in lines)
        {
            var starts = line.Text.Length >= OneLineBodyLength ? SequencedHeadings(line.Text.Folded) : [];
            if (starts.Count < 2)
            {
                result.Add(line);
                continue;
            }
            SplitAt(line, starts, result);
            var headings = starts.Where(a => ChineseNumeralAt(line.Text.Folded, a)).Select(a => line.Text.Folded[a..(line.Text.Folded.IndexOf('、', a) + 1)]).ToList();
            diagnostics.Add(new(Severity.Warning, line.Line, "one-line-body",
                $"{headings.Count} numbered headings ({string.Join(" ", headings)}) written on one line read apart"));
        }
        return result;
    }

    [GeneratedRegex(@"共\s*(?<c>\d{1,2})\s*[项个件条]\)")]
    private static partial Regex AnnouncedCount();

    [GeneratedRegex(@"(?<=^|[。;)])\s*(?<n>\d{1,2})[.、](?!\d)")]
    private static partial Regex InlineArabicItem();

    /// <summary>
    /// A title announcing how many items it heads, the items run in after it (二、双涧镇（共1项）1.…（…） / 三、县直部门（共2项）
    /// 1.…（…）2.…（…）: a copy that lost its line breaks): split at 1. 2. … when exactly as many as announced stand in
    /// sequence from right after the count, each after a sentence's or a bracket's end. Without a count, numbers run into
    /// a line are a measures field's (整改措施：1.…；2.…) and stay.
    /// </summary>
    private static List<LogicalLine> SplitAnnouncedItems(List<LogicalLine> lines, List<Diagnostic> diagnostics)
    {
        var result = new List<LogicalLine>(lines.Count);
        foreach (var line in lines)
        {
            var folded = line.Text.Folded;
            var starts = new List<int>();
            var count = 0;
            if (AnnouncedCount().Match(folded) is { Success: true } announced)
            {
                count = int.Parse(announced.Groups["c"].Value, System.Globalization.CultureInfo.InvariantCulture);
                var after = announced.Index + announced.Length;
                foreach (Match m in InlineArabicItem().Matches(folded, after))
                {
                    var n = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (n == starts.Count + 1 && (starts.Count > 0 || folded[after..m.Groups["n"].Index].Trim().Length == 0))
                        starts.Add(m.Groups["n"].Index);
                }
            }
            if (starts.Count == 0 || starts.Count != count)
            {
                result.Add(line);
                continue;
            }
            SplitAt(line, starts, result);
            diagnostics.Add(new(Severity.Info, line.Line, "announced-items", $"{starts.Count} item(s) run in after their title's count read apart"));
        }
        return result;
    }

    [GeneratedRegex(@"(?<=。)(以上|特此|如对|如有异议|公示期间)")]
    private static partial Regex InlineClosing();

    /// <summary>
    /// Where 一、 二、 … stand in sequence after sentence ends, then where the notice's closing words start after the
    /// last of them (公示期间，如有意见…); empty when fewer than two headings do.
    /// </summary>
    private static List<int> SequencedHeadings(string folded)
    {
        var starts = new List<int>();
        int? expected = null;
        foreach (Match m in InlineCnHeading().Matches(folded))
        {
            if (Text.ChineseNumerals.Parse(m.Groups["n"].Value) is not { } n || (expected is { } e ? n != e : n > 2))
                continue;
            starts.Add(m.Groups["n"].Index);
            expected = n + 1;
        }
        if (starts.Count < 2)
            return [];
        if (InlineClosing().Match(folded, starts[^1]) is { Success: true } closing)
            starts.Add(closing.Index);
        return starts;
    }

    private static bool ChineseNumeralAt(string folded, int at) => Text.ChineseNumerals.Characters.Contains(folded[at]);

    /// <summary>
    /// A row of a portal's table copied as one run of text, its labels running into their values with nothing between
    /// (序号1反馈问题温州…整改实施主体苍南县人民政府整改目标…整改时限2022年12月底前整改措施1.…): a line that opens with a
    /// problem label (after 序号N) and holds labels of two more kinds is read as one field per label, 序号N as the
    /// problem's number.
    /// </summary>
    private static List<LogicalLine> SplitRunInLabels(List<LogicalLine> lines, List<Diagnostic> diagnostics)
    {
        var result = new List<LogicalLine>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            // 序号：2 alone over 反馈问题：…: the record's number, read as the problem's (反馈问题2：…); 问题编号：HZ-2022-031 too,
            // with the record's type and place between them (问题类型：水 / 所在地：…), which go after it, the problem's.
            if (SerialLine().Match(line.Text.Folded) is { Success: true } serial)
            {
                var at = i + 1;
                while (at < lines.Count && at - i <= MaxFieldsBeforeProblem && FieldLabels.TryMatch(lines[at].Text, out var between)
                       && between.Kind is FieldKind.Location or FieldKind.Other)
                    at++;
                if (at < lines.Count && NumberedProblem(lines[at].Text, serial.Groups["no"].Value) is { } numbered)
                {
                    result.Add(lines[at] with { Text = numbered });
                    result.AddRange(lines.Skip(i + 1).Take(at - i - 1));
                    i = at;
                    continue;
                }
            }
            if (FieldLabels.RunIn(line.Text) is not { Fields: var fields } record)
            {
                result.Add(line);
                continue;
            }
            if (!record.Before.IsEmpty)
                result.Add(line with { Text = record.Before });
            result.AddRange(fields.Select(f => line with { Text = f }));
            diagnostics.Add(new(Severity.Warning, line.Line, "run-in-labels",
                $"{fields.Count} labels running into their values with no separator read as fields ({string.Join(" ", fields.Select(f => f.Original[..f.Original.IndexOf('：')]))})"));
        }
        return result;
    }

    /// <summary>How many lines a record's fields printed one to a line may take.</summary>
    private const int MaxRunInBlock = 12;

    /// <summary>
    /// A record's fields one to a line, each label running into its value (整改任务御临河… / 责任单位区生态环境局… /
    /// 整改时限2022年10月底前 / 验收情况：…, as a copy that lost its colons prints them): from a line that opens with a problem
    /// label so, the lines that open with a field — run in or labelled as usual — are the record's, and those run in
    /// are rewritten label：value, before lines are joined (a value without a full stop would run into the next field).
    /// Only where at least two more run-in labels of kinds not yet seen follow (整改措施落实不到位 alone is a sentence); the
    /// record ends at the first line that opens with no label.
    /// </summary>
    private static List<(int Line, DualText Text)> LabelRunInRecords(List<(int Line, DualText Text)> lines, List<Diagnostic> diagnostics)
    {
        var result = new List<(int Line, DualText Text)>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            if (RunInRecord(lines, i) is not { } record)
            {
                result.Add(lines[i]);
                continue;
            }
            result.AddRange(record);
            diagnostics.Add(new(Severity.Warning, lines[i].Line, "run-in-labels",
                $"{record.Count} lines whose labels run into their values with no separator read as fields (from line {lines[i].Line})"));
            i += record.Count - 1;
        }
        return result;
    }

    private static List<(int Line, DualText Text)>? RunInRecord(List<(int Line, DualText Text)> lines, int i)
    {
        if (FieldLabels.RunInOpening(lines[i].Text) is not { Kind: FieldKind.Problem })
            return null;
        var record = new List<(int Line, DualText Text)>();
        var kinds = new HashSet<FieldKind>();
        for (var j = i; j < lines.Count && j - i < MaxRunInBlock; j++)
        {
            var (line, text) = lines[j];
            if (FieldLabels.RunInOpening(text) is { } opening && kinds.Add(opening.Kind))
                record.Add((line, DualText.Of(opening.Label + "：") + text.Slice(opening.ValueStart).Trim()));
            else if (FieldLabels.TryMatch(text, out _))
                record.Add(lines[j]);
            else
                break;
        }
        return kinds.Count >= 3 ? record : null;
    }

    /// <summary>A very short line that merely repeats the end of the previous paragraph (村局〕 after …农业农村局〕).</summary>
    private static bool IsDebris(DualText previous, DualText text) =>
        text.Length <= MaxDebrisLength && previous.Length > text.Length && previous.Folded.EndsWith(text.Folded, StringComparison.Ordinal);

    /// <summary>
    /// True when <paramref name="next"/> continues <paramref name="previous"/>: the previous line stops mid-sentence,
    /// is not a heading or title, and the next line does not start a structure of its own.
    /// </summary>
    private static bool RunsOn(DualText previous, DualText next)
    {
        if (ClassifiedLine.IsMarker(next) || ClassifiedLine.IsLoneLabel(next) || TableLayoutReader.IsRow(previous) || TableLayoutReader.IsRow(next))
            return false;
        var last = previous.Folded[^1];
        if (TextShapes.EndsSentence(previous.Folded) || TextShapes.DateLine().IsMatch(next.Folded) || TextShapes.MonthLine().IsMatch(next.Folded) || TextShapes.TitleDate().IsMatch(next.Folded)
            || TextShapes.MastheadDate().IsMatch(next.Folded) || TextShapes.MastheadDate().IsMatch(previous.Folded))
            return false;
        // A title of its own (华容县关于…整改落实情况的公示) under a repost's headline, a sentence (…整改落实情况，涉及…): its
        // own line, not the headline's end — a title's wrapped half (整改情况的公示) names no 关于, and an issuer's name
        // over 关于印发… (中共南丰县委办公室 南丰县人民政府办公室) has no comma.
        if (previous.Folded.Contains(',') && (TextShapes.IsPlanTitle(next.Folded) || TextShapes.IsNoticeTitle(next.Folded))
            && next.Folded.Contains("关于", StringComparison.Ordinal))
            return false;
        // A number (a telephone, 联系电话：0731-28681234, or masked, 0731-87882xxx) then the issuing body's name alone: the
        // signature.
        if (NumberEnd().IsMatch(previous.Folded) && next.Length <= SignatureNameLength && SignatureBody().IsMatch(next.Folded))
            return false;
        // A record's number alone (序号：2) opens the next record.
        if (SerialLine().IsMatch(next.Folded))
            return false;
        // A notice's closing words (如对上述整改情况有异议…) and its next steps (下一步，我区将…) open a paragraph of their own,
        // after a value that ends unpunctuated (整改情况：已完成).
        if (ProblemListParser.IsNoticeClosing(next.Folded) || ProblemListParser.IsNoticeNextSteps(next.Folded))
            return false;
        // A labelled value (整改情况：已完成整改，企业安装收尘设施) then a body's full name alone (建德市…委员会办公室): the
        // signature, not the value's last words; a list of units broken after its 、 still runs on.
        if (last is not ('、' or '，' or ',' or '和' or '及' or '与') && next.Length <= SignatureNameLength && TextShapes.PlacedBody().IsMatch(next.Folded)
            && FieldLabels.TryMatch(previous, out _))
            return false;
        // A contact line (监督电话：0793-7362011) or a date field (六、整改完成时间。2021年9月) is whole: what follows is
        // the signature or the next paragraph, not its continuation.
        if ((FieldLabels.TryMatch(previous, out var field) || FieldLabels.TryMatchHeading(previous, Headings.Match(previous), out field))
            && field.Kind is FieldKind.Other or FieldKind.Deadline or FieldKind.CompletedAt)
            return false;
        return !IsHeadingLike(previous);
    }

    private const int SignatureNameLength = 30;

    /// <summary>
    /// The width a text copied from a PDF was broken at (its lines cut at the page's width, headings too): the commonest
    /// display width (a Chinese character 2, a Latin one 1) of its longer lines when at least a third of them are that
    /// wide, within a character, and hardly any (a tenth) wider; null for text whose lines end where its paragraphs do.
    /// </summary>
    private static int? WrapWidth(IReadOnlyList<(int Line, DualText Text)> lines)
    {
        var widths = lines.Select(l => TextShapes.DisplayWidth(l.Text.Folded)).Where(w => w >= MinWrappedWidth).ToList();
        if (widths.Count < MinWrappedLines)
            return null;
        var mode = widths.GroupBy(w => w).OrderByDescending(g => g.Count()).ThenByDescending(g => g.Key).First().Key;
        var near = widths.Count(w => Math.Abs(w - mode) <= 2);
        var wider = widths.Count(w => w > mode + 2);
        return near >= widths.Count / 3.0 && wider <= widths.Count / 10.0 ? mode : null;
    }

    private const int MinWrappedWidth = 30, MinWrappedLines = 6;


    /// <summary>
    /// A heading that fills a wrapped text's line (一、部分乡镇集中式饮用水水源保护区内存在违规建 / 筑) goes on into the next
    /// line unless that line starts a structure of its own.
    /// </summary>
    private static bool WrappedHeading(DualText previous, DualText next, int? wrapWidth) =>
        wrapWidth is { } width && TextShapes.DisplayWidth(previous.Folded) >= width - 2 && !TextShapes.EndsSentence(previous.Folded)
        && Headings.Match(previous) is not null && Headings.Match(next) is null && !FieldLabels.TryMatch(next, out _)
        && !ClassifiedLine.IsMarker(next) && !ClassifiedLine.IsLoneLabel(next) && !TextShapes.DateLine().IsMatch(next.Folded);

    [GeneratedRegex(@"^[^,。;:]*(局|委|办|办公室|政府|中心|小组|委员会|管委会|指挥部)$")]
    private static partial Regex SignatureBody();

    /// <summary>
    /// A problem's field without a number of its own (反馈问题：…) given the number its record prints apart from it — 序号：2 on
    /// the line above, or the row's number cell —, as 反馈问题2：…; null for any other line.
    /// </summary>
    private static DualText? NumberedProblem(DualText text, string number) =>
        FieldLabels.TryMatch(text, out var opening) && opening is { Kind: FieldKind.Problem, Number: null }
            ? DualText.Of($"{opening.Label}{number}：") + opening.Value
            : null;

    /// <summary>
    /// A row of a record's table that holds two fields or more, label then value (责任单位→县住建局→整改时限→2023年12月底前,
    /// as a portal lays out a problem's card in four columns): one line per field (责任单位：县住建局 / 整改时限：…). Only
    /// when every other cell, from the first, is a label alone (or a record's number's: 问题编号→LB-03) and no value is
    /// one: a table's header names fields in every cell, a table's row names none. Any other line as it is.
    /// </summary>
    private static IEnumerable<string> SplitPairedCells(string line)
    {
        if (line.Count(c => c == '\t') < 3)
            return [line];
        var cells = line.Split('\t').Select(c => c.Trim()).ToList();
        while (cells.Count > 0 && cells[^1].Length == 0)
            cells.RemoveAt(cells.Count - 1);
        if (cells.Count < 4 || cells.Count % 2 != 0)
            return [line];
        static bool LabelAlone(string cell) =>
            cell.Length > 0 && FieldLabels.TryMatch(DualText.Of(cell + "："), out var field) && field.Value.IsEmpty;
        var pairs = new List<string>();
        for (var k = 0; k < cells.Count; k += 2)
        {
            var pair = cells[k] + "：" + cells[k + 1];
            if (!(LabelAlone(cells[k]) || SerialLine().IsMatch(DualText.Of(pair).Folded)) || LabelAlone(cells[k + 1]))
                return [line];
            pairs.Add(pair);
        }
        return pairs;
    }

    /// <summary>A table row's number before its one cell of fields: 1 or 2、 and a tab; or a number closed by a bracket, 1) 反馈问题：….</summary>
    [GeneratedRegex(@"^\s*(?<no>\d{1,3})(?:[、.．]?[\t ]+|\s*[)）]\s*)$")]
    private static partial Regex RowNumber();

    /// <summary>
    /// A record's number alone: 序号：2, or a key-value table's row 问题序号→1 (its cells parted by a tab), or its code
    /// (问题编号：HZ-2022-031).
    /// </summary>
    [GeneratedRegex(@"^(问题)?(序号|编号)\s*[：:]?\s*(?<no>\d{1,3}|" + FieldLabels.Code + ")$")]
    private static partial Regex SerialLine();

    /// <summary>Fields of a record's type or place (问题类型, 所在地) that may stand between its number and its problem.</summary>
    private const int MaxFieldsBeforeProblem = 3;

    /// <summary>
    /// A dash before a line and a space after it (— 对城区…；): a list's bullet, as a copy prints a list's items. Not a
    /// bullet for items numbered from their bullets (<see cref="NumberBulletedItems"/>): a dash marks measures, not findings.
    /// Not a page's number between dashes (— 12 —), which the page's furniture is read off as.
    /// </summary>
    [GeneratedRegex(@"^[ \u3000]*[—–][ \u3000]+(?=\S)(?!.*[—–][ \u3000]*$)")]
    private static partial Regex DashBullet();

    /// <summary>
    /// A bullet before a line: a list's mark (◆ ● ★ ※ ◎ ○ …) or, as WeChat copies print them, an emoji (✅ 📌 👉 🔹 ⏰ ⭐:
    /// dingbats, technical and other symbols, pictographs; with or without the emoji presentation selector).
    /// </summary>
    [GeneratedRegex(@"^[ \u3000]*(?:[◆◇■□●○★☆▶►•▪※✦❖◎▲△]|[\u2300-\u23FF\u2600-\u27BF\u2B00-\u2BFF]|\uD83C[\uDF00-\uDFFF]|\uD83D[\uDC00-\uDEFF]|\uD83E[\uDD00-\uDEFF])\uFE0F?[ \u3000]*(?=\S)")]
    private static partial Regex LeadingBullet();

    /// <summary>A keycap emoji opening a line: a digit, the emoji selector, the enclosing keycap (1️⃣); 🔟 for ten.</summary>
    [GeneratedRegex(@"^[ \u3000]*(?:(?<d>\d)\uFE0F?\u20E3|(?<ten>\uD83D\uDD1F))[ \u3000]*(?=\S)")]
    private static partial Regex KeycapNumber();

    /// <summary>The header of a table of one record's fields as rows (项目→内容): no field of the record.</summary>
    [GeneratedRegex(@"^(项目|栏目|事项|类别|名称)\s+(具体)?(内容|情况)$")]
    private static partial Regex KeyValueHeader();

    /// <summary>A line ending in a number, its last digits masked or not (0731-28681234, 0731-87882xxx).</summary>
    [GeneratedRegex(@"\d[xX*]*$")]
    private static partial Regex NumberEnd();

    /// <summary>Headings, titles and short standalone lines (issuer, date, 附件) never run on into the next line.</summary>
    private static bool IsHeadingLike(DualText text)
    {
        var folded = text.Folded;
        if (TextShapes.IsTitleLike(folded) || TextShapes.IsNoticeTitle(folded) || TextShapes.IsAttachmentMarker(folded))
            return true;
        if (Headings.Match(text) is { } heading)
            return heading.Style is not (HeadingStyle.Arabic or HeadingStyle.ArabicBare) && heading.IsTitleOnly;
        return folded.Length < StandaloneLength;
    }
}
