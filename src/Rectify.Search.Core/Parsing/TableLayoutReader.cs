using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Reads a problem list that was a table, flattened to text with one tab- or bar-separated row per measure:
/// a header row names the columns (序号, 问题, 整改目标, 整改措施, 责任单位, 整改时限 …); rows whose number is empty
/// or repeated and whose problem cell is empty (merged), says 同上, or repeats the problem above continue that problem.
/// </summary>
internal static partial class TableLayoutReader
{
    private enum Column
    {
        Number,
        Problem,
        Target,
        Measure,
        Units,
        LeadUnits,
        SupportUnits,
        Leaders,
        Persons,
        Deadline,
        Status,
        Location,
        Ignored,
    }

    private static readonly (string Name, Column Column)[] ColumnNames =
    [
        // 问题编号 labels a problem in running text (问题编号3：…); at the head of a column it numbers the rows.
        ("序号", Column.Number), ("编号", Column.Number), ("问题编号", Column.Number), ("问题序号", Column.Number),
        ("反馈问题", Column.Problem), ("存在问题", Column.Problem), ("问题描述", Column.Problem), ("突出问题", Column.Problem), ("主要问题", Column.Problem), ("问题", Column.Problem),
        ("整改目标", Column.Target),
        ("整改措施", Column.Measure), ("具体措施", Column.Measure), ("措施", Column.Measure),
        ("牵头单位", Column.LeadUnits), ("配合单位", Column.SupportUnits), ("责任单位", Column.Units), ("责任部门", Column.Units),
        ("责任领导", Column.Leaders), ("督办领导", Column.Leaders), ("责任人", Column.Persons),
        ("整改时限", Column.Deadline), ("完成时限", Column.Deadline), ("整改期限", Column.Deadline), ("时限", Column.Deadline),
    ];

    /// <summary>
    /// The states a form may give a column each, a row marked under one (已完成 √ | 序时推进 | 滞后): that column's name is
    /// the row's progress.
    /// </summary>
    private static readonly HashSet<string> StateColumns = new(StringComparer.Ordinal)
    {
        "已完成", "未完成", "已完成整改", "完成整改", "序时推进", "正在推进", "推进中", "整改中", "阶段性完成", "基本完成", "已销号", "未销号", "滞后", "进度滞后", "未按期完成",
    };

    /// <summary>A cell that only marks its row (√ ✓ ✔ ☑ ● ★ 是).</summary>
    private static bool IsMark(string cell) => cell.Trim() is "√" or "✓" or "✔" or "☑" or "●" or "★" or "是" or "v" or "V";

    /// <summary>The column a header cell names: a table name above, or any field label of <c>fields.txt</c> by its kind.</summary>
    private static Column? ColumnOf(DualText cell)
    {
        var name = NameOf(cell);
        foreach (var (label, column) in ColumnNames)
        {
            if (name == label)
                return column;
        }
        if (StateColumns.Contains(name))
            return Column.Status;
        if (!FieldLabels.TryMatchHeading(DualText.Of(name), null, out var field) || field.Value.Length > 0)
        {
            // A name qualified in brackets (所属区县（市）, 完成时限（年月）) is the column its name without them is.
            if (QualifiedName().Match(name) is { Success: true } qualified)
                return ColumnOf(DualText.Of(qualified.Groups["name"].Value));
            // The finding and its measures in one column (反馈问题及整改措施): the problem's, its cells parted by their labels.
            if (IsProblemAndMeasures(name))
                return Column.Problem;
            // One of several measure columns side by side (具体措施一 | 具体措施二, 整改措施1, 措施（三）).
            if (NumberedName().Match(name) is { Success: true } numbered && ColumnOf(DualText.Of(numbered.Groups["name"].Value)) == Column.Measure)
                return Column.Measure;
            return name.Length <= MaxWordedName ? ByLastWord(name) : null;
        }
        return field.Kind switch
        {
            FieldKind.Problem => Column.Problem,
            FieldKind.Target => Column.Target,
            FieldKind.Deadline or FieldKind.CompletedAt => Column.Deadline,
            FieldKind.LeadUnits => Column.LeadUnits,
            FieldKind.SupportUnits => Column.SupportUnits,
            FieldKind.ResponsibleUnits => Column.Units,
            FieldKind.Leaders => Column.Leaders,
            FieldKind.Persons => Column.Persons,
            FieldKind.Measures => Column.Measure,
            FieldKind.Status => Column.Status,
            FieldKind.Location => Column.Location,
            _ => Column.Ignored,
        };
    }

