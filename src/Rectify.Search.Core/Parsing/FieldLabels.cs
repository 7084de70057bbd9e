using System.Text.RegularExpressions;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// The field labels plans and notices use, each mapped to its field, read from the data file
/// <c>Data/fields/fields.txt</c>. A label may be printed with spaces between its characters (责 任 人), in
/// traditional characters, with a full- or half-width colon, and with a number (问题编号3). Three shapes are read:
/// <c>label：value</c> at the start of a line (everywhere); and, where a document is read as a notice, a numbered
/// heading that is a label (三、整改措施 / 一、整改任务：… / 四、整改主要工作及成效；) or a label alone on its line.
/// </summary>
internal static partial class FieldLabels
{
    private const string DataFile = "fields/fields.txt";

    private static readonly Dictionary<string, FieldKind> KindNames = new(StringComparer.Ordinal)
    {
        ["problem"] = FieldKind.Problem,
        ["target"] = FieldKind.Target,
        ["deadline"] = FieldKind.Deadline,
        ["completed-at"] = FieldKind.CompletedAt,
        ["lead"] = FieldKind.LeadUnits,
        ["support"] = FieldKind.SupportUnits,
        ["responsible"] = FieldKind.ResponsibleUnits,
        ["supervise"] = FieldKind.SupervisingUnits,
        ["accountability"] = FieldKind.AccountableUnits,
        ["acceptance"] = FieldKind.AcceptanceUnits,
        ["acceptance-lead"] = FieldKind.AcceptanceLeadUnits,
        ["acceptance-support"] = FieldKind.AcceptanceSupportUnits,
        ["leaders"] = FieldKind.Leaders,
        ["persons"] = FieldKind.Persons,
        ["measures"] = FieldKind.Measures,
        ["status"] = FieldKind.Status,
        ["location"] = FieldKind.Location,
        ["case"] = FieldKind.CaseNumber,
        ["other"] = FieldKind.Other,
    };

    private sealed record Vocabulary(Dictionary<string, FieldKind> KindByLabel, string Version, Regex Strict, Regex Numbered, Regex Alone, Regex EndsWithProblem, Regex Inline, Regex Bare, Regex Leading, Regex Bracketed, Dictionary<string, string> BracketedShort)
    {
        /// <summary>
        /// The most characters other than white space that stand between where an inline label starts and its colon: the
        /// longest label, then the longest number a label may carry (a code, HZ-2022-031-05, is the longest).
        /// </summary>
        public int InlineSpan { get; } = KindByLabel.Keys.Max(l => l.Length) + MaxLabelNumber;
    }

    /// <summary>The most characters a label's number holds, white space aside (<see cref="Code"/>: 6 letters, then up to three numbers of 4 after hyphens).</summary>
    private const int MaxLabelNumber = 21;

    private static readonly Lazy<Vocabulary> Data = new(() => Load(EmbeddedText.Lines(DataFile).ToList(), DataFile));

    /// <summary>The version of the label file; part of the parser's version.</summary>
    public static string Version => Data.Value.Version;

    /// <summary>
    /// Fields that open a problem's field block when they follow a numbered line (they come before its measures) — but
    /// not units after the last of a run of numbered measures, which close the problem above (ProblemListLocator).
    /// </summary>
    public static bool Opens(FieldKind kind) =>
        kind is FieldKind.Target or FieldKind.Leaders or FieldKind.LeadUnits or FieldKind.SupportUnits;

    /// <summary>Fields that name units, by the role the store records.</summary>
    public static bool IsUnits(FieldKind kind) => kind is FieldKind.LeadUnits or FieldKind.SupportUnits or FieldKind.ResponsibleUnits
        or FieldKind.SupervisingUnits or FieldKind.AccountableUnits or FieldKind.AcceptanceUnits or FieldKind.AcceptanceLeadUnits or FieldKind.AcceptanceSupportUnits;

    /// <summary>Reads a label file; throws <see cref="FormatException"/> naming the file and line for a line it cannot read.</summary>
    internal static void Validate(IReadOnlyList<string> lines, string fileName) => Load(lines, fileName);

