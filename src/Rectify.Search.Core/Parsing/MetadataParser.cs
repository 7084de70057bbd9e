using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Reads a document's title, issuer, number, date, year, inspection and region: from its opening lines where a plan
/// prints them, and from the whole document where a notice or a web copy scatters them (page metadata, the closing
/// signature and date, the notice period, the units and places it names). Each year and region says where it came from.
/// </summary>
internal static partial class MetadataParser
{
    [GeneratedRegex(@"^[(]\s*(?<e>征求意见稿|送审稿|试行|草案|代拟稿|讨论稿)\s*[)]$")]
    private static partial Regex EditionLine();

    [GeneratedRegex(@"\s*[(]\s*(?<e>征求意见稿|送审稿|试行|草案|代拟稿|讨论稿)\s*[)]$")]
    private static partial Regex EditionSuffix();

    [GeneratedRegex(@"^\S{1,12}〔(?<y>\d{4})〕\d+号$")]
    private static partial Regex DocumentNumberLine();

    /// <summary>A headline naming the bodies that issued the plan it quotes: 中共云南省委办公厅 云南省人民政府办公厅印发《…》, folded.</summary>
    [GeneratedRegex(@"^(?<bodies>[^《》,。;:]{4,40}?(?:办公厅|办公室|政府|委员会|小组))\s*(?:印发|公布|出台)《[^《》]+》$")]
    private static partial Regex IssuedHeadline();

    /// <summary>An issuer and a date of issue in brackets: (阆中市人民政府 2022年11月4日印发), folded.</summary>
    [GeneratedRegex(@"^\((?<body>[^()\d]{2,40}?(?:政府|委员会|办公室|委|局|厅|小组))\s*(?<date>(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*(?:印发|发布|签发)?\)$")]
    private static partial Regex IssuedInBrackets();

    [GeneratedRegex(@"〔(?<y>\d{4})〕")]
    private static partial Regex CitedNumberYear();

    [GeneratedRegex(@"(?<!\d)(?<y>(19|20)\d{2})\s*年")]
    private static partial Regex AnyYear();

