using System.Text;
using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Splits unit strings (县委宣传部、县委组织部，各乡镇；责任人：…) into units, reading lead markers
/// （牵头）, measure assignments (牵头负责第1、8条) and list-wide rules (排序第一的单位为牵头责任单位，下同).
/// </summary>
internal static partial class UnitListParser
{
    [GeneratedRegex(@"^(?<name>.*?)\((?<note>[^()]*)\)$")]
    private static partial Regex TrailingNote();

    [GeneratedRegex(@"第(?<list>[\d、,，和及至\-—~]+)条")]
    private static partial Regex MeasureNumbers();

    /// <summary>
    /// What parts two units' names with no list mark between them: 和/及 before a place or a group of bodies (县水利局和县农业农村局,
    /// 市住建局和各县区政府, 县水务局及相关乡镇), or spaces —
    /// a sheet's or a Word cell's line break read as one (县住房和城乡建设局 县水务局).
    /// </summary>
    [GeneratedRegex(@"(?<=[厅局委办部院会府室站所队中心司])((和|及)(?=[省市县区州各]|相关)|\s+(?=[\u3400-\u9fff]))")]
    private static partial Regex AndBetweenUnits();

    [GeneratedRegex(@"^责\s*任\s*人\s*:\s*")]
    private static partial Regex PersonLabel();

    [GeneratedRegex(@"^(完成|整改)?\s*(时\s*限|期\s*限|时\s*间)\s*:")]
    private static partial Regex DeadlineLabel();

    [GeneratedRegex(@"^(?<lead>.+?)牵头\s*[,;、]\s*(?<support>.+?)(配合|协助|参与)\s*[。.;]?$")]
    private static partial Regex LeadThenSupport();

    /// <summary>Splits 省自然资源厅牵头，省发展改革委、省生态环境厅配合 into its lead and supporting units; null for any other value.</summary>
    public static (DualText Lead, DualText Support)? SplitLeadSupport(DualText text)
    {
        var m = LeadThenSupport().Match(text.Folded);
        if (!m.Success)
            return null;
        return (text.Slice(m.Groups["lead"].Index, m.Groups["lead"].Length).Trim(), text.Slice(m.Groups["support"].Index, m.Groups["support"].Length).Trim());
    }

    public static UnitList Parse(DualText text)
    {
        var units = new List<UnitMention>();
        var firstLeads = false;
        string? person = null;
        string? deadline = null;
        foreach (var piece in SplitTopLevel(text))
        {
            var folded = piece.Folded;
            if (person is not null)
                continue; // what follows 责任人： is about the person (…是县领导的，责任人为…), not more units
            if (DeadlineLabel().IsMatch(folded))
            {
                // 〔责任单位：镇环保所；完成时限：2022年9月底〕: the measure's own deadline, not a unit.
                deadline ??= piece.Original;
                continue;
            }
            if (PersonLabel().Match(folded) is { Success: true } pm)
            {
                person = FirstSentence(piece.Slice(pm.Length).Original);
                continue;
            }
            if (folded.Contains("下同") || folded.Contains("排序第一") || folded.Contains("为牵头"))
            {
                firstLeads |= folded.Contains("第一") || folded.Contains("首位");
                continue;
            }
            var read = ReadUnits(piece).ToList();
            // 宜春、景德镇、上饶市政府(分别负责牵头…): a 分别 ("each") remark speaks for the units listed before it too, as
            // does their share of the work said after the last (…、省应急厅按职责分工负责).
            if (read.FirstOrDefault()?.Note is { } note && (note.Contains("分别") || TrailingDuty().IsMatch(note)))
            {
                for (var k = units.Count - 1; k >= 0 && units[k].Note is null && !units[k].IsLead; k--)
                    units[k] = units[k] with { IsLead = read[0].IsLead, Note = note };
            }
            units.AddRange(read);
        }
        return new UnitList(units, firstLeads, person) { Deadline = deadline };
    }

    private static IEnumerable<UnitMention> ReadUnits(DualText piece)
    {
        var isLead = false;
        var leads = new List<int>();
        string? note = null;
        // 省应急厅按职责分工负责指导督促: the units' share of the work, said after the last of them, unbracketed.
        if (TrailingDuty().Match(piece.Folded) is { Success: true } duty)
        {
            note = piece.Slice(duty.Index).Original;
            piece = piece.Slice(0, duty.Index).Trim();
        }
        var name = piece;
        var m = TrailingNote().Match(piece.Folded);
        if (m.Success && IsRemark(m.Groups["note"].Value))
        {
            var remark = m.Groups["note"].Value;
            isLead = remark.Contains("牵头");
            leads.AddRange(ReadNumbers(remark));
            if (!isLead || !remark.StartsWith("牵头", StringComparison.Ordinal))
                note = piece.Slice(m.Groups["note"].Index, m.Groups["note"].Length).Original;
            name = piece.Slice(0, m.Groups["name"].Length).Trim();
        }
        foreach (var part in SplitAnd(name))
        {
            var clean = part.TrimEnd("等。.").Original;
            if (clean.EndsWith('等'))
                clean = clean[..^1];
            if (clean.Length > 0)
                yield return new UnitMention(clean, isLead, leads, note);
        }
    }