    private static Vocabulary Load(IReadOnlyList<string> lines, string fileName)
    {
        var version = DataLines.VersionOf(lines, fileName);
        var kindByLabel = new Dictionary<string, FieldKind>(StringComparer.Ordinal);
        var bracketedLines = new List<(int Number, string Pairs)>();
        var prefixes = new List<string>();
        foreach (var (number, text) in DataLines.Content(lines))
        {
            var tab = text.IndexOf('\t');
            if (tab > 0 && text[..tab].Trim() == "bracketed")
            {
                bracketedLines.Add((number, text[(tab + 1)..]));
                continue;
            }
            if (tab > 0 && text[..tab].Trim() == "prefixed")
            {
                prefixes.AddRange(text[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(p => TextNormalizer.Default.Normalize(p)));
                continue;
            }
            if (tab <= 0 || !KindNames.TryGetValue(text[..tab].Trim(), out var kind))
                throw new FormatException($"{fileName} line {number}: expected a kind ({string.Join(", ", KindNames.Keys)}), a tab and labels");
            foreach (var label in text[(tab + 1)..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!kindByLabel.TryAdd(TextNormalizer.Default.Normalize(label), kind))
                    throw new FormatException($"{fileName} line {number}: label {label} is listed twice");
            }
        }
        // A label printed after a prefix word is the same field (整改责任领导 is 责任领导); a label listed as it is keeps its own kind.
        foreach (var (label, kind) in kindByLabel.ToList())
            foreach (var prefix in prefixes.Where(p => !label.StartsWith(p, StringComparison.Ordinal)))
                kindByLabel.TryAdd(prefix + label, kind);
        // Short labels read only inside brackets (【单位】 for 责任单位; 单位：万元 heads a table's figures).
        var bracketedShort = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (number, pairs) in bracketedLines)
        {
            foreach (var pair in pairs.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var parts = pair.Split('=');
                if (parts.Length != 2 || !kindByLabel.ContainsKey(TextNormalizer.Default.Normalize(parts[1])))
                    throw new FormatException($"{fileName} line {number}: a bracketed short label is short=label with a label listed above, not {pair}");
                if (kindByLabel.ContainsKey(TextNormalizer.Default.Normalize(parts[0])) || !bracketedShort.TryAdd(TextNormalizer.Default.Normalize(parts[0]), TextNormalizer.Default.Normalize(parts[1])))
                    throw new FormatException($"{fileName} line {number}: label {parts[0]} is listed twice");
            }
        }
        // Labels are text, not patterns: 县（市、区） folds to 县(市、区), whose brackets are matched as brackets. Each
        // alternation lists a label before any label it begins with (整改措施及完成情况 before 整改措施), so the longest
        // label matching at a place wins, and labels that begin alike stand together, which lets the regex engine try
        // their common beginning once instead of every label at every position of a line.
        static string Spaced(string label) => string.Join(@"\s*", label.Select(c => Regex.Escape(c.ToString())));
        var alternation = string.Join("|", kindByLabel.Keys.Order(LongerFirst).Select(Spaced));
        var bracketAlternation = string.Join("|", kindByLabel.Keys.Concat(bracketedShort.Keys).Order(LongerFirst).Select(Spaced));
        // A heading ending in a problem label (一、第二轮省生态环境保护督察反馈问题) is one; not by ending in 问题 alone
        // (二、大气污染问题 is a category of problems), which is a label only before its number or a colon (问题1：).
        var spacedGroup = $@"(?<label>{string.Join("|", kindByLabel.Keys.Where(l => l.Length >= 3).Order(LongerFirst).Select(Spaced))})(?<no>\d{{1,3}})?";
        var problems = string.Join("|", kindByLabel.Where(p => p.Value == FieldKind.Problem && p.Key.Length > 2).Select(p => p.Key).Order(LongerFirst).Select(Regex.Escape));
        // The number after a label: 问题编号3, 问题1, 问题（一） (a problem's, alone or before its text); in Chinese numerals, in
        // brackets, as 第5项 or as a code (HZ-2022-031) only before a colon (问题一：, 反馈问题（一）：, 督察反馈问题第5项：,
        // 问题描述HZ-2022-031：, not 问题一览表).
        var numberedProblem = $@"(?<label>{string.Join("|", kindByLabel.Where(p => p.Value == FieldKind.Problem).Select(p => p.Key).Order(LongerFirst).Select(Regex.Escape))})(?<no>\d{{1,3}}|[{ChineseNumerals.Characters}]{{1,3}}|\(\s*(?:\d{{1,3}}|[{ChineseNumerals.Characters}]{{1,3}})\s*\))";
        var labelGroup = $@"(?<label>{alternation})(?<no>\d{{1,3}}|(?:[{ChineseNumerals.Characters}]{{1,3}}|\(\s*(?:\d{{1,3}}|[{ChineseNumerals.Characters}]{{1,3}})\s*\)|第\s*(?:\d{{1,3}}|[{ChineseNumerals.Characters}]{{1,3}})\s*[项条个]|{Code})(?=\s*:))?";
        return new Vocabulary(
            kindByLabel,
            version,
            // label：value, or label and value parted by a space where a copy lost the colon (整改目标 2023年底前…): a label of
            // three characters or more, so that no longer word spaced out letter by letter (问 题 清 单) reads as 问题 and a value.
            // …and a problem label with its number, then a space (问题一　北湖区…砂石加工点无序堆放).
            new Regex($@"^(?:{labelGroup}\s*:\s*|{spacedGroup}[ \u3000]+(?=[^\s:])|{numberedProblem}[ \u3000]+(?=[^\s:]))(?<value>.*)$", RegexOptions.Compiled | RegexOptions.Singleline),
            // A numbered heading's label may be followed by its value after :, ; or 。, or after white space (一、整改任务 牡丹江…).
            new Regex($@"^{labelGroup}(?:\s*[:;。]\s*(?<value>.*)|\s+(?<value>\S.*))?$", RegexOptions.Compiled | RegexOptions.Singleline),
            // Alone on its line, or a table's label cell with its value after a tab or a run of spaces (整改目标    …); a
            // problem's label with its number alone (问题一, the finding on the line below).
            new Regex($@"^(?:{labelGroup}\s*(?::|(?:\t|\s{{2,}})(?<value>\S.*))?|{numberedProblem}\s*)$", RegexOptions.Compiled | RegexOptions.Singleline),
            new Regex($@"^[^。;:,]{{0,30}}(?<label>{problems})$", RegexOptions.Compiled),
            new Regex($@"{labelGroup}\s*:", RegexOptions.Compiled),
            new Regex($"(?:{alternation})", RegexOptions.Compiled),
            // A label where the search starts, and only there: a line's opening tried without scanning the rest of it.
            new Regex($@"\G(?:{alternation})", RegexOptions.Compiled),
            // 【整改目标】…, or 整改目标——… (a dash for the colon); a label may hold its number (【问题一】, 【问题2】).
            new Regex($@"^\s*(?:[【\[〖]\s*(?<label>{bracketAlternation})\s*(?<no>\d{{1,3}}|[{ChineseNumerals.Characters}]{{1,3}})?\s*[】\]〗]\s*[:：]?|(?<label>{alternation})(?<no>\d{{1,3}})?\s*(?:——|—|--|──|－－))\s*", RegexOptions.Compiled),
            bracketedShort);
    }

