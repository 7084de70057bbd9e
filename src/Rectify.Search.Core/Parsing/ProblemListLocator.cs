using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Finds the problem list by its structure, not by its wording: problems are the numbered lines that are
/// directly followed by an opening field (整改目标, 责任领导, 牵头单位 …). The numbering style most such lines
/// share is the problem style; numbered lines of other styles are categories, sub-problems or measures.
/// </summary>
internal static partial class ProblemListLocator
{
    public static ProblemListShape? Locate(IReadOnlyList<ClassifiedLine> lines) => Locate(lines, minimumProblems: 1);

    /// <summary>
    /// Locates the list; <paramref name="minimumProblems"/> numbered lines must open fields. Where field headings are
    /// read (notices), one is not enough: a notice's last measure (4.…) followed by its 四、目标任务 is no problem.
    /// </summary>
    public static ProblemListShape? Locate(IReadOnlyList<ClassifiedLine> lines, int minimumProblems)
    {
        var votes = new Dictionary<HeadingStyle, int>();
        var firstSeen = new Dictionary<HeadingStyle, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Heading is { } h && !IsFieldHeading(lines[i]) && Opens(lines, i))
            {
                votes[h.Style] = votes.GetValueOrDefault(h.Style) + 1;
                firstSeen.TryAdd(h.Style, i);
            }
        }
        if (votes.Count == 0)
            return null;
        // A page that starts inside a problem (3.建立…长效管护机制。（责任单位：…；完成时限：…） / 整改进展：…, then （十二）…
        // / 整改措施： / 1.… 2.…): the numbering the problems' measures use under their label is not the problems' own, so
        // a leading item of it that seems to open fields is the measure of a problem cut off above.
        if (votes.Count > 1 && MeasureStyles(lines) is var measureStyles && votes.Keys.Any(s => !measureStyles.Contains(s)))
        {
            foreach (var s in measureStyles)
                votes.Remove(s);
        }
        var style = votes.OrderByDescending(v => v.Value).ThenBy(v => firstSeen[v.Key]).First().Key;
        if (votes[style] < minimumProblems)
            return null;

        var first = -1;
        for (var i = 0; i < lines.Count && first < 0; i++)
        {
            if (lines[i].Heading?.Style == style && !IsFieldHeading(lines[i]) && (Opens(lines, i) || IsParentOfSubProblems(lines, i, style)))
                first = i;
        }
        return new ProblemListShape(WalkBackToListStart(lines, first, style), first, style);
    }

    /// <summary>The numbering styles of runs of lines that stand straight under a measures label (整改措施： / 1.… 2.…).</summary>
    private static HashSet<HeadingStyle> MeasureStyles(IReadOnlyList<ClassifiedLine> lines)
    {
        var styles = new HashSet<HeadingStyle>();
        for (var i = 1; i < lines.Count; i++)
        {
            var before = i - 1;
            while (before > 0 && lines[before].Text.IsEmpty)
                before--;
            if (lines[i].Heading is { Number: 1 } first && lines[before] is { Field: FieldKind.Measures, FieldValue.IsEmpty: true })
                styles.Add(first.Style);
        }
        return styles;
    }

    /// <summary>
    /// Findings with nothing but what was done about each also make a notice: one finding (一、问题基本情况 … 二、整改情况：…),
    /// or several, each printed with its numbered label and its text (问题一　北湖区… … 验收结论：…), every other problem
    /// label among them empty (（一）问题概况), or each with its text and no number (问题：… 整改情况：…); each followed by
    /// a status before the next.
    /// </summary>
    private static bool FindingsEachWithAccount(IReadOnlyList<ClassifiedLine> lines, List<int> problems)
    {
        var findings = problems.Count == 1 ? problems : problems.Where(i => !lines[i].FieldValue.IsEmpty).ToList();
        // Notices of one problem each, printed one after another (一、问题基本情况 … 二、整改完成情况 …, then again): every
        // problem label a heading of the label alone, none with text.
        if (problems.Count > 1 && findings.Count == 0 && problems.All(i => LabelAlone(lines[i])))
            findings = problems;
        // Unnumbered labels (问题：… 整改情况：… 问题：…) count when every one holds its finding.
        else if (problems.Count > 1 && (findings.Count < 2 || findings.Count < problems.Count && findings.Any(i => lines[i].FieldNumber is null)))
            return false;
        for (var k = 0; k < findings.Count; k++)
        {
            var end = k + 1 < findings.Count ? findings[k + 1] : lines.Count;
            if (!lines.Skip(findings[k] + 1).Take(end - findings[k] - 1).Any(l => l.Field == FieldKind.Status))
                return false;
        }
        return true;
    }

    /// <summary>
    /// A numbered line that names a field other than the finding and nothing more (三、整改时限, 四、责任单位 over 牵头单位：…,
    /// 五、整改完成情况): a notice's field printed as a heading over its value, never a problem.
    /// </summary>
    private static bool IsFieldHeading(ClassifiedLine line) =>
        line.Heading is { } h && FieldLabels.TryMatchHeading(line.Text, h, out var field) && field.Kind != FieldKind.Problem && field.Value.IsEmpty;

    /// <summary>A numbered line that is a field's label and nothing more (一、问题基本情况), not a title ending in one.</summary>
    private static bool LabelAlone(ClassifiedLine line) =>
        Headings.Match(line.Text) is { } h && line.FieldLabel is { } label && TextShapes.CloseCjkGaps(h.Rest.Folded).TrimEnd(':', '。') == label;

    /// <summary>
    /// In a notice about one problem (关于华容县塌西湖周边养殖尾水直排问题整改情况的通报), the heading it tells the problem
    /// under (一、基本情况) when a heading of what was done (二、整改情况) follows: its index, else null. Only such a title
    /// makes 基本情况 a finding; in a report or a plan it is the background.
    /// </summary>
    public static int? OneProblemsAccount(IReadOnlyList<ClassifiedLine> lines)
    {
        if (!lines.Take(3).Any(l => OneProblemTitle().IsMatch(TextShapes.CloseCjkGaps(l.Text.Folded))))
            return null;
        var at = lines.ToList().FindIndex(l => l.Heading is { IsTitleOnly: true } h && h.Rest.Folded.TrimEnd('。', ':') is "基本情况" or "问题情况" or "有关情况");
        return at >= 0 && lines.Skip(at + 1).Any(l => l.Field == FieldKind.Status) ? at : null;
    }

    [GeneratedRegex(@"关于.{2,60}问题.{0,10}(整改|处理|办理|查处|核查).{0,6}(公示|通报|公告|报告)$")]
    private static partial Regex OneProblemTitle();

    /// <summary>
    /// In a page about one finding that never labels it — an acceptance opinion (漓江…问题整改验收意见: 对…反馈问题第25项
    /// “漓江阳朔段部分河段…侵占河道岸线问题”整改情况进行现场验收) or a notice naming it in a sentence — the line naming it
    /// in quotes and the finding: when a title about a problem's rectification heads the page (…问题整改验收意见,
    /// …问题整改情况的公示), the page quotes that one finding and no other, as the item it answers (第25项“…”, 反馈问题“…”)
    /// or as the problem (“…”问题), and what was done follows it (整改任务完成情况, 整改措施). Else null; the last resort
    /// before a notice's labelled fields.
    /// </summary>
    public static (int Index, DualText Finding)? QuotedOneProblem(IReadOnlyList<ClassifiedLine> lines)
    {
        var title = lines.Take(3).ToList().FindIndex(l => l.Kind is LineKind.Plain && ProblemRectificationTitle().IsMatch(TextShapes.CloseCjkGaps(l.Text.Folded).Trim()));
        if (title < 0)
            return null;
        (int Index, DualText Finding)? found = null;
        for (var i = title + 1; i < lines.Count; i++)
        {
            foreach (Match m in QuotedFinding().Matches(lines[i].Text.Folded))
            {
                var finding = lines[i].Text.Slice(m.Groups["f"].Index, m.Groups["f"].Length).Trim();
                if (found is { } f && (f.Index != i || f.Finding.Folded != finding.Folded))
                    return null;
                found = (i, finding);
            }
        }
        return found is { } one && lines.Skip(one.Index + 1).Any(l => l.Field is FieldKind.Status or FieldKind.Measures) ? one : null;
    }

    [GeneratedRegex(@"问题.{0,12}(整改|验收|销号|处理|办理|查处|核查).{0,8}(公示|通报|公告|报告|意见|情况)$")]
    private static partial Regex ProblemRectificationTitle();

    // Text is folded to half-width here: the quotes are “” 「」 『』 or ".
    [GeneratedRegex(@"(?:第\s*[\d一二三四五六七八九十百]+\s*(?:项|个|条)(?:问题)?|反馈问题|反馈的|指出的?)\s*[“""「『](?<f>[^”""」』]{8,150})[”""」』]|[“""「『](?<f>[^”""」』]{8,150})[”""」』]\s*(?:的)?问题")]
    private static partial Regex QuotedFinding();

    /// <summary>
    /// The shape of a notice (整改情况公示, 验收销号公示, 自查自验 report) or a one-problem page: no numbered problems, but
    /// labelled fields of at least two kinds, one of them the problem, its target, deadline or measures. The problem
    /// starts at the first such field.
    /// </summary>
    public static ProblemListShape? LocateNotice(IReadOnlyList<ClassifiedLine> lines)
    {
        var fields = lines.Select((l, i) => (l.Field, Index: i)).Where(f => f.Field is { } k && k is not (FieldKind.Other or FieldKind.Status)).ToList();
        var kinds = fields.Select(f => f.Field!.Value).Distinct().ToList();
        var findingsAndAccounts = kinds is [FieldKind.Problem] && FindingsEachWithAccount(lines, fields.Select(f => f.Index).ToList());
        if (!findingsAndAccounts && (kinds.Count < 2 || !kinds.Any(k => k is FieldKind.Problem or FieldKind.Target or FieldKind.Measures)))
            return null;
        var first = fields[0].Index;
        // 一、县城污水处理厂进水浓度偏低问题 over （一）问题描述 alone: the first problem's heading, read with it (its category).
        var start = first > 0 && lines[first - 1].Heading is { IsTitleOnly: true } above && LabelAlone(lines[first])
            && Headings.Match(lines[first].Text)?.Style != above.Style ? first - 1 : first;
        return new ProblemListShape(start, first, HeadingStyle.Cn, Notice: true);
    }

    /// <summary>
    /// The shape of a progress report (整改进展情况, 整改情况公示, 通报) whose numbered problems carry no target, deadline or
    /// units: each a finding in a sentence of its own, followed by what was done — 整改措施：, 整改情况：, 整改进展： — or
    /// by nothing but that account, its first sentence naming the failing as such (…扬尘污染问题。已责令…). Two such
    /// lines of one numbering style at least, so that a single numbered sentence is no list; the last resort, after
    /// the plan's list, field headings and a notice's labelled fields.
    /// </summary>
    public static ProblemListShape? LocateProgress(IReadOnlyList<ClassifiedLine> lines)
    {
        var byStyle = Enumerable.Range(0, lines.Count).Where(i => OpensProgress(lines, i)).GroupBy(i => lines[i].Heading!.Style)
            .Where(g => g.Count() >= 2).OrderByDescending(g => g.Count()).ThenBy(g => g.First()).FirstOrDefault();
        if (byStyle is null)
            return null;
        var first = byStyle.First();
        var start = WalkBackToListStart(lines, first, byStyle.Key);
        // 一、中央生态环境保护督察反馈问题 above the first finding, read as a bare problem label: the first group's title.
        while (start > 0 && lines[start - 1] is { Field: FieldKind.Problem, FieldValue.IsEmpty: true } above
            && Headings.Match(above.Text) is { } group && group.Style != byStyle.Key)
            start--;
        return new ProblemListShape(start, first, byStyle.Key, Progress: true);
    }

    /// <summary>
    /// The shape of a notice that announces its findings and then lists them, numbered, one sentence each, with nothing
    /// else (温岭市…整改销号情况的公告: 以下4个…反馈问题已达到销号条件，现予以公告： / 一、…不到位。 / 二、…), or with a
    /// status in brackets (1.…超标。（整改状态：已完成）): a notice's title, a line before the list that ends in a colon
    /// and announces it (公示如下：, 现予以公告：), and a run of numbered sentences from 1 straight after it — as many as the
    /// line says when it gives a number (以下4个). A news page's points are no notice's findings; the last resort.
    /// </summary>
    public static ProblemListShape? LocateAnnounced(IReadOnlyList<ClassifiedLine> lines)
    {
        if (!lines.Take(TitleReach).Any(l => TextShapes.IsNoticeTitle(l.Text.Folded)))
            return null;
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Kind != LineKind.Plain || Announcement().Match(lines[i].Text.Folded) is not { Success: true } announced)
                continue;
            var run = new List<int>();
            for (var j = i + 1; j < lines.Count && lines[j].Heading is { } h && h.Number == run.Count + 1
                && (run.Count == 0 || h.Style == lines[run[0]].Heading!.Style) && h.Rest.Length >= MinFindingLength && h.Rest.Folded.Contains('。'); j++)
                run.Add(j);
            if (run.Count < 2)
                continue;
            var said = announced.Groups["n"].Success ? Text.ChineseNumerals.ParseOrdinal(announced.Groups["n"].Value) : null;
            if (said is { } n && n != run.Count)
                continue;
            // A notice of accountability (…问责情况的通报: 1．县水利局原副局长柯某某，对…整改督促不力…，给予党内警告处分): each
            // item a person or body held to account, not a finding to rectify.
            if (run.All(j => Sanction().IsMatch(lines[j].Heading!.Rest.Folded)))
                continue;
            return new ProblemListShape(run[0], run[0], lines[run[0]].Heading!.Style, Progress: true, Listed: true);
        }
        return null;
    }

    private const int TitleReach = 3, MinFindingLength = 10;

    /// <summary>What a body or a person was given for a failing: a sanction (处分, 诫勉谈话, 通报批评, 书面检查, 免职).</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(给予|予以)[^。；]{0,16}(处分|警告|记过|降级|撤职|开除)|诫勉|通报批评|书面检查|免职|停职检查|组织处理")]
    private static partial System.Text.RegularExpressions.Regex Sanction();

    /// <summary>A line announcing the list below it: …公示如下：, 以下4个…问题…现予以公告：.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?=.*(如下|以下|予以公告|予以公示|公告|公示|通报))(?:.*?以下\s*(?<n>\d{1,2}|[一二三四五六七八九十]{1,3})\s*[个项条])?.*[:：]$")]
    private static partial System.Text.RegularExpressions.Regex Announcement();

    /// <summary>
    /// A numbered finding of a progress report: a heading followed by a measures or status field, past its deadline and
    /// units (（一）…尾水未经处理直排 / 整改进展：…), or whose first sentence ends by naming a problem (…粪污直排问题。).
    /// </summary>
    public static bool OpensProgress(IReadOnlyList<ClassifiedLine> lines, int index)
    {
        if (lines[index].Heading is not { } h)
            return false;
        if (FindingSentence().IsMatch(h.Rest.Folded))
            return true;
        var next = NextStructural(lines, index);
        // Past its deadline and units (1.…风险。 / 整改时限：2023年6月底 / 整改进展：已完成…).
        while (next >= 0 && lines[next] is { Heading: null, Field: { } k } && (k is FieldKind.Deadline or FieldKind.CompletedAt || FieldLabels.IsUnits(k)))
            next = NextStructural(lines, next);
        return next >= 0 && lines[next].Heading is null && lines[next].Field is FieldKind.Measures or FieldKind.Status;
    }

    /// <summary>
    /// A numbered finding told with its account (…粪污直排问题。该养殖场…已依法关闭): the sentence that names the problem and
    /// what follows it; null when the text is the finding alone.
    /// </summary>
    public static (DualText Finding, DualText Account)? FindingAndAccount(DualText text)
    {
        var m = FindingSentence().Match(text.Folded);
        if (!m.Success || m.Length >= text.Length)
            return null;
        var account = text.Slice(m.Length).Trim();
        return account.IsEmpty ? null : (text.Slice(0, m.Length), account);
    }

    /// <summary>
    /// A first sentence of eight characters or more that ends by naming a problem (…运输扬尘污染问题。), not a point of
    /// work done that opens with its verb (（二）着力解决群众身边突出生态环境问题。).
    /// </summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^(?!(着力|全力|大力|加快|加大|加强|推进|推动|聚焦|狠抓|强化|扎实|持续|坚决|深入|切实|全面|积极|认真|抓好|做好|建立|健全|完善|落实|开展|实施|坚持|严格|集中|及时|统筹|督促|压实|解决|整治|查处))[^。；;]{6,}问题[。；;]")]
    private static partial System.Text.RegularExpressions.Regex FindingSentence();

    /// <summary>The shape of a list given as a table: its rows start after the header, which stands after the list's title.</summary>
    public static ProblemListShape ForTable(IReadOnlyList<ClassifiedLine> lines, int header) =>
        new(WalkBackToListStart(lines, header, HeadingStyle.Arabic), header, HeadingStyle.Arabic);

    /// <summary>
    /// The line at <paramref name="index"/> is followed, past its own continuation paragraphs, by an opening field — or,
    /// in a progress report's list (<paramref name="shape"/>), it is a numbered finding (<see cref="OpensProgress"/>).
    /// </summary>
    public static bool Opens(IReadOnlyList<ClassifiedLine> lines, int index, ProblemListShape? shape)
        => Opens(lines, index) || shape is { Progress: true } s && lines[index].Heading?.Style == s.ProblemStyle && OpensProgress(lines, index);

    /// <summary>
    /// Whether the run of lines numbered in <paramref name="style"/> that holds <paramref name="index"/> stands under a
    /// field (整改措施：) or under a finding numbered otherwise (1.部分乡镇生活污水直排。 / ①… ②…: that finding's measures) —
    /// not under a title, a date or a part's heading (一、整改任务).
    /// </summary>
    private static bool UnderAField(IReadOnlyList<ClassifiedLine> lines, int index, HeadingStyle style)
    {
        var before = index - 1;
        while (before >= 0 && (lines[before].Heading?.Style == style || lines[before].Text.IsEmpty))
            before--;
        return before >= 0 && (lines[before].Field is not null || lines[before].Heading is { IsTitleOnly: false });
    }

    /// <summary>The line at <paramref name="index"/> is followed, past its own continuation paragraphs, by an opening field.</summary>
    public static bool Opens(IReadOnlyList<ClassifiedLine> lines, int index)
    {
        var next = NextStructural(lines, index);
        // 1.部分砖瓦企业脱硫除尘设施运行不正常。（牵头单位：市生态环境局；完成时限：2022年6月底前） then 整改措施：…: its fields
        // close its line. Not a measure whose units close it (①新建渗滤液收集池1座。（责任单位：…）), followed by the next one.
        if (next >= 0 && lines[next].Field is FieldKind.Measures or FieldKind.Target && lines[index].Heading is { } h
            && FieldLabels.TrailingFields(h.Rest, out _).Any(f => FieldLabels.IsUnits(f.Kind) || f.Kind == FieldKind.Deadline))
            return true;
        // 1.部分乡镇生活污水直排。 then ①新建管网5公里。（责任单位：…；完成时限：…）: a finding followed by its measures, each
        // closed by its units and deadline, from the first (not a problem's last measure before the next problem, 2.…（…）).
        if (next >= 0 && lines[index].Heading is { IsTitleOnly: false } finding && lines[next].Heading is { Number: 1 } first && first.Style != finding.Style
            && FieldLabels.ClosesWithUnitsAndDeadline(first.Rest))
            return true;
        // ①城区部分老旧小区雨污合流…。（责任单位：市住建局；完成时限：2023年12月底） in a run of such lines that no field
        // opens (not measures under a 整改措施 label, each closing with its units): a list of findings, each with its fields.
        if (lines[index].Heading is { } listed && FieldLabels.ClosesWithUnitsAndDeadline(listed.Rest) && !UnderAField(lines, index, listed.Style))
            return true;
        // （一）…存在渗漏风险（2022年底前完成） then 责任单位：…: a deadline closes the finding, its units follow.
        if (next >= 0 && lines[next].Field is { } units && FieldLabels.IsUnits(units) && lines[index].Heading is { } d
            && FieldLabels.TrailingFields(d.Rest, out _).Any(f => f.Kind == FieldKind.Deadline))
            return true;
        // （一）… then 牵头单位：…: units or leaders first open a problem's block — but not under the last of a run of numbered
        // measures, （1）…（2）…（3）… then 牵头单位：… 配合单位：…, where they close the problem above.
        if (next >= 0 && lines[next].Field is { } kind && FieldLabels.Opens(kind) && (kind == FieldKind.Target || !EndsARun(lines, index)))
            return true;
        // 一、华容河沿线生活污水直排问题依然突出 / 督察发现：1.…；2.… / 整改措施：…: a title (or one short sentence, 第二项：焦化
        // 企业无组织排放管控不到位。) over its finding's label (one, unnumbered), the finding's own fields after it — the title
        // heads that problem, not a category of several.
        if (next >= 0 && lines[index] is { Heading: { IsTitleOrOneSentence: true } title, Field: null } && !NamesAPart(lines[index].Text, title)
            && lines[next] is { Field: FieldKind.Problem, FieldNumber: null, Heading: null } labelled
            && !labelled.FieldValue.IsEmpty && NextStructural(lines, next) is var after && after >= 0
            && FieldRun(lines, after).ToList() is { Count: > 0 } run && !run.Contains(FieldKind.Problem)
            && run.Any(k => k is FieldKind.Measures or FieldKind.Target or FieldKind.Deadline || FieldLabels.IsUnits(k)))
            return true;
        // （一）…直排河道。 / 整改时限：… / 责任单位：… / 整改措施：…: its deadline and units first, then its measures — a
        // deadline or units closing a measure are followed by the next measure, the problem's target (时间节点：… /
        // 验收标准：…) or the next problem, never by a measures label.
        if (next >= 0 && lines[next].Field is { } closes && (FieldLabels.IsUnits(closes) || closes is FieldKind.Deadline)
            && FieldRun(lines, next).SkipWhile(k => FieldLabels.IsUnits(k) || k is FieldKind.Deadline or FieldKind.Leaders or FieldKind.Persons)
                .Select(k => (FieldKind?)k).FirstOrDefault() == FieldKind.Measures)
            return true;
        // （一）…超负荷运行。 / 一是…二是…三是… / 责任单位：…: measures told 一是…二是… without a label, then the units
        // or deadline.
        if (next > index + 1 && lines[next].Field is { } closing && (FieldLabels.IsUnits(closing) || closing == FieldKind.Deadline)
            && Enumerable.Range(index + 1, next - index - 1).All(j => CountedMeasures(lines[j].Text)))
            return true;
        // 1、…超标。 / 主要措施：… / 完成标志：… / 责任单位：…: measures written as a field, then the problem's target,
        // deadline, units or what became of it (验收时间：… / 验收结论：…) before the next numbered line.
        if (next < 0 || lines[next].Field != FieldKind.Measures || lines[next].FieldValue.IsEmpty)
            return false;
        return FieldRun(lines, NextStructural(lines, next))
            .Any(k => k is FieldKind.Target or FieldKind.Deadline or FieldKind.CompletedAt or FieldKind.Status || FieldLabels.IsUnits(k));
    }

    /// <summary>
    /// The numbered line at <paramref name="index"/> follows its predecessor in the same numbering with nothing but text
    /// between them (（2）… then （3）…, no field): it is the last of a run, as its predecessor is.
    /// </summary>
    private static bool EndsARun(IReadOnlyList<ClassifiedLine> lines, int index)
    {
        if (lines[index].Heading is not { Number: > 1 } heading)
            return false;
        for (var j = index - 1; j >= 0; j--)
        {
            if (lines[j].Field is not null)
                return false;
            if (lines[j].Heading is { } before)
                return before.Style == heading.Style && before.Number == heading.Number - 1;
        }
        return false;
    }

    /// <summary>
    /// A numbered title that names a part of a document, not a failing: a field's label (一、存在问题, 二、整改措施) or an
    /// account (一、问题整改情况, 二、基本情况).
    /// </summary>
    private static bool NamesAPart(DualText line, Heading heading) =>
        FieldLabels.TryMatchHeading(line, heading, out _) || heading.Rest.Folded.TrimEnd(':', '。').EndsWith("情况", StringComparison.Ordinal);

    /// <summary>The kinds of the fields that follow one another from <paramref name="start"/> on, up to the first line that is no field (or is numbered).</summary>
    private static IEnumerable<FieldKind> FieldRun(IReadOnlyList<ClassifiedLine> lines, int start)
    {
        for (var j = start; j >= 0 && lines[j].Heading is null && lines[j].Field is { } k; j = NextStructural(lines, j))
            yield return k;
    }

    /// <summary>A paragraph of measures counted 一是…二是… (two at least, in order).</summary>
    public static bool CountedMeasures(DualText text) => MeasureText.SplitEnumeration(text).Items.Count >= 2;

    /// <summary>A problem-style heading with no fields of its own whose next heading opens a sub-problem (003's 六 and its (一)(二)(三)).</summary>
    public static bool IsParentOfSubProblems(IReadOnlyList<ClassifiedLine> lines, int index, HeadingStyle problemStyle)
    {
        var next = NextStructural(lines, index);
        return next >= 0 && lines[next].Heading is { } h && h.Style != problemStyle && Opens(lines, next);
    }

    public static int NextStructural(IReadOnlyList<ClassifiedLine> lines, int index)
    {
        for (var j = index + 1; j < lines.Count; j++)
        {
            if (lines[j].Kind != LineKind.Plain)
                return j;
        }
        return -1;
    }

    /// <summary>
    /// Walks back from the first problem over category headings, the list's title, its 附件 marker and a
    /// one-paragraph introduction directly under that title.
    /// </summary>
    private static int WalkBackToListStart(IReadOnlyList<ClassifiedLine> lines, int first, HeadingStyle style)
    {
        var start = first;
        for (var k = first - 1; k >= 0; k--)
        {
            var line = lines[k];
            var folded = line.Text.Folded;
            var isCategory = line.Heading is { } h && h.Style != style && h.IsTitleOnly;
            var isTitle = TextShapes.IsAttachmentMarker(folded) || TextShapes.IsPlanTitle(folded);
            var isIntro = line.Kind == LineKind.Plain && k > 0 && line.Text.Length <= 200
                && (TextShapes.IsAttachmentMarker(lines[k - 1].Text.Folded) || TextShapes.IsPlanTitle(lines[k - 1].Text.Folded));
            if (!isCategory && !isTitle && !isIntro)
                break;
            start = k;
        }
        return start;
    }
}