    /// <summary>Their share of the work after the units, unbracketed: 按职责分工负责, 按照各自职责落实, 根据职责分工配合 (folded).</summary>
    [GeneratedRegex(@"(?<=\S)(按照?|根据|依据)(各自)?(工作)?职责(分工)?\S*$")]
    private static partial Regex TrailingDuty();

    /// <summary>A parenthetical that comments on the unit rather than naming part of it (县住建局（县人防办） keeps its parentheses).</summary>
    private static bool IsRemark(string note) => note.Contains("牵头") || note.Contains("负责") || note.Contains("配合");

    private static IEnumerable<int> ReadNumbers(string remark)
    {
        foreach (Match m in MeasureNumbers().Matches(remark))
        {
            foreach (var n in Regex.Split(m.Groups["list"].Value, @"[、,，和及]"))
            {
                var range = n.Split('-', '—', '~', '至');
                if (range.Length == 2 && int.TryParse(range[0], out var from) && int.TryParse(range[1], out var to) && to >= from && to - from < 50)
                {
                    for (var i = from; i <= to; i++)
                        yield return i;
                }
                else if (int.TryParse(n, out var single))
                {
                    yield return single;
                }
            }
        }
    }

    private static IEnumerable<DualText> SplitAnd(DualText name)
    {
        var start = 0;
        foreach (Match m in AndBetweenUnits().Matches(name.Folded))
        {
            yield return name.Slice(start, m.Index - start).Trim();
            start = m.Index + m.Length;
        }
        yield return name.Slice(start).Trim();
    }

    /// <summary>Splits on 、，,；; outside parentheses.</summary>
    private static IEnumerable<DualText> SplitTopLevel(DualText text)
    {
        var depth = 0;
        var start = 0;
        var folded = text.Folded;
        for (var i = 0; i <= folded.Length; i++)
        {
            var c = i < folded.Length ? folded[i] : '\0';
            if (c is '(' or '〔' or '[' or '【')
                depth++;
            else if (c is ')' or '〕' or ']' or '】')
                depth = Math.Max(0, depth - 1);
            if (i == folded.Length || (depth == 0 && c is '、' or ',' or ';' or '，'))
            {
                var piece = text.Slice(start, i - start).TrimEnd("。.");
                if (!piece.IsEmpty)
                    yield return piece;
                start = i + 1;
            }
        }
    }

    /// <summary>
    /// Splits a leaders' list (杨志慧、周建武 / 刘伟 、刘海) into names, keeping the printed characters. A title and the name
    /// printed after it with a space (副县长 汪立新, as a table's cell lays them out) are one leader, 副县长汪立新; two titles
    /// (县委书记 县长) stay two.
    /// </summary>
    public static IReadOnlyList<string> SplitNames(DualText text)
    {
        var names = new List<string>();
        var sb = new StringBuilder();
        var onlySpaces = true; // the separators since the last name: spaces alone, or a comma among them
        for (var i = 0; i < text.Length; i++)
        {
            var f = text.Folded[i];
            var space = DualText.IsSpace(f);
            if (space || f is '、' or ',' or ';' or '；')
            {
                if (sb.Length > 0)
                {
                    Add(sb.ToString());
                    onlySpaces = true;
                }
                onlySpaces &= space;
                continue;
            }
            sb.Append(text.Original[i]);
        }
        if (sb.Length > 0)
            Add(sb.ToString());
        return names;

        void Add(string part)
        {
            sb.Clear();
            var name = part.TrimEnd('。', '.', '等');
            if (name.Length == 0)
                return;
            if (onlySpaces && names.Count > 0 && IsTitle(names[^1]) && IsPersonalName(name))
                names[^1] += name;
            else
                names.Add(name);
        }
    }

    /// <summary>Words a leader's title ends with (副县长, 县委书记, 常务副主任, 政协副主席).</summary>
    private static readonly string[] TitleEnds = ["长", "书记", "主任", "主席", "委员", "常委", "调研员", "领导", "负责人", "同志", "指挥"];

    private static bool IsTitle(string s) => TitleEnds.Any(t => s.EndsWith(t, StringComparison.Ordinal));

    /// <summary>Two or three Chinese characters that are neither a title nor a body's name: a person's name.</summary>
    private static bool IsPersonalName(string s) =>
        s.Length is 2 or 3 && s.All(c => c is >= '\u4e00' and <= '\u9fff') && !IsTitle(s) && s.IndexOfAny(['县', '市', '区', '局', '委', '办', '府', '镇', '乡', '省', '部', '厅']) < 0;

    private static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。', '；', ';']);
        return (end >= 0 ? text[..end] : text).Trim();
    }
}