    /// <summary>Orders labels as ordinal text, except that a label comes before the labels it begins with.</summary>
    private static readonly Comparer<string> LongerFirst = Comparer<string>.Create((a, b) =>
    {
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            if (a[i] != b[i])
                return a[i].CompareTo(b[i]);
        }
        return b.Length.CompareTo(a.Length);
    });

    /// <summary>A record's code as a portal's list prints it: letters, a hyphen and numbers (HZ-2022-031, A-03), folded.</summary>
    public const string Code = @"[A-Za-z]{1,6}-\d{1,4}(?:-\d{1,4}){0,2}";

    /// <summary>
    /// A line that opens with a label in brackets (【整改目标】2023年底前…, [责任单位]县林业局) or with a label and a dash
    /// (整改目标——依法打击…) written as <c>label：value</c>, as every other shape reads it; any other line as it is. The raw line: run before width folding, so both bracket
    /// widths and a simplified or full-width label are read.
    /// </summary>
    public static string Unbracket(string line)
    {
        var folded = TextNormalizer.Default.Normalize(line);
        // Neither shape without a bracket opening the line or a dash in it: the labels are not tried at its start.
        if (folded.TrimStart() is not [ '【' or '[' or '〖', ..] && folded.AsSpan().IndexOfAny(Dashes) < 0)
            return line;
        var m = Data.Value.Bracketed.Match(folded);
        if (!m.Success || m.Length > line.Length)
            return line;
        var label = Regex.Replace(m.Groups["label"].Value, @"\s", "");
        return Data.Value.BracketedShort.GetValueOrDefault(label, m.Groups["label"].Value) + m.Groups["no"].Value + "：" + line[m.Length..];
    }

    /// <summary>The characters the dashes after a label (——, —, --, ──, －－) are made of.</summary>
    private static readonly System.Buffers.SearchValues<char> Dashes = System.Buffers.SearchValues.Create("—-─－");

    /// <summary>
    /// The labelled fields of a bracket closing a problem's heading (（责任单位：县住建局；完成时限：2023年12月底）), each
    /// clause a field, with the heading before it in <paramref name="rest"/>; none unless every clause is a field.
    /// </summary>
    public static List<Match> TrailingFields(DualText text, out DualText rest)
    {
        rest = text;
        var folded = text.Folded.TrimEnd();
        if (folded.Length == 0 || folded[^1] != ')')
            return [];
        var open = folded.LastIndexOf('(');
        if (open <= 0 || FieldsOf(text.Slice(open + 1, folded.Length - open - 2)) is not { } fields)
            return [];
        rest = text.Slice(0, open).Trim();
        return fields;
    }

    /// <summary>
    /// The labelled fields of a line that is one bracket and nothing else (（责任单位：…；整改时限：…；整改情况：…） under its
    /// finding), each clause a field; none unless every clause is a field.
    /// </summary>
    public static List<Match> BracketOfFields(DualText line)
    {
        var folded = line.Folded.TrimEnd();
        return folded.Length >= 2 && folded[0] == '(' && folded[^1] == ')' && folded.LastIndexOf('(') == 0
            && FieldsOf(line.Slice(1, folded.Length - 2)) is { } fields ? fields : [];
    }

    /// <summary>
    /// The fields inside a bracket, its clauses parted by ；, each a field other than the finding — or the whole a deadline
    /// without its label (（2022年底前完成）); null when any clause is no field.
    /// </summary>
    private static List<Match>? FieldsOf(DualText inside)
    {
        var fields = new List<Match>();
        var unlabelled = false;
        foreach (var clause in PartedBy(inside, ';'))
        {
            if (TryMatch(clause, out var f) && f.Kind != FieldKind.Problem)
            {
                fields.Add(f);
                continue;
            }
            if (RolesAndDeadline(clause) is not { Count: > 0 } read)
                return null;
            fields.AddRange(read);
            unlabelled = true;
        }
        // Without a label, a bracket holds fields only when it names the units by their roles (…牵头) or is a deadline
        // alone (（2022年底前完成）, （2023年6月底前完成，长期坚持）): not any aside a finding closes with.
        return !unlabelled || fields.Any(f => IsUnits(f.Kind)) || fields.All(f => f.Kind == FieldKind.Deadline) ? fields : null;
    }

    /// <summary>
    /// A clause of fields without labels: units by their roles and a deadline, parted by commas (市住建局牵头，各县区政府
    /// 配合，2024年12月底前完成; 市水利局负责), or a deadline alone; null when any part is neither.
    /// </summary>
    private static List<Match>? RolesAndDeadline(DualText clause)
    {
        var fields = new List<Match>();
        var parts = PartedBy(clause, ',');
        for (var i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (BareDeadline().IsMatch(part.Folded) && !part.IsEmpty)
                fields.Add(new Match(FieldKind.Deadline, "", null, part));
            else if (i + 1 < parts.Count && UnitListParser.SplitLeadSupport(DualText.Of(part.Original + "，" + parts[i + 1].Original)) is var (lead, support))
            {
                fields.Add(new Match(FieldKind.LeadUnits, "", null, lead));
                fields.Add(new Match(FieldKind.SupportUnits, "", null, support));
                i++;
            }
            else if (RoleSuffix().Match(part.Folded) is { Success: true } role && role.Index >= 2)
                fields.Add(new Match(role.Groups["r"].Value switch { "牵头" => FieldKind.LeadUnits, "配合" or "协助" or "参与" => FieldKind.SupportUnits, _ => FieldKind.ResponsibleUnits }, "", null, part.Slice(0, role.Index).Trim()));
            else
                return null;
        }
        return fields;
    }

    /// <summary>The parts of <paramref name="text"/> between the marks <paramref name="mark"/> (on the folded text), each trimmed.</summary>
    private static List<DualText> PartedBy(DualText text, char mark)
    {
        var parts = new List<DualText>();
        var from = 0;
        for (var k = 0; k <= text.Length; k++)
        {
            if (k < text.Length && text.Folded[k] != mark)
                continue;
            parts.Add(text.Slice(from, k - from).Trim());
            from = k + 1;
        }
        return parts;
    }

    /// <summary>The role a unit is named with at its end, unlabelled: 市住建局牵头, 各县区政府配合, 市水利局负责.</summary>
    [GeneratedRegex(@"(?<r>牵头|配合|协助|参与|负责)(?:落实|实施)?$")]
    private static partial Regex RoleSuffix();

    /// <summary>Whether a line closes with a bracket holding its units and its deadline: …。（责任单位：县住建局；完成时限：2023年6月底）.</summary>
    public static bool ClosesWithUnitsAndDeadline(DualText text) =>
        TrailingFields(text, out _) is var fields && fields.Any(f => IsUnits(f.Kind)) && fields.Any(f => f.Kind == FieldKind.Deadline);

    /// <summary>A deadline as a bracket after a finding prints it without its label: 2022年底前完成, 2023年6月底前, 长期坚持.</summary>
    [GeneratedRegex(@"^(?:(?:19|20)\d{2}\s*年\s*(?:\d{1,2}\s*月\s*(?:\d{1,2}\s*日)?)?\s*(?:年底|底|末|上旬|中旬|下旬)?\s*(?:前|以前)?|长期坚持|立行立改|持续推进)\s*(?:完成(?:整改)?)?$")]
    private static partial Regex BareDeadline();

    /// <summary>
    /// A line of several bracketed labels, each followed by its value (【问题1】…。【整改目标】…【责任单位】…), cut before each
    /// label: one line per field; so is a line of labelled fields parted by bars (<see cref="SplitBarred"/>). Any other
    /// line, and a line that names one label, as it is.
    /// </summary>
    public static IEnumerable<string> SplitFields(string line)
    {
        if (SplitBarred(line) is { } barred)
            return barred;
        var normalized = TextNormalizer.Default.Normalize(line);
        if (normalized.Length != line.Length || normalized.IndexOf('【') < 0 && normalized.IndexOf('[') < 0)
            return [line];
        var starts = new List<int>();
        for (var at = 0; at < normalized.Length; at++)
        {
            if (normalized[at] is '【' or '[' or '〖' && Data.Value.Bracketed.Match(normalized[at..]) is { Success: true, Index: 0 })
                starts.Add(at);
        }
        if (starts.Count < 2)
            return [line];
        // 1.【问题】…【目标】…: the item's number stays with its first field (1.问题：…), not a line of its own.
        var number = starts[0] > 0 && LeadingOrdinal().IsMatch(normalized[..starts[0]]) ? line[..starts[0]].Trim() : null;
        if (starts[0] > 0 && number is null)
            starts.Insert(0, 0);
        return starts.Select((s, k) => line[s..(k + 1 < starts.Count ? starts[k + 1] : line.Length)].Trim())
            .Select((piece, k) => k == 0 && number is not null ? number + Unbracket(piece) : piece);
    }

    /// <summary>
    /// A line of labelled fields parted by bars (问题编号：HZ-2022-031 | 问题类型：水 | 所在地：… | 问题描述：…, or 丨), as a portal's
    /// list prints a record on one line: one line per field. Null unless there are two pieces at least and every one
    /// opens with a label and its colon — a menu (首页 | 政务公开), a table's row (| 整改目标 | … |) is no such line.
    /// </summary>
    private static List<string>? SplitBarred(string line)
    {
        if (line.IndexOf('|') < 0 && line.IndexOf('｜') < 0 && line.IndexOf('丨') < 0)
            return null;
        var pieces = Bar().Split(line).Select(p => p.Trim()).Where(p => p.Length > 0).ToList();
        if (pieces.Count < 2 || !pieces.All(p => TryMatch(DualText.Of(p), out _)))
            return null;
        return pieces;
    }

    /// <summary>A bar between fields: | ｜, or 丨 (the ideograph a Chinese input method gives for a bar).</summary>
    [GeneratedRegex(@"\s*[|｜丨]\s*")]
    private static partial Regex Bar();

    /// <summary>An item's number alone: 1. 2、 （三） 4).</summary>
    [GeneratedRegex(@"^\s*(?:\d{1,3}\s*[.、)]|\(\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*\)|[一二三四五六七八九十]{1,3}\s*、)\s*$")]
    private static partial Regex LeadingOrdinal();

    /// <summary>A matched field: its kind, the label as listed, the number printed after the label, and the value.</summary>
    public readonly record struct Match(FieldKind Kind, string Label, string? Number, DualText Value);

    /// <summary>Matches <c>label：value</c> at the start of a line; the returned value keeps the original characters.</summary>
    public static bool TryMatch(DualText line, out Match field) => TryRead(Data.Value.Strict, line, out field);

    /// <summary>
    /// Matches the notice shapes: a numbered heading whose text is a label (with a value after :, ; or 。, or none),
    /// a heading that ends in a problem label (一、第二轮省生态环境保护督察反馈问题), or a label alone on its line.
    /// </summary>
    public static bool TryMatchHeading(DualText line, Heading? heading, out Match field)
    {
        var v = Data.Value;
        if (heading is not null)
        {
            if (TryRead(v.Numbered, heading.Rest, out field))
                return true;
            if (v.EndsWithProblem.Match(heading.Rest.Folded) is { Success: true } m)
            {
                field = new Match(FieldKind.Problem, m.Groups["label"].Value, null, DualText.Empty);
                return true;
            }
            return false;
        }
        return TryRead(v.Alone, line, out field);
    }

    private static bool TryRead(Regex pattern, DualText text, out Match field)
    {
        var m = pattern.Match(text.Folded);
        if (!m.Success)
        {
            field = default;
            return false;
        }
        var label = Squeeze(m.Groups["label"].Value);
        var value = m.Groups["value"].Success ? text.Slice(m.Groups["value"].Index).Trim() : DualText.Empty;
        field = new Match(Data.Value.KindByLabel[label], label, m.Groups["no"].Success ? m.Groups["no"].Value : null, value);
        return true;
    }

    /// <summary>
    /// Where further <c>label：</c> fields start inside a line (…各区政府完成时限：2021年底; 整改措施：…整改成效：…), outside
    /// brackets and quotations; the positions are offsets into <paramref name="line"/>, the first field excluded.
    /// </summary>
    public static IReadOnlyList<int> InlineStarts(DualText line)
    {
        var starts = new List<int>();
        var folded = line.Folded;
        var v = Data.Value;
        // The matches Inline.Matches would give, found colon by colon: a label ends at a colon, so a match can only start
        // within the label's span before the next colon (past it, the search would try every label at every position of
        // a long value for nothing).
        for (var at = 0; folded.IndexOf(':', at) is var colon and >= 0;)
        {
            var from = colon;
            for (var kept = 0; from > at && kept <= v.InlineSpan; from--)
            {
                if (!char.IsWhiteSpace(folded[from - 1]))
                    kept++;
            }
            var m = v.Inline.Match(folded, from, colon + 1 - from);
            if (!m.Success)
            {
                at = colon + 1;
                continue;
            }
            at = m.Index + m.Length;
            // 各县区：, 各责任单位： address those the notice is sent to; no field opens there.
            if (m.Index == 0 || Depth(folded, m.Index) != 0 || IsOrdinalOnly(line.Slice(0, m.Index)) || folded[m.Index - 1] == '各')
                continue;
            starts.Add(m.Index);
        }
        return starts;
    }

    [GeneratedRegex(@"^\([^()]{0,10}\)\s*:")]
    private static partial Regex QualifiedLabelEnd();

    [GeneratedRegex(@"^\s*序号\s*(?<no>\d{1,3})\s*")]
    private static partial Regex RowNumber();

    /// <summary>
    /// The fields of a line whose labels run into their values (序号1反馈问题…整改实施主体…整改目标…), each rewritten as
    /// <c>label：value</c> (the problem's label with 序号's number); null unless the line opens with a problem label and
    /// holds labels of at least two more kinds, each kind's first label taken, none followed by punctuation or a colon
    /// (整改目标、整改时限 in a sentence is a list of words, and a label with a colon is read as it is). A whole body on
    /// one line (…现将整改情况予以公示。督察组反馈问题遂昌县…责任单位…) opens its record after a sentence's end: what
    /// stands before it is returned apart (<see cref="RunInFields.Before"/>), a line of its own.
    /// </summary>
    public static RunInFields? RunIn(DualText line)
    {
        // A table's row (问题序号|督察反馈问题|整改工作目标…) has its cells; its labels are column names.
        if (TableLayoutReader.IsRow(line))
            return null;
        var v = Data.Value;
        var folded = line.Folded;
        var number = RowNumber().Match(folded);
        var start = number.Success ? number.Length : 0;
        var opening = v.Leading.Match(folded, start);
        if (!opening.Success || v.KindByLabel[Squeeze(opening.Value)] != FieldKind.Problem)
        {
            if (number.Success || RecordAfterSentence(folded) is not { } after)
                return null;
            start = after;
        }
        // The labels after it, found where they stand.
        opening = v.Bare.Match(folded, start);
        var cuts = new List<(int At, int LabelEnd, FieldKind Kind, string Label)>();
        var seen = new HashSet<FieldKind>();
        for (var m = opening; m.Success; m = m.NextMatch())
        {
            var label = Squeeze(m.Value);
            var kind = v.KindByLabel[label];
            var end = m.Index + m.Length;
            if (end >= folded.Length || folded[end] is ':' or '、' or ',' or '。' or ';' || Depth(folded, m.Index) != 0 || !seen.Add(kind))
                continue;
            cuts.Add((m.Index, end, kind, label));
        }
        if (cuts.Count < 3)
            return null;
        var fields = new List<DualText>(cuts.Count);
        for (var i = 0; i < cuts.Count; i++)
        {
            var (at, labelEnd, kind, label) = cuts[i];
            var valueEnd = i + 1 < cuts.Count ? cuts[i + 1].At : line.Length;
            var value = line.Slice(labelEnd, valueEnd - labelEnd).Trim();
            var no = i == 0 && number.Success ? number.Groups["no"].Value : "";
            fields.Add(DualText.Of($"{label}{no}：") + value);
        }
        return new RunInFields(number.Success ? DualText.Empty : line.Slice(0, start).Trim(), fields);
    }

    /// <summary>A record's fields read from one line (<see cref="RunIn"/>), and the text before the record on that line (empty for none).</summary>
    public sealed record RunInFields(DualText Before, List<DualText> Fields);

    /// <summary>Where a problem's label opens a record right after a sentence's end (。督察组反馈问题…), in a line that has one.</summary>
    private static int? RecordAfterSentence(string folded)
    {
        var v = Data.Value;
        // Tried only where a sentence ends (no label holds 。 or !, so none that starts earlier runs past one).
        for (var stop = folded.IndexOfAny(SentenceEnds); stop >= 0 && stop + 1 < folded.Length; stop = folded.IndexOfAny(SentenceEnds, stop + 1))
        {
            if (v.Leading.Match(folded, stop + 1) is { Success: true } m && v.KindByLabel[Squeeze(m.Value)] == FieldKind.Problem && Depth(folded, stop + 1) == 0)
                return stop + 1;
        }
        return null;
    }

    private static readonly char[] SentenceEnds = ['。', '!'];

    /// <summary>
    /// The label a line opens with when its value runs straight on with nothing between (整改时限2022年10月底前): its kind,
    /// the label and where the value starts; null for a line that opens with no label or whose label a colon or
    /// punctuation follows (a field read as it is), or that is the label alone.
    /// </summary>
    public static (FieldKind Kind, string Label, int ValueStart)? RunInOpening(DualText line)
    {
        var v = Data.Value;
        var folded = line.Folded;
        var m = v.Leading.Match(folded);
        if (!m.Success)
            return null;
        var end = m.Length;
        // A label's qualifier in brackets before its colon (整改措施(3项)：) is a field read as it is; a value may open
        // with a bracket (整改措施(1)开展…).
        if (end >= folded.Length || folded[end] is ':' or '、' or ',' or '。' or ';' or ' ' || QualifiedLabelEnd().IsMatch(folded[end..]))
            return null;
        var label = Squeeze(m.Value);
        return (v.KindByLabel[label], label, end);
    }

    /// <summary>
    /// A numbered finding whose deadline and account follow it without colons (1.…存在环境风险。整改时限2023年6月底，
    /// 整改进展已完成，…): the finding, then each such field as <c>label：value</c>; null for any other line. The first
    /// label stands right after the finding's full stop, each next one after a comma, each of another kind, and every one
    /// is a deadline, a status or units, directly followed by its value. Fields told as a sentence, the label followed by
    /// 是 or 为 (。该问题的整改目标是…，责任单位为…，整改时限为…。目前，…), are read so too, a target among them; the
    /// sentence's first label may follow 该问题的 or 其, and what the sentence ends on — 目前，… or 截至…, the account — is the
    /// problem's 整改情况.
    /// </summary>
    public static List<DualText>? ColonlessTail(DualText line)
    {
        var v = Data.Value;
        var folded = line.Folded;
        var cuts = new List<(int At, int LabelEnd, string Label)>();
        var seen = new HashSet<FieldKind>();
        var copulas = 0;
        // The first label follows a full stop: none before the first one counts (and no label holds one).
        var firstStop = folded.IndexOf('。');
        if (firstStop < 0)
            return null;
        for (var m = v.Bare.Match(folded, firstStop); m.Success; m = m.NextMatch())
        {
            var label = Squeeze(m.Value);
            var kind = v.KindByLabel[label];
            var end = m.Index + m.Length;
            var copula = end < folded.Length && folded[end] is '是' or '为';
            var at = m.Index;
            // 该问题的整改目标是…: the sentence's subject before its first label belongs to the label.
            if (copula && cuts.Count == 0 && SentenceSubject().Match(folded[..m.Index]) is { Success: true } subject)
                at = subject.Index;
            var before = at > 0 ? folded[at - 1] : ' ';
            if ((copula ? kind is FieldKind.Problem or FieldKind.Other : kind is not (FieldKind.Deadline or FieldKind.Status or FieldKind.CompletedAt) && !IsUnits(kind))
                || end >= folded.Length || folded[end] is ':' or '、' or ',' or '。' or ';' or ' ' || Depth(folded, m.Index) != 0)
                continue;
            if (cuts.Count == 0 ? before != '。' : before is not (',' or ';') || !seen.Add(kind))
                continue;
            if (cuts.Count == 0)
                seen.Add(kind);
            copulas += copula ? 1 : 0;
            cuts.Add((at, copula ? end + 1 : end, label));
        }
        // A label and 是 once is a sentence like any (…整改时限是关键); a field sentence names two at least.
        if (cuts.Count == 0 || copulas is 1 && cuts.Count == 1)
            return null;
        var parts = new List<DualText> { line.Slice(0, cuts[0].At).Trim() };
        for (var i = 0; i < cuts.Count; i++)
        {
            var valueEnd = i + 1 < cuts.Count ? cuts[i + 1].At : line.Length;
            var value = line.Slice(cuts[i].LabelEnd, valueEnd - cuts[i].LabelEnd).Trim();
            // The account after the sentence of fields: 。目前，已完成… / 。截至…
            if (copulas > 0 && i == cuts.Count - 1 && AccountAfter().Match(value.Folded) is { Success: true } account)
            {
                parts.Add(DualText.Of($"{cuts[i].Label}：") + value.Slice(0, account.Index).Trim().TrimEnd(",，;；"));
                parts.Add(DualText.Of("整改情况：") + value.Slice(account.Index + 1).Trim());
                continue;
            }
            parts.Add(DualText.Of($"{cuts[i].Label}：") + value.TrimEnd(",，;；"));
        }
        return parts;
    }

    [GeneratedRegex(@"(?:该问题的?|该项问题的?|该项任务的?|其)$")]
    private static partial Regex SentenceSubject();

    [GeneratedRegex(@"。(?=目前|截至|截止|现已|经整改)")]
    private static partial Regex AccountAfter();

    /// <summary>
    /// A label read one character wrong by OCR (整改日标：, 责仼单位：, 整改措旅：) at the start of <paramref name="line"/>,
    /// before a colon: the line with the label it stands for, else the line as it is. Only labels of four characters or
    /// more, one character off, where every label so near is of one kind (整改时隈 is 整改时限 or 整改时间, both deadlines):
    /// a shorter word one character off a label is too often a word of its own.
    /// </summary>
    public static string RepairMisread(string line, out string? misread, out string? label)
    {
        misread = label = null;
        var m = MisreadLabel().Match(line);
        if (!m.Success)
            return line;
        var word = m.Groups["w"].Value;
        var folded = TextNormalizer.Default.Normalize(word);
        var labels = Data.Value.KindByLabel;
        if (labels.ContainsKey(folded) || labels.Keys.Any(l => folded.StartsWith(l, StringComparison.Ordinal)))
            return line;
        var near = labels.Where(l => l.Key.Length == folded.Length && l.Key.Zip(folded).Count(p => p.First != p.Second) == 1).ToList();
        if (near.Count == 0 || near.Select(l => l.Value).Distinct().Count() > 1)
            return line;
        misread = word;
        label = near[0].Key;
        return line[..m.Groups["w"].Index] + label + line[(m.Groups["w"].Index + word.Length)..];
    }

    [GeneratedRegex(@"^\s*(?<w>[\u4e00-\u9fff]{4,8})\s*[:：]")]
    private static partial Regex MisreadLabel();

    private static string Squeeze(string label) => Regex.Replace(label, @"\s", "");

    /// <summary>Only a number stands before the label (一、整改任务：…): the label opens the line.</summary>
    private static bool IsOrdinalOnly(DualText prefix)
    {
        var trimmed = prefix.Trim();
        return trimmed.IsEmpty || (Headings.Match(trimmed) is { } h && h.Rest.IsEmpty) || trimmed.Folded.All(c => c is '•' or '·' or '-' or '*');
    }

    /// <summary>How many brackets or quotations are open at <paramref name="at"/>.</summary>
    private static int Depth(string text, int at)
    {
        var depth = 0;
        for (var i = 0; i < at; i++)
        {
            var c = text[i];
            if (c is '(' or '〔' or '【' or '[' or '《' or '“' or '「')
                depth++;
            else if (c is ')' or '〕' or '】' or ']' or '》' or '”' or '」' && depth > 0)
                depth--;
        }
        return depth;
    }
}
