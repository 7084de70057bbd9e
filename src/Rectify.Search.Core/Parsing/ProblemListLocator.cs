namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Finds the problem list by its structure, not by its wording: problems are the numbered lines that are
/// directly followed by an opening field (整改目标, 责任领导, 牵头单位 …). The numbering style most such lines
/// share is the problem style; numbered lines of other styles are categories, sub-problems or measures.
/// </summary>
internal static class ProblemListLocator
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
            if (lines[i].Heading is { } h && Opens(lines, i))
            {
                votes[h.Style] = votes.GetValueOrDefault(h.Style) + 1;
                firstSeen.TryAdd(h.Style, i);
            }
        }
        if (votes.Count == 0)
            return null;
        var style = votes.OrderByDescending(v => v.Value).ThenBy(v => firstSeen[v.Key]).First().Key;
        if (votes[style] < minimumProblems)
            return null;

        var first = -1;
        for (var i = 0; i < lines.Count && first < 0; i++)
        {
            if (lines[i].Heading?.Style == style && (Opens(lines, i) || IsParentOfSubProblems(lines, i, style)))
                first = i;
        }
        return new ProblemListShape(WalkBackToListStart(lines, first, style), first, style);
    }

    /// <summary>
    /// The shape of a notice (整改情况公示, 验收销号公示, 自查自验 report) or a one-problem page: no numbered problems, but
    /// labelled fields of at least two kinds, one of them the problem, its target, deadline or measures. The problem
    /// starts at the first such field.
    /// </summary>
    public static ProblemListShape? LocateNotice(IReadOnlyList<ClassifiedLine> lines)
    {
        var fields = lines.Select((l, i) => (l.Field, Index: i)).Where(f => f.Field is { } k && k is not (FieldKind.Other or FieldKind.Status)).ToList();
        var kinds = fields.Select(f => f.Field!.Value).Distinct().ToList();
        if (kinds.Count < 2 || !kinds.Any(k => k is FieldKind.Problem or FieldKind.Target or FieldKind.Deadline or FieldKind.Measures))
            return null;
        var first = fields[0].Index;
        return new ProblemListShape(first, first, HeadingStyle.Cn, Notice: true);
    }

    /// <summary>The shape of a list given as a table: its rows start after the header, which stands after the list's title.</summary>
    public static ProblemListShape ForTable(IReadOnlyList<ClassifiedLine> lines, int header) =>
        new(WalkBackToListStart(lines, header, HeadingStyle.Arabic), header, HeadingStyle.Arabic);

    /// <summary>The line at <paramref name="index"/> is followed, past its own continuation paragraphs, by an opening field.</summary>
    public static bool Opens(IReadOnlyList<ClassifiedLine> lines, int index)
    {
        var next = NextStructural(lines, index);
        return next >= 0 && lines[next].Field is { } kind && FieldLabels.Opens(kind);
    }

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