    // 更新时间 counts written as a person writes a date (更新时间：2025年3月31日, a ledger's), not as a site stamps its copy
    // (更新时间:2023-07-09 09:36:56, a mirror's).
    [GeneratedRegex(@"(发布时间|发布日期|发文日期|成文日期|印发日期|发布于|填报时间|填报日期|制表时间|制表日期|编制日期|报送时间|报送日期|公示日期|日期)\s*:?\s*(?<y>\d{4})\s*[-/.年]\s*(?<m>\d{1,2})\s*[-/.月]\s*(?<d>\d{1,2})|更新时间\s*:?\s*(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex PageDate();

    /// <summary>A page's publication date to the month only (发布时间：2023年3月).</summary>
    [GeneratedRegex(@"(发布时间|发布日期|发文日期|成文日期|印发日期|填报时间|填报日期|制表时间|制表日期|编制日期|报送时间|报送日期)\s*:?\s*(?<y>(19|20)\d{2})\s*[-/.年]\s*(?<m>\d{1,2})\s*月?\s*$")]
    private static partial Regex PageMonth();

    /// <summary>A date in digits with - or / in a page's furniture line, standing apart from other digits (2024-01-09).</summary>
    [GeneratedRegex(@"(?<![\d-/])(?<y>(19|20)\d{2})[-/](?<m>\d{1,2})[-/](?<d>\d{1,2})(?![\d-/])")]
    private static partial Regex BarePageDate();

    /// <summary>The line under a speech's or a report's title saying when and where it was given.</summary>
    [GeneratedRegex(@"^[-—–]{1,2}\s*(?<y>(19|20)\d{2})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日\s*在")]
    private static partial Regex DeliveredOn();

    /// <summary>A page line naming where the text comes from, not when a copy of it was updated or reposted.</summary>
    [GeneratedRegex(@"^(?!.*(更新|修改|转载|转自)).*(来源|作者|编辑|供稿)")]
    private static partial Regex SourceLine();


    /// <summary>How far under the title a masthead stands.</summary>
    private const int MastheadLines = 4;

    /// <summary>A link to another page (上一篇：…, 下一篇：…, 相关阅读), whose date is that page's.</summary>
    [GeneratedRegex(@"^(上一篇|下一篇|上一条|下一条|相关|推荐|热门)")]
    private static partial Regex LinkLine();

    [GeneratedRegex(@"公示(时间|期限|期间|期)[^\d]{0,6}(?<y>\d{4})\s*年\s*(?<m>\d{1,2})\s*月\s*(?<d>\d{1,2})\s*日")]
    private static partial Regex NoticePeriod();

    [GeneratedRegex(@"(?<!\d)(?<y>19[89]\d|20[0-4]\d)(?!\d)")]
    private static partial Regex FileNameYear();

    [GeneratedRegex(@"第(?<r>[一二三四五])轮")]
    private static partial Regex Round();

    [GeneratedRegex(@"(?<who>中央|省级|省委省政府|省委|自治区|省)[^。,;]{0,4}?(生态)?环(境)?保(护)?督察")]
    private static partial Regex InspectionMention();

    [GeneratedRegex(@"《[^》]{0,120}》")]
    private static partial Regex Citation();

    [GeneratedRegex(@"(中央第[一二三四五六七八九十]+(生态)?环境保护督察组|省(委)?第[一二三四五六七八九十]+(生态)?环境保护督察组)")]
    private static partial Regex InspectionGroup();

    [GeneratedRegex(@"督察组于?(?<y>\d{4})年")]
    private static partial Regex InspectionYear();

    /// <summary>Central inspection rounds by the year the inspectors arrived.</summary>
    private static readonly (int From, int To, int Round)[] CentralRounds = [(2015, 2018, 1), (2019, 2022, 2), (2023, 2027, 3)];

    /// <summary>Provinces were to cover all their cities within their first round, by 2019; a provincial inspection before 2020 is of the first round.</summary>
    private const int LastYearOfFirstProvincialRound = 2019;

    /// <summary>How many closing lines may hold the issuer's signature and date.</summary>
    private const int SignatureLines = 6;

    public sealed record TitleSpan(int Index, int EndIndex);

    /// <summary>What the metadata reader sees of a parsed document.</summary>
    public sealed record Input(
        IReadOnlyList<ClassifiedLine> Lines, TitleSpan? Title, ProblemListShape? Shape, IReadOnlyList<Problem> Problems,
        IReadOnlyList<PageNoise.PageLine> PageLines, string SourcePath)
    {
        /// <summary>The date the page the text came from was published on (yyyy-MM-dd), when the source says.</summary>
        public string? Published { get; init; }
    }

    /// <summary>
    /// Finds the title among the lines before the first problem: the first line printed as a plan title, else the
    /// first printed as a notice's title (…整改情况的公示).
    /// </summary>
    public static TitleSpan? FindTitle(IReadOnlyList<ClassifiedLine> lines, int firstProblem)
    {
        for (var i = 0; i < firstProblem; i++)
        {
            if (TextShapes.IsPlanTitle(lines[i].Text.Folded))
            {
                var end = i;
                if (i + 1 < firstProblem && EditionLine().IsMatch(lines[i + 1].Text.Folded))
                    end = i + 1;
                return new(i, end);
            }
        }
        for (var i = 0; i < firstProblem; i++)
        {
            if (lines[i].Kind is LineKind.Plain && TextShapes.IsNoticeTitle(lines[i].Text.Folded))
                return new(i, i);
        }
        return null;
    }

    public static PlanMetadata Parse(Input input, Gazetteer gazetteer, List<Diagnostic> diagnostics)
    {
        var (lines, title, shape, problems) = (input.Lines, input.Title, input.Shape, input.Problems);
        var firstProblem = shape?.FirstProblem ?? lines.Count;
        string? titleText = null, edition = null;
        if (title is not null)
        {
            titleText = TextShapes.CloseCjkGaps(lines[title.Index].Text.Original);
            if (title.EndIndex > title.Index)
                edition = EditionLine().Match(lines[title.EndIndex].Text.Folded).Groups["e"].Value;
            else if (EditionSuffix().Match(TextShapes.CloseCjkGaps(lines[title.Index].Text.Folded)) is { Success: true } m)
            {
                edition = m.Groups["e"].Value;
                titleText = titleText[..m.Index];
            }
        }
        else
        {
            diagnostics.Add(new(Severity.Warning, null, "title-missing", "no line printed as a plan or notice title (…整改方案, …整改清单, …整改情况公示) before the problem list"));
        }
        var titleFolded = title is null ? "" : TextShapes.CloseCjkGaps(lines[title.Index].Text.Folded);

        var head = lines.Take(firstProblem).ToList();
        string? issuer = null, number = null, date = null;
        foreach (var line in head)
        {
            var folded = line.Text.Folded;
            // 中共兴国县委办公室 兴国县人民政府办公室 关于印发《…》的通知: the issuers stand before 关于印发, in a short line.
            if (issuer is null && folded.IndexOf("关于印发", StringComparison.Ordinal) is > 0 and <= 40 and var at && folded.Length <= 120 && !folded[..at].Any(c => c is ',' or '。' or ';'))
                (issuer, number) = IssuerBeforeTitle(line.Text.Original[..at], number);
            if (number is null && DocumentNumberLine().IsMatch(folded))
                number = line.Text.Original;
            if (date is null && TextShapes.ParseDateLine(folded) is { } printed)
                date = printed;
            // （阆中市人民政府 2022年11月4日印发） under the title: the issuer and the date of issue in brackets.
            if (date is null && IssuedInBrackets().Match(folded) is { Success: true } issued && TextShapes.ParseDateLine(issued.Groups["date"].Value) is { } inBrackets)
            {
                date = inBrackets;
                issuer ??= issued.Groups["body"].Value.Trim();
            }
        }
        // A news headline naming who issued the plan it quotes: 中共云南省委办公厅 云南省人民政府办公厅印发《…整改方案》.
        if (issuer is null && title is not null && IssuedHeadline().Match(lines[title.Index].Text.Folded) is { Success: true } headline)
            (issuer, number) = IssuerBeforeTitle(lines[title.Index].Text.Original[..headline.Groups["bodies"].Length], number);
        var headText = string.Join("\n", head.Select(l => l.Text.Folded));
        var dateSource = date is null ? null : "date";
        if (date is null)
            (date, dateSource) = FindDate(input);
        // A speech or report dated where it was given, under its title: ——2023年1月10日在汨罗市第十八届人民代表大会…上.
        if (date is null && head.Select(l => DeliveredOn().Match(l.Text.Folded)).FirstOrDefault(m => m.Success) is { } delivered && ToDate(delivered) is { } on)
            (date, dateSource) = (on, "title-date");
        // A plan's date printed under its title, to the month or the day: （2022年8月） is dated 2022-08, （2022年5月16日） 2022-05-16.
        if (date is null && TextShapes.TitleDate().Match(headText) is { Success: true } dated)
            (date, dateSource) = (dated.Groups["d"].Success && ToDate(dated) is { } day
                ? day
                : $"{dated.Groups["y"].Value}-{int.Parse(dated.Groups["m"].Value, CultureInfo.InvariantCulture):00}", "title-date");
        // …or without brackets on the line right under it (茶陵县…整改清单 / 2022年3月).
        if (date is null && title is not null && title.EndIndex + 1 < lines.Count && TextShapes.ParseMonthLine(lines[title.EndIndex + 1].Text.Folded) is { } month)
            (date, dateSource) = (month, "title-date");

        var listTitle = shape is null ? null : lines.Skip(shape.Start).Take(shape.FirstProblem - shape.Start)
            .Select(l => TextShapes.CloseCjkGaps(l.Text.Original))
            .FirstOrDefault(t => TextShapes.IsPlanTitle(Text.WidthFolding.Fold(t)));

        var allText = string.Join("\n", lines.Select(l => l.Text.Folded));
        var (year, yearSource, yearConfidence) = FindYear(date, dateSource, number, headText, allText, shape, problems, input.SourcePath);
        if (year is null)
            diagnostics.Add(new(Severity.Warning, null, "year-unknown", "the document prints no date of issue, no document number and no year of an event it reports; its year is left unknown (a deadline or a target year is not a year of issue)"));
        // The round of an undated plan still follows from when its work was due: its earliest deadline.
        var inspection = FindInspection(titleFolded, headText, allText, year ?? EarliestDeadlineYear(problems), shape is { Notice: false });
        // The bodies signing over the date of issue, read once: the region weighs them as the signature, the issuer is them.
        var signed = SignedAbove(input.Lines, date);
        var region = FindRegion(input, titleFolded, headText, issuer, signed, gazetteer, diagnostics)
            ?? FromDocumentNumber(number, gazetteer, diagnostics);
        // Read after the region, which weighs the signature and the page's lines as what they are, not as an issuer line.
        issuer ??= FindIssuer(input, titleText, signed);

        return new PlanMetadata(titleText, edition, issuer, number, date, year, yearSource, inspection, region?.Region, listTitle)
        {
            YearConfidence = yearConfidence,
            RegionEvidence = region?.Evidence,
        };
    }

    /// <summary>
    /// A document that names no place of its own (中共省委办公厅　省人民政府办公厅关于印发…, 黔委厅字〔2022〕15号) is its
    /// province's when its number opens with the province's abbreviation (<see cref="ProvinceAbbreviations"/>); the
    /// warning that the region is unknown gives way to a note of where it was read.
    /// </summary>
    private static (Region Region, RegionEvidenceSummary Evidence)? FromDocumentNumber(string? number, Gazetteer gazetteer, List<Diagnostic> diagnostics)
    {
        if (ProvinceAbbreviations.ProvinceCode(number) is not { } code || gazetteer.ByCode(code) is not { } province)
            return null;
        diagnostics.RemoveAll(d => d.Code == "region-unresolved");
        diagnostics.Add(new(Severity.Info, null, "region-from-document-number",
            $"the document names no place of its own; its region is {province.Name}, whose abbreviation opens its number {number}"));
        return (RegionResolver.ToRegion(gazetteer, province), new RegionEvidenceSummary("document-number", 0.6, null));
    }

    /// <summary>
    /// The body that issued a document that does not name it before its 关于印发, from the strongest evidence printed:
    /// the signature above its date (靖州…人民政府办公室 / 2024年3月1日; two bodies signing jointly, on two lines or one),
    /// or beside it in a bulletin's masthead (嘉鱼县…办公室　　2023年9月28日); a red-headed file's masthead over its
    /// number (中共新邵县委办公室文件 / 新办发〔2018〕23号) or on lines of their own over a 关于印发 title; the title's
    /// opening before 关于 (岳阳市生态环境局关于…的公示); the page's 发布机构, 填报单位 or 来源; last, an undated signature
    /// closing the text that names its place (建德市…办公室).
    /// Null when none is printed. Names are read from the folded text (simplified, pinyin dropped); the signature comes
    /// before the title because a mirror read a byte off garbles a title's first characters and leaves the signature whole.
    /// </summary>
    private static string? FindIssuer(Input input, string? title, Signature? signed)
    {
        var lines = input.Lines;
        if (signed is { } over)
            return string.Join("、", over.Names);
        foreach (var line in lines.Take(MastheadLines + 2))
        {
            if (TextShapes.MastheadDate().Match(line.Text.Folded) is { Success: true } m && IssuerName(line.Text.Folded[..m.Groups["y"].Index]) is { } publisher)
                return publisher;
        }
        // Bodies on lines of their own over a 关于印发 title (中共石门县委办公室 / 石门县人民政府办公室 / 关于印发《…》的通知).
        var cover = lines.Take(MastheadLines).ToList().FindIndex(l => l.Text.Folded.StartsWith("关于印发", StringComparison.Ordinal));
        if (cover > 0 && lines.Take(cover).Select(l => SignerNames(l.Text.Folded)).ToList() is var bodies && bodies.All(b => b is not null))
            return string.Join("、", bodies.SelectMany(b => b!));
        for (var i = 0; i + 1 < Math.Min(lines.Count, 3); i++)
        {
            var folded = lines[i].Text.Folded;
            if (DocumentNumberLine().IsMatch(lines[i + 1].Text.Folded)
                && IssuerName(WithoutFileWord(folded)) is { } masthead)
                return masthead;
        }
        if (title is not null && TextShapes.CloseCjkGaps(title) is var t && t.IndexOf("关于", StringComparison.Ordinal) is > 0 and var about)
        {
            var head = t[..about];
            if (IssuerName(head) is { } fromTitle)
                return fromTitle;
            // A red-headed file's masthead runs into the title: …办公室文件沧环委办〔2019〕12号关于印发….
            if (head.IndexOf("文件", StringComparison.Ordinal) is > 0 and var masthead && IssuerName(head[..masthead]) is { } fromMasthead)
                return fromMasthead;
        }
        foreach (var folded in input.PageLines.Select(p => p.Text.Folded).Concat(lines.Take(MastheadLines + 2).Select(l => l.Text.Folded)))
        {
            if (!LinkLine().IsMatch(folded) && PageIssuer().Match(folded) is { Success: true } m && IssuerName(m.Groups["body"].Value) is { } source && TextShapes.PlacedBody().IsMatch(source))
                return source;
        }
        if (lines.Count > 1 && lines[^1].Kind == LineKind.Plain && IssuerName(lines[^1].Text.Folded) is { } closing && TextShapes.PlacedBody().IsMatch(closing))
            return closing;
        return null;
    }

    /// <summary>
    /// The issuers printed before a 关于印发 title, as one name or several joined by 、; a red-headed file's masthead and
    /// number run into them (沧县…办公室文件沧环委办〔2019〕12号) are cut off, the number kept when none was found yet.
    /// </summary>
    private static (string Issuer, string? Number) IssuerBeforeTitle(string head, string? number)
    {
        if (DocumentNumberRunIn().Match(head) is { Success: true } run)
        {
            number ??= run.Value;
            head = head[..run.Index];
        }
        head = WithoutFileWord(head);
        return (SignerNames(head) is { } names ? string.Join("、", names) : head.Trim(), number);
    }

    /// <summary>A red-headed file's masthead without its closing 文件 (沧县…办公室文件 → 沧县…办公室).</summary>
    private static string WithoutFileWord(string masthead) => masthead.EndsWith("文件", StringComparison.Ordinal) ? masthead[..^2] : masthead;

    [GeneratedRegex(@"(?<=文件)\s*\S{1,12}〔\d{4}〕\d+号\s*$")]
    private static partial Regex DocumentNumberRunIn();

    /// <summary>
    /// The bodies a signature line names: one (株洲市生态环境局渌口分局), or several set apart by spaces
    /// (中共醴陵市委办公室　　醴陵市人民政府办公室); null when the line is anything else.
    /// </summary>
    private static IReadOnlyList<string>? SignerNames(string line)
    {
        var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length > 1 && parts.All(p => p.Length >= 5 && IssuerName(p) is not null))
            return parts;
        return IssuerName(line) is { } name ? [name] : null;
    }

    /// <summary>The name of a body (…局, …人民政府办公室, …委员会): a short line of nothing else; null otherwise.</summary>
    private static string? IssuerName(string text)
    {
        // 新化县生态环境局（盖章）: where the seal goes is no part of the name.
        var name = Regex.Replace(Regex.Replace(text.Trim(), @"\s*[(（]\s*(盖章|印章|公章|章)\s*[)）]$", ""), @"\s+", " ");
        return name.Length is >= 4 and <= 40 && !name.Any(c => c is '，' or ',' or '。' or '：' or ':' or '；' or '《' or '“' or '\uFFFD') && BodyEnding().IsMatch(name) ? name : null;
    }

    [GeneratedRegex("(局|委|厅|政府|办公室|委员会|管委会|管理委员会|管理处|领导小组|指挥部|办|办事处|中心|分局|党委|党工委)$")]
    private static partial Regex BodyEnding();

    /// <summary>A body's name and a date on one line, as a table's last row or a 版记 signs it (…办公室　2022年4月15日印发).</summary>
    [GeneratedRegex(@"^(?<body>[^\d，。；：:、,]{4,40}?)\s*(?<date>(19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(印发|签发)?)$")]
    private static partial Regex SignedOnOneLine();

    /// <summary>发布机构：咸宁市生态环境局, 来源：麻山区住建局  2024-01-09 — the body a page names as its publisher or source.</summary>
    [GeneratedRegex(@"(发布机构|发文机关|发文单位|发布单位|填报单位|报送单位|编报单位|数据提供单位|数据来源单位|来源)\s*([(（]\s*(盖章|公章|印章|章)\s*[)）]\s*)?[：:]\s*(?<body>[^\s|｜，,]{4,40})")]
    private static partial Regex PageIssuer();

    [GeneratedRegex(@"^https?://\S+?/(?:(?:art|content|c)/)?(?:(?<y>(?:19|20)\d{2})/(?<m>\d{1,2})/(?<d>\d{1,2})/|t(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})_)\S*$")]
    private static partial Regex UrlDate();

    /// <summary>A notice's own date: its closing date line, the page's publication date, or the start of its notice period.</summary>
    private static (string? Date, string? Source) FindDate(Input input)
    {
        var lines = input.Lines;
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - SignatureLines); i--)
        {
            if (TextShapes.ParseDateLine(lines[i].Text.Folded) is { } signed)
                return (signed, "signature");
            // A list's last row signed on one line: 临湘市…领导小组办公室　2022年4月15日印发 (the last two lines; a bulletin's
            // masthead under its title is signed so too, and is read as one below).
            if (i >= lines.Count - 2 && i >= MastheadLines && SignedOnOneLine().Match(lines[i].Text.Folded) is { Success: true } one && IssuerName(one.Groups["body"].Value) is not null
                && TextShapes.ParseDateLine(one.Groups["date"].Value) is { } signedWithBody)
                return (signedWithBody, "signature");
        }
        // Signed to the month only (长阳土家族自治县生态环境保护委员会办公室 / 2024年7月): the last line, or the one before a 抄送 line.
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - 2); i--)
        {
            if (TextShapes.ParseMonthLine(lines[i].Text.Folded) is { } month)
                return (month, "signature");
        }
        foreach (var page in input.PageLines)
        {
            if (PageDate().Match(page.Text.Folded) is { Success: true } m && ToDate(m) is { } d)
                return (d, "page");
        }
        if (input.Published is { } published)
            return (published, "page");
        // The page's own address, where a government site dates it (…/art/2023/6/14/art_3371_….html, …/t20230614_….html).
        foreach (var folded in input.PageLines.Select(p => p.Text.Folded).Concat(lines.Take(MastheadLines).Select(l => l.Text.Folded)))
        {
            if (UrlDate().Match(folded) is { Success: true } m && ToDate(m) is { } d)
                return (d, "page");
        }
        // 发布时间：2023年3月: a page dated to the month.
        foreach (var page in input.PageLines)
        {
            if (PageMonth().Match(page.Text.Folded) is { Success: true } m && int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
                return ($"{m.Groups["y"].Value}-{month:00}", "page");
        }
        // 来源：渝水区融媒体中心  2024-01-09: the line that names a page's source dated without a label, in digits. Not
        // a copy's 更新时间 (a mirror's, years after the issue) nor a link to another page (上一篇：…).
        foreach (var page in input.PageLines)
        {
            var folded = page.Text.Folded;
            if (SourceLine().IsMatch(folded) && !LinkLine().IsMatch(folded) && BarePageDate().Match(folded) is { Success: true } m && ToDate(m) is { } d)
                return (d, "page");
        }
        // 嘉鱼县…办公室　　2023年9月28日 under a bulletin's title; a WeChat copy's account, date and time, under its title or over
        // a post's — one such line (a page of links dates each of them).
        var mastheads = lines.Take(MastheadLines + 1).Select(l => TextShapes.MastheadDate().Match(l.Text.Folded)).Where(m => m.Success).ToList();
        if (mastheads is [var masthead] && ToDate(masthead) is { } dated)
            return (dated, "masthead");
        foreach (var line in lines)
        {
            if (NoticePeriod().Match(line.Text.Folded) is { Success: true } m && ToDate(m) is { } d)
                return (d, "notice-period");
        }
        return (null, null);
    }

    private static string? ToDate(Match m) => TextShapes.IsoDate(
        int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture), int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture));

    /// <summary>
    /// The year of issue, from the strongest evidence the document prints: its own date (signature, page, notice
    /// period), its document number; for a plan the newest document it cites in its opening (it answers that
    /// document); for a notice (which reports work done) the newest year of something that happened — never a deadline,
    /// a target year or a base year (<see cref="IsForwardOrBase"/>). A plan's deadlines say when its work ends, not when
    /// it was issued: without other evidence its year is unknown (a warning says so). Only a year in the file's name
    /// comes after all of these, the weakest.
    /// </summary>
    private static (int? Year, string? Source, double? Confidence) FindYear(
        string? date, string? dateSource, string? number, string headText, string allText, ProblemListShape? shape, IReadOnlyList<Problem> problems, string sourcePath)
    {
        if (date is not null)
            return (int.Parse(date[..4], CultureInfo.InvariantCulture), dateSource, dateSource is "notice-period" ? 0.85 : dateSource is "title-date" ? 0.9 : 0.95);
        if (number is not null)
            return (int.Parse(CitedNumberYear().Match(number).Groups["y"].Value, CultureInfo.InvariantCulture), "document-number", 0.9);
        var isPlan = shape is { Notice: false };
        if (isPlan)
        {
            var cited = CitedNumberYear().Matches(headText).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
            if (cited.Count > 0)
                return (cited.Max(), "cited-documents", 0.7);
        }
        else
        {
            var uncited = Citation().Replace(allText, "");
            var years = AnyYear().Matches(uncited).Where(m => !IsForwardOrBase(uncited, m)).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)).ToList();
            if (years.Count > 0)
            {
                // The newest event is the earliest the notice can have been issued; a year in the file's name at or just
                // after it agrees with the text and says which (a notice planning work for 2022 and naming 2021's, filed as 2022).
                var newest = years.Max();
                return NameYear(sourcePath) is { } named && named >= newest && named <= newest + 1
                    ? (named, "file-name-after-newest-event", 0.6)
                    : (newest, "newest-event", 0.5);
            }
        }
        return NameYear(sourcePath) is { } fromName ? (fromName, "file-name", 0.3) : (null, null, null);
    }

    /// <summary>
    /// A year that says when something is to be done or measured from, not when the document was written: a deadline
    /// (2025年底前, 2024年12月底前销号, 到2027年, 力争2026年), a period's end (2020年6月至2021年12月: the end is a plan), a
    /// time limit's label (整改时限：2025年12月底), a target (2025年达到…) or a base (较2020年, 以2015年为基准, 比2020年).
    /// </summary>
    private static bool IsForwardOrBase(string text, Match m)
    {
        var before = text.AsSpan(Math.Max(0, m.Index - 8), Math.Min(8, m.Index));
        var after = text.AsSpan(m.Index + m.Length, Math.Min(12, text.Length - m.Index - m.Length));
        foreach (var word in ForwardBefore)
        {
            if (before.EndsWith(word, StringComparison.Ordinal))
                return true;
        }
        if (before.Contains("时限", StringComparison.Ordinal) || before.Contains("期限", StringComparison.Ordinal) || before.Contains("目标", StringComparison.Ordinal))
            return true;
        // The clause after the year: up to the next 。，；
        var end = after.IndexOfAny("。，,；;");
        var clause = end < 0 ? after : after[..end];
        foreach (var word in ForwardAfter)
        {
            if (clause.Contains(word, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    private static readonly string[] ForwardBefore = ["到", "至", "于", "力争", "计划", "预计", "争取", "确保", "较", "比", "以", "截止", "在"];
    private static readonly string[] ForwardAfter = ["前", "以前", "之前", "为止", "基准", "为基", "达到", "完成率", "力争", "以后"];

    private static int? EarliestDeadlineYear(IReadOnlyList<Problem> problems) =>
        problems.Select(p => p.Fields.DeadlineRaw).Where(d => d is not null)
            .SelectMany(d => AnyYear().Matches(Text.WidthFolding.Fold(d!)).Select(m => int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture)))
            .Select(y => (int?)y).Min();

    private static int? NameYear(string sourcePath) =>
        FileNameYear().Match(Path.GetFileNameWithoutExtension(sourcePath)) is { Success: true } m ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;

    private static bool Near(string text, Match m, string word)
    {
        var end = Math.Min(text.Length, m.Index + m.Length + 8);
        return text.AsSpan(m.Index, end - m.Index).Contains(word.AsSpan(), StringComparison.Ordinal);
    }

    /// <summary>
    /// The inspection: central or provincial from the title, the inspection group or the text's first mention; the
    /// round as printed (第二轮), else — for a plan, not a later notice — from the year; 回头看 and 专项督察.
    /// </summary>
    private static InspectionInfo FindInspection(string title, string headText, string allText, int? planYear, bool isPlan)
    {
        var group = InspectionGroup().Match(headText) is { Success: true } g ? g.Value : null;
        var body = Citation().Replace(allText, "");
        string? KindOf(Match m) => m.Success ? (m.Groups["who"].Value == "中央" ? "central" : "provincial") : null;
        string? kind = title.Contains("中央") ? "central"
            : Regex.IsMatch(title, "(省|自治区)(委|级)?(生态)?环(境)?保(护)?督察") ? "provincial"
            : group?.StartsWith("中央", StringComparison.Ordinal) == true ? "central"
            : group is not null ? "provincial"
            : KindOf(InspectionMention().Match(body));
        // 回头看 and 专项 count where they name the inspection (督察“回头看”), not where a measure says 开展“回头看”.
        var followUp = title.Contains("回头看") || InspectionMention().Matches(body).Any(m => Near(body, m, "回头看"));
        var special = title.Contains("专项督察") || body.Contains("专项督察");
        // A cited plan's title names the round the document answers (《…贯彻落实第二轮中央生态环境保护督察报告整改方案》).
        var round = Round().Match(title);
        if (!round.Success && !isPlan)
            round = Round().Match(allText);
        if (round.Success)
        {
            var where = round.Value.Length > 0 && title.Contains(round.Value) ? "title" : "text";
            return new(kind, Text.ChineseNumerals.Parse(round.Groups["r"].Value), followUp, group, $"{where} says 第{round.Groups["r"].Value}轮") { Special = special };
        }
        if (kind == "provincial" && planYear is <= LastYearOfFirstProvincialRound)
            return new(kind, 1, followUp, group, $"plan year {planYear}: provincial inspections before {LastYearOfFirstProvincialRound + 1} were their first round") { Special = special };
        if (kind != "central" || !isPlan)
            return new(kind, null, followUp, group, null) { Special = special };

        var (year, from) = InspectionYear().Match(headText) is { Success: true } y
            ? (int.Parse(y.Groups["y"].Value, CultureInfo.InvariantCulture), "inspection year")
            : (planYear, "plan year");
        foreach (var (lo, hi, r2) in CentralRounds)
        {
            if (year >= lo && year <= hi)
                return new(kind, r2, followUp || (r2 == 1 && year == 2018), group, $"{from} {year} falls in central round {r2} ({lo}–{hi})") { Special = special };
        }
        return new(kind, null, followUp, group, null) { Special = special };
    }

    /// <summary>The lines that sign a document over its date of issue, and the bodies they name.</summary>
    private sealed record Signature(List<int> Indexes, List<string> Names);

    /// <summary>
    /// The signature over the date of issue: up to three plain lines right above the last line printing
    /// <paramref name="date"/>, each naming bodies (靖州…人民政府办公室 / 2024年3月1日) — their indexes and the bodies; null
    /// when no such line is there. Wherever the date stands: a mirror may print its own lines after it.
    /// </summary>
    private static Signature? SignedAbove(IReadOnlyList<ClassifiedLine> lines, string? date)
    {
        for (var i = lines.Count - 1; i >= 1 && date is not null; i--)
        {
            var folded = lines[i].Text.Folded;
            if ((TextShapes.ParseDateLine(folded) ?? TextShapes.ParseMonthLine(folded)) != date)
                continue;
            var indexes = new List<int>();
            var signers = new List<string>();
            for (var j = i - 1; j >= Math.Max(0, i - 3) && lines[j].Kind == LineKind.Plain && SignerNames(lines[j].Text.Folded) is { } names; j--)
            {
                signers.InsertRange(0, names);
                indexes.Add(j);
            }
            if (signers.Count > 0)
                return new Signature(indexes, signers);
        }
        return null;
    }

    /// <summary>
    /// The region: the one the title starts with (兴国县…, 晋城市城区…); else the one the whole document points to
    /// (see <see cref="RegionFinder"/>).
    /// </summary>
    private static (Region Region, RegionEvidenceSummary Evidence)? FindRegion(Input input, string titleFolded, string headText, string? issuer, Signature? signed, Gazetteer gazetteer, List<Diagnostic> diagnostics)
    {
        // 关于海林市…的公示 names its subject, not its issuer (signed 牡丹江市生态环境局): it is weighed with the rest below.
        // 关于印发《…县…整改方案》的通知 names the plan it issues.
        var subjectOnly = titleFolded.StartsWith("关于", StringComparison.Ordinal) && !titleFolded.StartsWith("关于印发", StringComparison.Ordinal);
        if (titleFolded.Length > 0 && !subjectOnly && RegionResolver.Resolve(gazetteer, titleFolded, headText, diagnostics) is { } fromTitle)
        {
            // 渭南市生态环境局澄城分局关于…: the county branch of a city bureau issues for its county.
            if (fromTitle.Level == RegionLevel.City && gazetteer.ByCode(fromTitle.Code[..4]) is { } city
                && titleFolded.IndexOf(fromTitle.City!, StringComparison.Ordinal) is >= 0 and var at
                && RegionFinder.BranchCounty(gazetteer, city, titleFolded, at + fromTitle.City!.Length) is { } branch)
                fromTitle = RegionResolver.ToRegion(gazetteer, branch);
            return (fromTitle, new RegionEvidenceSummary("title", 0.95, RegionFinder.ZoneIn(gazetteer, titleFolded)));
        }

        var lines = input.Lines;
        var evidence = new List<RegionEvidence>();
        // The title speaks for the issuer before its 关于; after it, it names the subject (…办公室关于攸县…问题整改销号的公示):
        // a place there is where a failing was, as in the body.
        // A title that opens with 关于 (关于海林市…整改销号情况的公示, signed 牡丹江市生态环境局) names no issuer at all.
        var about = titleFolded.IndexOf("关于", StringComparison.Ordinal);
        if (about >= 0)
        {
            if (about > 0)
                evidence.Add(new(titleFolded[..about], EvidenceSource.Title));
            evidence.Add(new(titleFolded[about..], EvidenceSource.Body));
        }
        else if (titleFolded.Length > 0)
            evidence.Add(new(titleFolded, EvidenceSource.Title));
        if (issuer is not null)
            evidence.Add(new(Text.TextNormalizer.Default.Normalize(issuer), EvidenceSource.Page));
        // A page line naming a body (来源：麻山区住建局) speaks for the issuer; one naming only a place (地区：贵州-黔东南, a
        // portal's tag of a mirrored copy) says where, not who.
        evidence.AddRange(input.PageLines.Select(p => new RegionEvidence(p.Text.Folded, NamesABody(p.Text.Folded) ? EvidenceSource.Page : EvidenceSource.Portal)));
        // A portal's tag may name a county by its short name after its province (地区：湖北-神农架): read as the county.
        foreach (var page in input.PageLines)
        {
            if (PortalCounty(gazetteer, page.Text.Folded) is { } county)
                evidence.Add(new(county.Name, EvidenceSource.Portal));
        }
        // A government's account that posted the copy (会理发布 over it, 点击关注 会理发布 under it) speaks for that place's government.
        if (AccountPlace(gazetteer, lines, headText) is { } account)
            evidence.Add(new(account.Name, EvidenceSource.Page));
        // The closing lines, and the bodies over the date of issue wherever it stands (a mirror's own lines may follow).
        var signature = SignatureIndexes(lines);
        if (signed is { } over)
            signature.UnionWith(over.Indexes);
        for (var i = 0; i < lines.Count; i++)
        {
            if (input.Title is { } t && i >= t.Index && i <= t.EndIndex)
                continue;
            var source = signature.Contains(i) ? EvidenceSource.Signature : EvidenceSource.Body;
            evidence.Add(new(lines[i].Text.Folded, source));
        }
        foreach (var p in input.Problems)
        {
            var f = p.Fields;
            foreach (var unit in f.LeadUnits.Concat(f.SupportUnits).Concat(f.ResponsibleUnits).Concat(f.OtherUnits.Select(u => u.Name)).Distinct())
                evidence.Add(new(Text.TextNormalizer.Default.Normalize(unit), EvidenceSource.Units));
            evidence.Add(new(Text.TextNormalizer.Default.Normalize(p.Text), EvidenceSource.Problem));
        }
        return RegionFinder.Find(gazetteer, evidence, diagnostics);
    }

    private static bool NamesABody(string line) => BodyWord().IsMatch(line);

    /// <summary>
    /// The place whose government's account posted a copy — 会理发布, 衡阳生态环境, 万载环境: a place's short name, then what
    /// such accounts are called — on a line of its own or of the post's byline near the top, or in the closing 点击关注 …;
    /// null unless one division answers to the name (a name two provinces share is taken in the province the head names).
    /// </summary>
    private static Division? AccountPlace(Gazetteer gazetteer, IReadOnlyList<ClassifiedLine> lines, string headText)
    {
        var near = lines.Take(MastheadLines + 1).Concat(lines.TakeLast(SignatureLines)).Select(l => l.Text.Folded).Where(t => t.Length <= MaxAccountLine);
        foreach (var text in near)
        {
            if (AccountName().Match(text) is not { Success: true } m || !(m.Index + m.Length == text.Length || TextShapes.MastheadDate().IsMatch(text) || m.Groups["follow"].Success))
                continue;
            var stem = m.Groups["stem"].Value;
            var found = gazetteer.CountiesByStem(stem).Concat(gazetteer.ByName(stem).Select(x => x.Division)).DistinctBy(d => d.Code).ToList();
            if (found.Count > 1)
                found = found.Where(d => gazetteer.ByCode(d.ProvinceCode) is { } p && headText.Contains(p.Name[..2], StringComparison.Ordinal)).ToList();
            if (found is [var place])
                return place;
        }
        return null;
    }

    private const int MaxAccountLine = 40;

    /// <summary>
    /// The county a portal's region tag names by its short name after its province (地区：湖北-神农架 → 神农架林区: the
    /// one county of that province whose name is the tag's and a suffix of one or two characters).
    /// </summary>
    private static Division? PortalCounty(Gazetteer gazetteer, string folded)
    {
        if (RegionTag().Match(folded) is not { Success: true } m || gazetteer.ByName(m.Groups["place"].Value).Count > 0)
            return null;
        var province = gazetteer.ByName(m.Groups["province"].Value).Select(x => x.Division).FirstOrDefault(d => d.Level == DivisionLevel.Province);
        var stem = m.Groups["place"].Value;
        var counties = province is null ? [] : gazetteer.All.Where(d => d.Level == DivisionLevel.Area && d.ProvinceCode == province.Code
            && d.Name.StartsWith(stem, StringComparison.Ordinal) && d.Name.Length - stem.Length is >= 1 and <= 2).ToList();
        return counties is [var county] ? county : null;
    }

    /// <summary>A portal's region tag: 地区：湖北-神农架, folded.</summary>
    [GeneratedRegex(@"地区\s*:\s*(?<province>[\u4e00-\u9fff]{2,3})\s*[-—]\s*(?<place>[\u4e00-\u9fff]{2,8})")]
    private static partial Regex RegionTag();

    /// <summary>An account's name (会理发布, 原创 郓城生态环境, 点击关注 会理发布), folded.</summary>
    [GeneratedRegex(@"^(?:原创\s+|(?<follow>(?:点击)?关注)\s*)?(?<stem>[\u4e00-\u9fff]{2,5}?)(?:发布|生态环境|环境)(?=\s|$)")]
    private static partial Regex AccountName();

    [GeneratedRegex("(局|委|厅|政府|办公室|办|中心|小组|委员会|管委会|管理处|公司|分局|站|所)")]
    private static partial Regex BodyWord();

    /// <summary>The closing lines that sign the document: short, no sentence, no field, within the last few lines.</summary>
    private static HashSet<int> SignatureIndexes(IReadOnlyList<ClassifiedLine> lines)
    {
        var result = new HashSet<int>();
        for (var i = lines.Count - 1; i >= Math.Max(0, lines.Count - SignatureLines); i--)
        {
            var folded = lines[i].Text.Folded;
            if (TextShapes.DateLine().IsMatch(folded))
                continue;
            if (folded.Length > 40 || folded.Contains('。') || lines[i].Kind != LineKind.Plain || folded.Contains(':'))
                break;
            result.Add(i);
        }
        return result;
    }
}