    private const int MaxWordedName = 8;

    [GeneratedRegex(@"^(合\s*计|总\s*计|小\s*计|共\s*计)[:：]?$")]
    private static partial Regex TotalRow();

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,8})[（(][^（()）]{1,6}[)）]$")]
    private static partial Regex QualifiedName();

    [GeneratedRegex(@"^(?<name>\p{IsCJKUnifiedIdeographs}{2,6}?)[（(]?(?:[一二三四五六七八九十]|\d{1,2})[)）]?$")]
    private static partial Regex NumberedName();

    /// <summary>A header cell's name as columns are matched by: gaps between Chinese characters closed, no spaces, no closing colon.</summary>
    private static string NameOf(DualText cell) => TextShapes.CloseCjkGaps(cell.Folded).Replace(" ", "", StringComparison.Ordinal).TrimEnd(':');

    /// <summary>A column name joining a problem's and the measures' (反馈问题及整改措施, 存在问题和整改举措).</summary>
    private static bool IsProblemAndMeasures(string name) =>
        JoinedName().Match(name) is { Success: true } m
        && ColumnOf(DualText.Of(m.Groups["a"].Value)) == Column.Problem && ColumnOf(DualText.Of(m.Groups["b"].Value)) == Column.Measure;

    [GeneratedRegex(@"^(?<a>\p{IsCJKUnifiedIdeographs}{2,6}?)(?:及|和|与|、|/)(?<b>\p{IsCJKUnifiedIdeographs}{2,6})$")]
    private static partial Regex JoinedName();

    /// <summary>
    /// A cell holding the finding and its measures, each after its label (问题：…。措施：1.…；2.…): the finding (without its
    /// label) and the measures; the cell as the finding when no measures label stands in it.
    /// </summary>
    private static (DualText Problem, DualText Measures) PartProblemAndMeasures(DualText cell)
    {
        foreach (var at in FieldLabels.InlineStarts(cell))
        {
            if (!FieldLabels.TryMatch(cell.Slice(at, cell.Length - at), out var field) || field.Kind != FieldKind.Measures)
                continue;
            var problem = cell.Slice(0, at).Trim();
            if (FieldLabels.TryMatch(problem, out var opening) && opening.Kind == FieldKind.Problem)
                problem = opening.Value;
            return (problem.Trim(), field.Value.Trim());
        }
        return (FieldLabels.TryMatch(cell, out var only) && only.Kind == FieldKind.Problem ? only.Value : cell, DualText.Empty);
    }

    /// <summary>
    /// A column named in words of its own (问题序号, 督察反馈问题, 整改工作目标, 牵头责任单位, 具体整改措施): by the word it
    /// ends in, as a header's names do — 序号, 问题, 目标, 措施, 时限, 单位, 领导, 情况 —, units led or supported by 牵头
    /// or 配合 before it. Null when it ends in none.
    /// </summary>
    private static Column? ByLastWord(string name)
    {
        if (name.EndsWith("单位", StringComparison.Ordinal) || name.EndsWith("部门", StringComparison.Ordinal))
            return name.Contains("牵头", StringComparison.Ordinal) ? Column.LeadUnits
                : name.Contains("配合", StringComparison.Ordinal) || name.Contains("协办", StringComparison.Ordinal) ? Column.SupportUnits
                : Column.Units;
        foreach (var (ending, column) in WordEndings)
        {
            if (name.EndsWith(ending, StringComparison.Ordinal))
                return column;
        }
        return null;
    }

    private static readonly (string Ending, Column Column)[] WordEndings =
    [
        ("序号", Column.Number), ("编号", Column.Number), ("问题", Column.Problem), ("目标", Column.Target), ("措施", Column.Measure),
        ("举措", Column.Measure), ("时限", Column.Deadline), ("期限", Column.Deadline), ("领导", Column.Leaders), ("责任人", Column.Persons),
        ("完成情况", Column.Status), ("进展情况", Column.Status), ("整改情况", Column.Status), ("整改进展", Column.Status),
        ("整改状态", Column.Status), ("完成状态", Column.Status),
        // A column per month or quarter of what was done (1月进展 | 2月进展 | 一季度进展).
        ("进展", Column.Status),
    ];

    /// <summary>True when <paramref name="text"/> is one header cell: a column name standing alone.</summary>
    public static bool IsColumnName(DualText text) => text.Length <= 12 && ColumnOf(text) is not null;

    /// <summary>True when both name one column (责任 and 责任单位, 问题 and 问题描述).</summary>
    public static bool NameTheSameColumn(DualText a, DualText b) => ColumnOf(a) is { } column && ColumnOf(b) == column;

    /// <summary>True when the column name is 序号/编号.</summary>
    public static bool IsNumberColumn(DualText text) => ColumnOf(text) == Column.Number;

    /// <summary>True when the column names hold the problem or its measures.</summary>
    public static bool HasContentColumn(IEnumerable<DualText> names) => names.Select(ColumnOf).Any(c => c is Column.Problem or Column.Measure);

    /// <summary>Index of the measures column among header cells, or -1.</summary>
    public static int MeasureColumn(IReadOnlyList<DualText> names) => names.ToList().FindIndex(n => ColumnOf(n) == Column.Measure);

    private static readonly string[] SameAsAbove = ["同上", "〃", "”", "\""];

    /// <summary>A table row: its cells split on tabs or bars.</summary>
    public static bool IsRow(DualText text) => Cells(text).Count >= 3;

    /// <summary>Whether <paramref name="cells"/> name a problem list's columns as a header does, and its 序号 column (-1 for none).</summary>
    internal static (bool Header, int NumberColumn) HeaderOf(IReadOnlyList<string> cells) =>
        Map(DualText.Of(string.Join('\t', cells))) is { } map ? (true, map.GetValueOrDefault(Column.Number, -1)) : (false, -1);

    /// <summary>Finds a header row that names a problem or measure column and at least two others.</summary>
    public static int FindHeader(IReadOnlyList<ClassifiedLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var columns = Map(lines[i].Text);
            if (columns is not null)
                return i;
        }
        return -1;
    }

    /// <summary>
    /// The problems of the table headed at <paramref name="header"/>; <paramref name="after"/> receives the text after its
    /// last row as sections (a notice's closing words under 表后说明, the signature under 落款), which are no rows.
    /// </summary>
    public static IReadOnlyList<Problem> Read(IReadOnlyList<ClassifiedLine> lines, int header, List<Diagnostic> diagnostics, out IReadOnlyList<Section> after)
    {
        var columns = Map(lines[header].Text)!;
        var start = header + 1;
        // A header on two rows (责任单位 over 牵头单位 and 配合单位): the second row's names are its columns.
        if (start < lines.Count && SubHeader(lines[start].Text) is { Count: > 0 } sub)
        {
            if (sub.Keys.Any(c => c is Column.LeadUnits or Column.SupportUnits) && !sub.ContainsKey(Column.Units))
                columns.Remove(Column.Units);
            foreach (var (column, at) in sub)
                columns[column] = at;
            start++;
        }
        var numbered = columns.ContainsKey(Column.Number);
        var headerCells = Cells(lines[header].Text);
        var combined = columns.TryGetValue(Column.Problem, out var problemAt) && problemAt < headerCells.Count && IsProblemAndMeasures(NameOf(headerCells[problemAt]));
        // Measures in several columns side by side (具体措施一 | 具体措施二 | 具体措施三): each cell a measure, in order.
        var measureColumns = ColumnsNamed(headerCells, Column.Measure);
        var statuses = StatusColumns(headerCells);
        // Every number or code a problem's row gives it (序号 1, 问题编号 CH-01), by which a second table's rows name it.
        var numberColumns = ColumnsNamed(headerCells, Column.Number);
        var byKey = new Dictionary<string, ProblemBuilder>(StringComparer.Ordinal);
        var keyAt = -1;
        var loose = new List<int>();
        var builders = new List<ProblemBuilder>();
        ProblemBuilder? current = null;
        string? currentNumber = null;
        string? currentProblem = null;
        var rowDeadlines = new Dictionary<MeasureBuilder, string>();
        var rowLeadsAndSupport = new Dictionary<MeasureBuilder, (List<string> Leads, List<string> Support)>();
        var afterRepeatedHeader = false;
        HeadingStyle? lastMeasureStyle = null;
        (string Number, DualText Finding, int Line)? spanning = null;
        // A finding across the table with no row of fields below it (the next row another such finding, or none) is a
        // problem of its own all the same.
        void FieldlessSpanning()
        {
            if (spanning is not { } alone)
                return;
            current = new ProblemBuilder(alone.Number, alone.Finding, [], alone.Line);
            (currentNumber, currentProblem) = (alone.Number, alone.Finding.Original);
            builders.Add(current);
            spanning = null;
        }
        for (var i = start; i < lines.Count; i++)
        {
            var cells = Cells(lines[i].Text);
            // A finding in a row of its own across the table (1 | 反馈问题：…, its cell spanning the columns), its fields on the
            // row below: where the header names no problem column, or where the cell says it is the finding.
            if (keyAt < 0 && ProblemRow(cells, columns) is var (spanNumber, spanFinding))
            {
                FieldlessSpanning();
                spanning = (spanNumber, spanFinding, lines[i].Line);
                continue;
            }
            // A row that sums the table up (合计 | 共3项，已完成1项…) is none of its problems.
            if (cells.Count < 2 || cells.Where(c => !c.IsEmpty).Select(c => c.Folded).FirstOrDefault() is { } lead && TotalRow().IsMatch(lead))
            {
                loose.Add(i);
                continue;
            }
            // A signature printed across the table's width as its last row (会同县…领导小组办公室 | 2022年9月5日): a body's name
            // where a row's number stands, and nothing else but a date, is none of its problems.
            if (numbered && IsSignatureRow(cells, columns[Column.Number]))
            {
                loose.Add(i);
                continue;
            }
            // The header printed again at the top of each page (序号 | 反馈问题 | 整改目标 …) is no row. A header of other
            // columns, with no finding's and a column naming the problem (问题编号 | 措施序号 | 整改措施 | 责任单位 …: a
            // workbook's sheet of measures after its sheet of problems), heads rows that are measures of the problems above,
            // each of the one its number or code names.
            if (cells.All(c => c.IsEmpty || IsColumnName(c)) && Map(lines[i].Text) is { } again)
            {
                if (builders.Count > 0 && !again.ContainsKey(Column.Problem) && again.ContainsKey(Column.Measure)
                    && cells.FindIndex(c => ColumnOf(c) == Column.Number && NameOf(c).Contains("问题", StringComparison.Ordinal)) is >= 0 and var key)
                {
                    FieldlessSpanning();
                    (columns, keyAt, combined) = (again, key, false);
                    measureColumns = ColumnsNamed(cells, Column.Measure);
                    statuses = StatusColumns(cells);
                    diagnostics.Add(new(Severity.Info, lines[i].Line, "table-keyed-measures", $"a table of measures: each row's {cells[key].Original} names the problem above it belongs to"));
                    continue;
                }
                diagnostics.Add(new(Severity.Info, lines[i].Line, "table-header-repeated", "the table's header printed again (a new page's) left out"));
                afterRepeatedHeader = true;
                continue;
            }
            var pageContinued = afterRepeatedHeader;
            afterRepeatedHeader = false;
            // Lines between rows are none of the table's.
            foreach (var j in loose)
                diagnostics.Add(new(Severity.Warning, lines[j].Line, "table-row-unreadable", $"line in the table without columns: \"{TextShapes.Shorten(lines[j].Text.Original)}\"; ignored"));
            loose.Clear();
            DualText Cell(Column c) => columns.TryGetValue(c, out var at) && at < cells.Count ? cells[at] : DualText.Empty;
            // Several columns of what was done (调查核实情况, 是否属实, 处理和整改情况): each under its name.
            // A state's column marked (已完成 → √) says the state alone.
            bool Marked((string Name, int At) c) => IsMark(cells[c.At].Original) && StateColumns.Contains(NameOf(DualText.Of(c.Name)));
            DualText Progress() => statuses.Count < 2
                ? statuses.Count == 1 && statuses[0].At < cells.Count && Marked(statuses[0]) ? DualText.Of(statuses[0].Name) : Cell(Column.Status)
                : DualText.Of(string.Join("\n", statuses.Where(c => c.At < cells.Count && !cells[c.At].IsEmpty)
                    .Select(c => Marked(c) ? c.Name : $"{c.Name}：{cells[c.At].Original}")));

            if (keyAt >= 0)
            {
                var key = keyAt < cells.Count ? cells[keyAt].Folded.Trim() : "";
                if (!byKey.TryGetValue(key, out var named))
                {
                    diagnostics.Add(new(Severity.Warning, lines[i].Line, "table-row-unkeyed", $"a measure's row names problem \"{key}\", which the table above does not list; ignored"));
                    continue;
                }
                current = named;
            }
            var number = keyAt >= 0 ? current!.Label : Cell(Column.Number).Original;
            var problemText = Cell(Column.Problem);
            var rowLine = lines[i].Line;
            if (spanning is { } above && problemText.IsEmpty && (number.Length == 0 || number == above.Number))
            {
                (number, problemText, rowLine) = (above.Number, above.Finding, above.Line);
                current = null;
                spanning = null;
            }
            FieldlessSpanning();
            var combinedMeasures = DualText.Empty;
            if (combined)
                (problemText, combinedMeasures) = PartProblemAndMeasures(problemText);
            // 同上 in the problem cell continues the problem above, whatever the row's number (1｜…, 2｜同上｜…).
            var continues = current is not null
                && (keyAt >= 0 || SameAsAbove.Contains(problemText.Original)
                    || (number.Length == 0 || number == currentNumber) && (problemText.IsEmpty || problemText.Original == currentProblem));
            // A row without a number, in a table that numbers its rows, whose problem cell goes on where the one above stopped
            // mid-sentence (…存在违规养殖， / 影响麋鹿栖息地): the cells wrapped onto a row of their own. A table without a
            // 序号 column starts a problem on every row whose problem cell says something new.
            var wrapped = !continues && current is not null && numbered && number.Length == 0 && current.StopsMidSentence;
            if (wrapped)
            {
                current!.ContinueText(problemText);
                currentProblem += problemText.Original;
                continues = true;
            }
            if (!continues)
            {
                currentProblem = problemText.Original;
                currentNumber = number.Length > 0 ? number : (builders.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                current = new ProblemBuilder(currentNumber, problemText, [], rowLine);
                builders.Add(current);
                foreach (var at in numberColumns.Where(at => at < cells.Count && !cells[at].IsEmpty))
                    byKey.TryAdd(cells[at].Folded.Trim(), current);
                SetIfAny(current, FieldKind.Target, Cell(Column.Target));
                SetIfAny(current, FieldKind.Deadline, Cell(Column.Deadline));
                SetIfAny(current, FieldKind.LeadUnits, Cell(Column.LeadUnits));
                SetIfAny(current, FieldKind.SupportUnits, Cell(Column.SupportUnits));
                SetIfAny(current, FieldKind.Leaders, Cell(Column.Leaders));
                SetIfAny(current, FieldKind.Persons, Cell(Column.Persons));
                SetIfAny(current, FieldKind.Location, Cell(Column.Location));
                SetIfAny(current, FieldKind.Status, Progress());
            }
            else if (keyAt < 0 && Cell(Column.Deadline) is { IsEmpty: false } deadline && !current!.HasDeadline(deadline.Original))
            {
                // Rows of one problem with deadlines of their own: the problem's deadline lists them all, as printed.
                current.AppendField(FieldKind.Deadline, DualText.Of("；") + deadline);
            }
            // Rows of one problem with a status each (已完成复绿45亩 / 已建立): the problem's progress lists them all.
            if (continues && Progress() is { IsEmpty: false } status)
                current!.AppendField(FieldKind.Status, status);
            var measureCells = combined ? [combinedMeasures]
                : measureColumns.Count < 2 ? [Cell(Column.Measure)] : measureColumns.Where(at => at < cells.Count).Select(at => cells[at]).ToList();
            measureCells = measureCells.Where(c => !c.IsEmpty).ToList();
            // A row cut by a page break goes on under the header printed again, its number cell empty: the measures cell
            // goes on where the last measure stopped mid-sentence (5.建立污水 / 管网常态化…经费。6.加强…), then numbers on.
            if (pageContinued && continues && number.Length == 0 && measureCells is [var goesOn] && current!.Measures is [.., var cut] && cut.StopsMidSentence)
            {
                var (rest, further) = lastMeasureStyle is { } style && cut.Number is { } at ? MeasureText.SplitRun(goesOn, style, at) : (goesOn, []);
                cut.ContinueText(rest);
                current.Measures.AddRange(Numbered(further, lines[i].Line));
                diagnostics.Add(new(Severity.Info, lines[i].Line, "table-row-continued", "a row cut by a page break goes on below the header printed again: its measures cell read on from where it stopped"));
                continue;
            }
            if (measureCells.Count == 0)
            {
                // A list without a measures column (序号 反馈问题 整改目标 责任单位 …): the units are the problem's.
                if (Cell(Column.Units) is { IsEmpty: false } problemUnits)
                    current!.SetField(FieldKind.ResponsibleUnits, problemUnits);
                continue;
            }
            var cellMeasures = new List<MeasureBuilder>();
            foreach (var measureText in measureCells)
                cellMeasures.AddRange(MeasuresIn(measureText, current!.Measures.Count + cellMeasures.Count + 1, lines[i].Line, out lastMeasureStyle));
            var units = Cell(Column.Units);
            if (!units.IsEmpty)
            {
                var list = UnitListParser.Parse(units);
                foreach (var measure in cellMeasures)
                    measure.AddUnits(list.Units.Select(u => u.Name), firstLeads: false);
                // A keyed table's units are its measures' alone: the problem's were given in its own table.
                if (keyAt < 0)
                    current!.SetField(FieldKind.ResponsibleUnits, units);
            }
            else if (Cell(Column.LeadUnits) is var leadCell && Cell(Column.SupportUnits) is var supportCell && !(leadCell.IsEmpty && supportCell.IsEmpty))
            {
                // A later row's lead and supporting units (牵头单位 | 配合单位) are the problem's too (its first row's were read
                // with it); whose measures they are is decided once the problem's rows are all read.
                var rowUnits = (UnitListParser.Parse(leadCell).Units.Select(u => u.Name).ToList(), UnitListParser.Parse(supportCell).Units.Select(u => u.Name).ToList());
                cellMeasures.ForEach(m => rowLeadsAndSupport[m] = rowUnits);
                if (continues)
                {
                    SetIfAny(current!, FieldKind.LeadUnits, leadCell);
                    SetIfAny(current!, FieldKind.SupportUnits, supportCell);
                }
            }
            if (Cell(Column.Deadline) is { IsEmpty: false } rowDeadline)
                cellMeasures.ForEach(m => rowDeadlines[m] = rowDeadline.Original);
            current!.Measures.AddRange(cellMeasures);
        }
        FieldlessSpanning();
        if (builders is [var only] && loose.Count > 0)
            loose = FieldsBelow(lines, loose, only, diagnostics);
        after = After(lines, loose);
        foreach (var builder in builders)
        {
            // Every row of the problem with units of its own: each row's are its measures' (a row per measure, each with its
            // lead and supporting units). Units on the first row only span the problem's rows (a merged cell): its own.
            if (builder.Measures.Count > 0 && builder.Measures.All(rowLeadsAndSupport.ContainsKey))
            {
                foreach (var measure in builder.Measures)
                {
                    var (leads, support) = rowLeadsAndSupport[measure];
                    leads.ForEach(measure.AddLead);
                    measure.AddUnits(support, firstLeads: false);
                }
            }
            // A problem whose rows set deadlines of their own (2022年12月底前 / 2023年6月底前 / 长期坚持): each row's measures
            // keep theirs, as a measure's unit clause keeps its deadline (（完成时限：…）), where a measure's deadline is read.
            if (builder.Measures.Where(rowDeadlines.ContainsKey).Select(m => rowDeadlines[m]).Distinct().Count() > 1)
            {
                foreach (var measure in builder.Measures.Where(rowDeadlines.ContainsKey))
                    measure.AddDeadlineNote("完成时限：" + rowDeadlines[measure]);
            }
        }
        return builders.Select((b, k) => b.Build(k + 1, diagnostics)).ToList();
    }

    /// <summary>
    /// A table of one problem whose measures and account go on below it as labelled paragraphs (整改措施： / 一是… / 二是… /
    /// 整改完成情况：…), as a notice prints a one-row table and then what the row has no column for: those fields are the
    /// problem's. Read from the first line below the table while it is such a field or its text; the lines left (the
    /// notice period, the signature) are returned.
    /// </summary>
    private static List<int> FieldsBelow(IReadOnlyList<ClassifiedLine> lines, List<int> below, ProblemBuilder problem, List<Diagnostic> diagnostics)
    {
        FieldKind? field = null;
        var read = 0;
        foreach (var i in below)
        {
            var line = lines[i];
            if (line.Field is FieldKind.Measures or FieldKind.Status)
            {
                field = line.Field;
                if (field == FieldKind.Status)
                    problem.AddProgress(line.FieldLabel, line.FieldValue);
                else if (!line.FieldValue.IsEmpty)
                    AddMeasure(problem, line.FieldValue, line.Line);
            }
            else if (field is not null && line.Field is null && !SignsOff(line.Text.Folded))
            {
                if (field == FieldKind.Status)
                    problem.AddProgress(null, line.Text);
                else
                    AddMeasure(problem, line.Text, line.Line);
            }
            else
                break;
            read++;
        }
        if (read > 0)
            diagnostics.Add(new(Severity.Info, lines[below[0]].Line, "table-fields-below", $"{read} line(s) of fields below a table of one problem (整改措施：, 整改完成情况：) read as that problem's"));
        return below.Skip(read).ToList();
    }

    /// <summary>A paragraph of measures below a table: numbered (1.…；2.…), counted in words (一是…二是…, or 二是… alone), or one.</summary>
    private static void AddMeasure(ProblemBuilder problem, DualText text, int line)
    {
        if (Headings.Match(text) is null)
        {
            var counted = MeasureText.SplitEnumeration(text);
            if (counted.Items.Count > 0 && counted.LeadIn.IsEmpty)
            {
                foreach (var (ordinal, item) in counted.Items)
                    problem.Measures.Add(new(ordinal, problem.Measures.Count + 1, null, item, line));
                return;
            }
            if (MeasureText.LeadingCount(text) is var (alone, rest))
            {
                problem.Measures.Add(new(alone, problem.Measures.Count + 1, null, rest, line));
                return;
            }
        }
        problem.Measures.AddRange(MeasuresIn(text, problem.Measures.Count + 1, line, out _));
    }

    /// <summary>
    /// The measures of one cell or paragraph: several numbered ones run together (1.实施排口截污改造；2.建设调蓄池。) each a
    /// measure, one without a number numbered <paramref name="next"/>; <paramref name="style"/> is its numbering's, if any.
    /// </summary>
    private static List<MeasureBuilder> MeasuresIn(DualText text, int next, int line, out HeadingStyle? style)
    {
        var heading = Headings.Match(text);
        style = heading?.Style;
        var (first, more) = heading is null ? (text, []) : MeasureText.SplitRun(heading.Rest, heading.Style, heading.Number);
        return [new(heading?.Ordinal ?? "", heading?.Number ?? next, null, first, line), .. Numbered(more, line)];
    }

    private static IEnumerable<MeasureBuilder> Numbered(IEnumerable<(string Ordinal, int Number, DualText Text)> measures, int line) =>
        measures.Select(m => new MeasureBuilder(m.Ordinal, m.Number, null, m.Text, line));

    /// <summary>
    /// The finding of a row that holds it alone, spanning the table's columns after the row's number (1 | 反馈问题：…): a
    /// cell the header has no column for (it names none for the problem) or one that opens with the problem's label.
    /// </summary>
    private static (string Number, DualText Finding)? ProblemRow(List<DualText> cells, Dictionary<Column, int> columns)
    {
        var numberAt = columns.GetValueOrDefault(Column.Number, -1);
        var number = numberAt >= 0 && numberAt < cells.Count && cells.Count > 1 ? cells[numberAt].Original.Trim() : "";
        var filled = cells.Select((c, at) => (Cell: c, At: at)).Where(c => !c.Cell.IsEmpty && (c.At != numberAt || cells.Count == 1)).ToList();
        if (filled is not [var only] || columns.Count < 3 || only.Cell.Length < MinFindingLength)
            return null;
        // 反馈问题1：… — the row's number read into the label where the row was its number and a labelled cell.
        if (FieldLabels.TryMatch(only.Cell, out var field) && field.Kind == FieldKind.Problem && !field.Value.IsEmpty)
            return (number.Length > 0 ? number : field.Number ?? "", field.Value);
        return !columns.ContainsKey(Column.Problem) && number.Length > 0 ? (number, only.Cell) : null;
    }

    /// <summary>The shortest finding a row of its own holds (部分尾矿库存在渗漏隐患).</summary>
    private const int MinFindingLength = 8;

    /// <summary>A line of a signature: a date (2024年1月8日, 2024年1月) or bodies' names.</summary>
    private static bool SignsOff(string folded) => TextShapes.DateLine().IsMatch(folded) || TextShapes.MonthLine().IsMatch(folded) || Bodies(folded);

    /// <summary>One body's full name, or several on one line parted by runs of spaces (中共醴陵市委办公室　　醴陵市人民政府办公室).</summary>
    private static bool Bodies(string folded) =>
        folded.Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is { Length: > 0 } names && names.All(n => TextShapes.PlacedBody().IsMatch(n));

    /// <summary>
    /// The lines after a table's last row (<paramref name="trailing"/>) as sections: the signature at their end — bodies'
    /// names and a date on lines of their own — under 落款, what comes before it (欢迎社会各界监督。) under 表后说明.
    /// </summary>
    private static IReadOnlyList<Section> After(IReadOnlyList<ClassifiedLine> lines, List<int> trailing)
    {
        if (trailing.Count == 0)
            return [];
        var signature = trailing.Count;
        while (signature > 0 && SignsOff(lines[trailing[signature - 1]].Text.Folded))
            signature--;
        string Text(IEnumerable<int> at) => string.Join("\n", at.Select(j => lines[j].Text.Original));
        var sections = new List<Section>();
        if (signature > 0)
            sections.Add(new Section(1, "", "表后说明", Text(trailing.Take(signature)), lines[trailing[0]].Line, []));
        if (signature < trailing.Count)
            sections.Add(new Section(1, "", "落款", Text(trailing.Skip(signature)), lines[trailing[signature]].Line, []));
        return sections;
    }

    /// <summary>
    /// A row whose number cell holds words (more than <see cref="MaxNumberCell"/> characters: a body's name, not 1, （一） or
    /// HT-01) and whose other cells are empty or a date.
    /// </summary>
    private static bool IsSignatureRow(List<DualText> cells, int numberAt) =>
        numberAt < cells.Count && cells[numberAt].Length > MaxNumberCell && cells[numberAt].Folded.Any(c => c is >= '\u4e00' and <= '\u9fff')
        && cells.Where((c, at) => at != numberAt && !c.IsEmpty).All(c => TextShapes.DateLine().IsMatch(c.Folded.Trim()));

    /// <summary>The longest a row's number or code is (1, （十二）, XT2023-01).</summary>
    private const int MaxNumberCell = 12;

    private static void SetIfAny(ProblemBuilder builder, FieldKind kind, DualText value)
    {
        if (!value.IsEmpty)
            builder.SetField(kind, value);
    }

    /// <summary>The names and places of a header's columns of what was done (整改情况, 已完成 …).</summary>
    private static List<(string Name, int At)> StatusColumns(IReadOnlyList<DualText> header) =>
        header.Select((c, at) => (Name: c.Original, At: at)).Where(c => ColumnOf(DualText.Of(c.Name)) == Column.Status).ToList();

    /// <summary>The places of a header's cells that name <paramref name="column"/>.</summary>
    private static List<int> ColumnsNamed(IReadOnlyList<DualText> header, Column column) =>
        header.Select((c, at) => (Cell: c, At: at)).Where(c => ColumnOf(c.Cell) == column).Select(c => c.At).ToList();

    /// <summary>
    /// The columns a header's second row names (\t\t\t牵头单位\t配合单位 under 责任单位): a row of column names only, none of
    /// them a number or a problem; null for a row of anything else.
    /// </summary>
    private static Dictionary<Column, int>? SubHeader(DualText row)
    {
        var cells = Cells(row);
        if (cells.Count < 2)
            return null;
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (cells[i].IsEmpty)
                continue;
            if (ColumnOf(cells[i]) is not { } column || column is Column.Ignored or Column.Number or Column.Problem)
                return null;
            map.TryAdd(column, i);
        }
        return map;
    }

    private static Dictionary<Column, int>? Map(DualText header)
    {
        var cells = Cells(header);
        if (cells.Count < 3)
            return null;
        var map = new Dictionary<Column, int>();
        for (var i = 0; i < cells.Count; i++)
        {
            if (ColumnOf(cells[i]) is { } column && column != Column.Ignored)
                map.TryAdd(column, i);
        }
        var hasContent = map.ContainsKey(Column.Problem) || map.ContainsKey(Column.Measure);
        return hasContent && map.Count >= 3 ? map : null;
    }

    /// <summary>A row's cells, split on tabs or bars (a bar table may open and close each row with one); the line itself when it has one cell.</summary>
    internal static List<DualText> Cells(DualText text)
    {
        var separator = text.Folded.Contains('\t') ? '\t' : '|';
        var cells = new List<DualText>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i == text.Length || text.Folded[i] == separator)
            {
                cells.Add(text.Slice(start, i - start).Trim());
                start = i + 1;
            }
        }
        // A bar table may open and close each row with a bar.
        if (separator == '|' && cells.Count > 0 && cells[0].IsEmpty)
            cells.RemoveAt(0);
        if (separator == '|' && cells.Count > 0 && cells[^1].IsEmpty)
            cells.RemoveAt(cells.Count - 1);
        return cells.Count >= 2 ? cells : [text];
    }
}
