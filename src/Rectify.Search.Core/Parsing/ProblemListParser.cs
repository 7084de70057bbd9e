using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Walks the problem list line by line and builds problems, sub-problems and measures. Which numbered line is a
/// problem, a category, a sub-problem, a measure group or a measure is decided from the list's own shape
/// (see <see cref="ProblemListLocator"/>), never from its wording.
/// </summary>
internal sealed partial class ProblemListParser
{
    private readonly IReadOnlyList<ClassifiedLine> _lines;
    private readonly ProblemListShape _shape;
    private readonly List<Diagnostic> _diagnostics;
    private readonly List<ProblemBuilder> _problems = [];
    private readonly List<(HeadingStyle Style, string Text)> _categories = [];

    /// <summary>The numbering of a notice's labelled parts (一、 of 一、问题基本情况), once one is read.</summary>
    private HeadingStyle? _partStyle;

    private ProblemBuilder? _current;
    private (Heading Heading, string Text)? _parent;
    private FieldKind? _field;
    private bool _targetItems;
    private bool _inMeasures;
    private HeadingStyle? _measureStyle;
    private string? _group;
    private bool _groupIsUnit;
    private bool _firstUnitLeads;
    private bool _unitsAfterMeasures;
    private bool _inAttachment;
    private readonly List<Section> _extras = [];

    [GeneratedRegex(@"(无此项整改任务|无此项任务|不涉及此项|本地不涉及|不适用于我)")]
    private static partial Regex NotApplicable();

    [GeneratedRegex(@"^(以上|现将|现予|特此|如对|如有异议|公示期间|公示时间|公示期|公告期间|公告时间|公告期|对.{0,20}如有异议).{0,40}(公示|异议|监督|意见)|^公示(期|时间)(为|是)?\s*\d+\s*个?(工作日|自然日|日|天)|^(欢迎|敬请|恳请|请)(社会各界|广大群众|广大市民|社会公众|群众|市民).{0,12}(监督|关注)")]
    private static partial Regex NoticeClosing();

    /// <summary>A notice's own closing words (以上整改情况予以公示, 如对…有异议…, 欢迎社会各界监督): a paragraph of their own.</summary>
    internal static bool IsNoticeClosing(string folded) => NoticeClosing().IsMatch(folded);

    /// <summary>A notice's closing charge to those it is sent to (各单位要举一反三…; 各镇、各有关部门要…).</summary>
    [GeneratedRegex(@"^(下一步[，,])?各(有关|相关|责任|牵头|成员)?(单位|部门|地|镇|乡镇|街道|县市区|市州|区县|县区|设区市)(、[^，。]{1,10})*要")]
    private static partial Regex NoticeCharge();

    /// <summary>A notice's own next steps, after its last problem: 下一步，我区将…, 下步，全县将….</summary>
    [GeneratedRegex(@"^下一?步(工作)?\s*[，,:：]?\s*(我|全|本)(省|市|区|县|旗|州|盟|镇|乡|街道|局|委|办)将")]
    private static partial Regex NoticeNextSteps();

    /// <summary>A notice's own next steps (下一步，我区将…): a paragraph of their own.</summary>
    internal static bool IsNoticeNextSteps(string folded) => NoticeNextSteps().IsMatch(folded);

    /// <summary>A group title in brackets alone on its line (【赫山区】, [城区]): labels in brackets were read as fields before.</summary>
    [GeneratedRegex(@"^[【\[〖]\s*[^【】\[\]〖〗:;。，,]{1,20}?\s*[】\]〗]$")]
    private static partial Regex BracketGroup();

    [GeneratedRegex(@"^附\s*件\s*\d{0,2}\s*[:]?$")]
    private static partial Regex AttachmentNumberOnly();

    [GeneratedRegex(@"(局|委|办|厅|部|院|政府|中心|公司|管委会|分局|党委|党工委|办事处|街道|镇|乡|站|所|队|室)$")]
    private static partial Regex UnitEnding();

    private ProblemListParser(IReadOnlyList<ClassifiedLine> lines, ProblemListShape shape, List<Diagnostic> diagnostics)
    {
        _lines = lines;
        _shape = shape;
        _diagnostics = diagnostics;
    }

    public static IReadOnlyList<Problem> Parse(IReadOnlyList<ClassifiedLine> lines, ProblemListShape shape, List<Diagnostic> diagnostics) =>
        Parse(lines, shape, diagnostics, out _);

    /// <summary>Parses the list; <paramref name="extras"/> receives the notice furniture (公示期限, 联系电话 …) as sections.</summary>
    public static IReadOnlyList<Problem> Parse(IReadOnlyList<ClassifiedLine> lines, ProblemListShape shape, List<Diagnostic> diagnostics, out IReadOnlyList<Section> extras)
    {
        var parser = new ProblemListParser(lines, shape, diagnostics);
        parser.Walk();
        extras = parser._extras;
        return parser._problems.Select((p, i) => p.Build(i + 1, diagnostics, listed: shape.Listed)).ToList();
    }

    private void Walk()
    {
        for (var i = _shape.Start; i < _shape.FirstProblem; i++)
        {
            // Before the first problem only category headings matter; titles, 附件 and the list's introduction do not.
            // (A notice's problems are fields, not numbered lines: any numbered title above its first is a category.)
            if (_lines[i].Heading is { } category && (category.Style != _shape.ProblemStyle || _shape.Notice) && category.IsTitleOnly)
                PushCategory(category.Style, i);
            else if (_lines[i].Kind == LineKind.Plain && BracketGroup().IsMatch(_lines[i].Text.Folded))
                PushCategory(HeadingStyle.Bracketed, i);
            // A progress report's group title read as a bare problem label (一、中央生态环境保护督察反馈问题).
            else if (_shape.Progress && _lines[i] is { Field: FieldKind.Problem, FieldValue.IsEmpty: true } && Headings.Match(_lines[i].Text) is { } group && group.Style != _shape.ProblemStyle)
                PushCategory(group.Style, i);
        }
        if (_shape.Notice)
            StartProblem(NumberedLabel(_shape.FirstProblem), DualText.Empty, _shape.FirstProblem, CategoryTexts());
        for (var i = _shape.FirstProblem; i < _lines.Count; i++)
        {
            var line = _lines[i];
            if (!_shape.Notice && _problems.Count > 0 && TextShapes.IsAttachmentMarker(line.Text.Folded))
            {
                _inAttachment = !AttachmentHoldsProblems(i);
                if (_inAttachment)
                {
                    // 附件2 整改工作责任分工 after the list: an attachment of the plan's own, not the last problem's text.
                    EndProblem();
                    _parent = null;
                    var label = line.Text.Original;
                    // A bare 附件2 printed above its title: the title names the section.
                    if (AttachmentNumberOnly().IsMatch(line.Text.Folded) && i + 1 < _lines.Count && _lines[i + 1] is { Kind: LineKind.Plain } title
                        && IsShortTitle(title.Text))
                        label = $"{label} {_lines[++i].Text.Original}";
                    StartExtra(label, DualText.Empty, i);
                    continue;
                }
            }
            if (_inAttachment)
            {
                OnPlain(line.Text, i);
                continue;
            }
            if (!_shape.Notice && _problems.Count > 0 && line.Kind == LineKind.Plain && BracketGroup().IsMatch(line.Text.Folded))
            {
                // 【资阳区】 after the problems of 【赫山区】: the next group, not a line of the last measure.
                EndProblem();
                _parent = null;
                PushCategory(HeadingStyle.Bracketed, i);
                continue;
            }
            switch (line.Kind)
            {
                case LineKind.Heading:
                    OnHeading(line.Heading!, i);
                    break;
                case LineKind.Field:
                    OnField(line, i);
                    break;
                case LineKind.UnitBracket:
                    OnMeasurePlain(line.Text, i);
                    break;
                default:
                    OnPlain(line.Text, i);
                    break;
            }
        }
    }

    /// <summary>
    /// The part headed at <paramref name="heading"/> lists problems: a line before the next heading of its
    /// <paramref name="style"/> opens one.
    /// </summary>
    private bool PartHoldsProblems(int heading, HeadingStyle style) =>
        OpensAProblem(heading, j => _lines[j].Heading?.Style == style, parents: false);

    /// <summary>
    /// The attachment announced at <paramref name="marker"/> lists problems of its own: one of its numbered lines, before
    /// the next attachment, opens a problem. A later attachment that does not (整改工作责任分工, 联系人名单) is no part of the list.
    /// </summary>
    private bool AttachmentHoldsProblems(int marker) =>
        OpensAProblem(marker, j => TextShapes.IsAttachmentMarker(_lines[j].Text.Folded), parents: true);

    /// <summary>
    /// A numbered line after <paramref name="start"/>, before the line where <paramref name="ends"/>, opens a problem (or,
    /// with <paramref name="parents"/>, heads sub-problems in the problems' numbering).
    /// </summary>
    private bool OpensAProblem(int start, Func<int, bool> ends, bool parents)
    {
        for (var j = start + 1; j < _lines.Count && !ends(j); j++)
        {
            if (_lines[j].Heading is { } h && (ProblemListLocator.Opens(_lines, j, _shape)
                || parents && h.Style == _shape.ProblemStyle && ProblemListLocator.IsParentOfSubProblems(_lines, j, _shape.ProblemStyle)))
                return true;
        }
        return false;
    }

    private void OnHeading(Heading h, int i)
    {
        // A title over the next problem's finding is that problem's heading, its category — not a line of the last one's
        // account nor a measure of it: notices one after another, each headed by its title (二、部分建筑工地扬尘治理不到位问题)
        // over its numbered labels ((一)问题描述 alone); a title over the next labelled finding (（二）关于…问题 over
        // 【问题描述】…) after the last problem's measures numbered otherwise (① ② ③).
        if (h.IsTitleOnly && ProblemListLocator.NextStructural(_lines, i) is >= 0 and var below && _lines[below] is { Field: FieldKind.Problem } following
            && (_shape.Notice && following.FieldValue.IsEmpty && Headings.Match(following.Text) is { } label && label.Style != h.Style
                || _inMeasures && h.Style != _measureStyle && !following.FieldValue.IsEmpty && !(h.Style == _shape.ProblemStyle && ProblemListLocator.Opens(_lines, i, _shape))))
        {
            ResetMeasures();
            _field = null;
            PushCategory(h.Style, i);
            return;
        }
        // A notice told in numbered parts (一、问题基本情况 二、整改情况): a title numbered like them (三、工作要求) is a part
        // of its own, not a line of the one before.
        if (_shape.Notice && h.IsTitleOnly && h.Style == _partStyle)
        {
            ResetMeasures();
            StartExtra(h.Rest.TrimEnd(":;。").Original, DualText.Empty, i);
            return;
        }
        // Numbered lines inside a status or contact field (（一）关于第1项整改措施落实情况…) are its text — unless the
        // line opens the next problem, or is a title numbered like a part above the problems (三、下一步工作 after 二、具体
        // 问题整改情况 and its problems).
        if (_field is FieldKind.Status or FieldKind.Other && (_shape.Notice || !ProblemListLocator.Opens(_lines, i, _shape)) && !HeadsProgressGroup(h, i)
            && (_shape.Notice || !NumberedLikeAPartAbove(h)))
        {
            OnPlain(_lines[i].Text, i);
            return;
        }
        // 任务1-1 (措施1-1) under problem 1 (after its 整改目标), whether numbered 1、 or labelled 问题1: the problem's tasks,
        // its measures, though no 整改措施 opens them.
        if (!_inMeasures && h.Parent is { } parentNumber && _current is { Measures.Count: 0 } problem && problem.IsNumbered(parentNumber))
        {
            ResetMeasures();
            _field = FieldKind.Measures;
            _inMeasures = true;
            OnMeasureHeading(h, i);
            return;
        }
        if (_shape.Notice)
        {
            // 二、保障措施 after the last problem, under 一、主要问题及整改措施 above the first: the document's next part, not a
            // group of that problem's measures.
            if (h.IsTitleOnly && NextPartAfterTheListsHeading(h))
            {
                ResetMeasures();
                StartExtra(h.Rest.TrimEnd(":;。").Original, DualText.Empty, i);
                return;
            }
            if (_inMeasures)
                OnMeasureHeading(h, i);
            else if (h.IsTitleOnly)
                StartExtra(h.Rest.TrimEnd(":;。").Original, DualText.Empty, i);
            else
                OnPlain(_lines[i].Text, i);
            return;
        }
        var opens = ProblemListLocator.Opens(_lines, i, _shape);
        var isProblemStyle = h.Style == _shape.ProblemStyle;
        // Measures numbered as the problems are (1. under 整改措施： in a list whose problems are 1. 2.): the numbering
        // starts again at 1 under the label, and no field follows the line.
        var isMeasureOfSameStyle = _inMeasures && (_measureStyle == h.Style || _measureStyle is null && h.Number == 1 && _current is { Measures.Count: 0 } && !opens);

        if (isProblemStyle && (opens || !isMeasureOfSameStyle))
        {
            if (!opens && ProblemListLocator.IsParentOfSubProblems(_lines, i, _shape.ProblemStyle))
            {
                EndProblem();
                _parent = (h, _lines[i].Text.Original);
                return;
            }
            // A progress report's finding told with its account (…扬尘污染问题。已责令企业…): the account is its progress.
            if (_shape.Progress && ProblemListLocator.FindingAndAccount(h.Rest) is ({ } finding, { } account))
            {
                StartProblem(h.Ordinal, finding, i, CategoryTexts());
                _current!.AddProgress(null, account);
                _field = FieldKind.Status;
            }
            else
            {
                StartProblem(h.Ordinal, h.Rest, i, CategoryTexts());
            }
            _parent = null;
            return;
        }
        if (opens)
        {
            if (_parent is { } parent)
            {
                StartProblem($"{parent.Heading.Ordinal}（{h.Ordinal.Trim('（', '）')}）", h.Rest, i, [.. CategoryTexts(), parent.Text]);
            }
            else
            {
                _diagnostics.Add(new(Severity.Warning, _lines[i].Line, "problem-style-mixed",
                    $"\"{h.Ordinal}\" opens a problem but is numbered unlike the list's other problems; kept as a problem"));
                StartProblem(h.Ordinal, h.Rest, i, CategoryTexts());
            }
            return;
        }
        // Numbered like a category above (二、 after 一、整改任务, （二）水污染防治方面 after （一）大气…): the next category when
        // problems follow it, else (二、保障措施 after the last problem) a part of the plan's own — never a group of the
        // last problem's measures.
        if (NumberedLikeAPartAbove(h))
        {
            EndProblem();
            _parent = null;
            if (PartHoldsProblems(i, h.Style))
            {
                PushCategory(h.Style, i);
                return;
            }
            _categories.Clear();
            StartExtra(h.Rest.TrimEnd(":;。").Original, DualText.Empty, i);
            return;
        }
        // 整改目标： alone on its line, then 1.…； 2.…: the target's items, not measures, up to the next label.
        if (!_inMeasures && _field == FieldKind.Target && _current is { } targeted && (_targetItems || !targeted.HasTarget))
        {
            targeted.AppendField(FieldKind.Target, _lines[i].Text);
            _targetItems = true;
            return;
        }
        if (_inMeasures)
        {
            OnMeasureHeading(h, i);
            return;
        }
        // （一）…风险（2022年底前完成） / 责任单位：… / 1）… 2）…: items numbered from 1 after the problem's fields, in a style
        // of their own, are its measures, though no 整改措施 opens them — the fields may close the finding's own line (1.…。
        // （市住建局牵头…；2024年底前完成））; so is ①…（责任单位：…；完成时限：…） right under its finding.
        if (_current is { Measures.Count: 0 } && h.Number == 1 && h.Style != _shape.ProblemStyle
            && (FieldLabels.ClosesWithUnitsAndDeadline(h.Rest) || (_field is not (null or FieldKind.Problem) || _field is null && _current.HasFields)
                && ProblemListLocator.NextStructural(_lines, i) is var next && next >= 0 && _lines[next].Heading is { Number: 2 } second && second.Style == h.Style))
        {
            ResetMeasures();
            _field = FieldKind.Measures;
            _inMeasures = true;
            OnMeasureHeading(h, i);
            return;
        }
        if (h.IsTitleOnly)
        {
            EndProblem();
            _parent = null;
            PushCategory(h.Style, i);
            return;
        }
        OnPlain(_lines[i].Text, i);
    }

    /// <summary>
    /// In a progress report, a title above the next findings (二、省级生态环境保护督察反馈问题, then （一）…) after the last one's
    /// progress: a category of the findings below, not a line of that progress.
    /// </summary>
    private bool HeadsProgressGroup(Heading h, int i)
    {
        if (!_shape.Progress || h.Style == _shape.ProblemStyle || !h.IsTitleOnly)
            return false;
        var next = ProblemListLocator.NextStructural(_lines, i);
        return next >= 0 && _lines[next].Heading?.Style == _shape.ProblemStyle && ProblemListLocator.Opens(_lines, next, _shape);
    }

    private void OnField(ClassifiedLine line, int i)
    {
        if (_shape.Notice && Headings.Match(line.Text) is { } part)
            _partStyle = part.Style;
        var kind = line.Field!.Value;
        var value = line.FieldValue;
        // A progress report's heading numbered above its problems: 二、省级生态环境保护督察反馈问题 is a category of the
        // findings below it; 三、下一步工作打算 a section of the report's, not the last problem's.
        var numbered = _shape.Progress ? Headings.Match(line.Text) : null;
        if (numbered is not null && numbered.Style != _shape.ProblemStyle && kind == FieldKind.Problem && line.FieldValue.IsEmpty)
        {
            EndProblem();
            _parent = null;
            _field = null;
            PushCategory(numbered.Style, i);
            return;
        }
        if (kind == FieldKind.CaseNumber)
        {
            // 交办编号：X430000202305120031 over 反映问题：…: the case the next problem answers, after the last one's account.
            if (_shape.Notice && _current is { } last && (last.HasText || last.HasProgress))
                StartProblem("", DualText.Empty, i, CategoryTexts());
            _current?.SetLabelNumber(line.FieldLabel!, value.Trim().Original);
            ResetMeasures();
            _field = null;
            return;
        }
        if (kind == FieldKind.Other || numbered is not null && numbered.Style != _shape.ProblemStyle)
        {
            ResetMeasures();
            StartExtra(line.FieldLabel!, value, i);
            return;
        }
        if (_current is null)
        {
            _diagnostics.Add(new(Severity.Warning, _lines[i].Line, "field-outside-problem",
                $"field {_lines[i].FieldLabel} stands before any problem heading; ignored"));
            return;
        }
        if (kind == FieldKind.Status)
        {
            ResetMeasures();
            _current.AddProgress(line.FieldLabel, value);
            _field = kind;
            return;
        }
        if (_inMeasures && (FieldLabels.IsUnits(kind) || kind is FieldKind.Deadline or FieldKind.Persons) && AfterMeasure(i) is { } measure)
        {
            // Fields written after each measure, on their own lines: they belong to that measure.
            if (FieldLabels.IsUnits(kind))
                ApplyUnits(measure, UnitListParser.Parse(value));
            else
                measure.AppendText(_lines[i].Text);
            _unitsAfterMeasures = true;
            return;
        }
        if (kind == FieldKind.Problem && _shape.Notice && _current.HasText && _field != FieldKind.Problem)
        {
            // A notice of several problems, each a run of fields (反馈问题…整改目标…整改措施…, then 反馈问题 again): the
            // problem's label after other fields opens the next one.
            StartProblem(NumberedLabel(i), DualText.Empty, i, CategoryTexts());
        }
        if (kind == FieldKind.Problem && line.FieldNumber is { } no)
            _current!.SetLabelNumber(line.FieldLabel!, no);
        _current.SetField(kind, value);
        ResetMeasures();
        _field = kind;
        _inMeasures = kind == FieldKind.Measures;
        if (_inMeasures && !value.IsEmpty)
        {
            if (Headings.Match(value) is { } h)
                OnMeasureHeading(h, i);
            else
                OnMeasurePlain(value, i);
        }
    }

    private void OnPlain(DualText text, int i)
    {
        // A finding, then its measures counted 一是…二是… with no label before them, then its units or deadline: its
        // measures (failings counted so before a 整改目标 stay the finding's).
        if (!_shape.Notice && !_shape.Progress && _field is null && !_inMeasures && _current is { HasFields: false, Measures.Count: 0, StopsMidSentence: false }
            && ProblemListLocator.CountedMeasures(text) && ProblemListLocator.NextStructural(_lines, i) is var next && next >= 0
            && _lines[next].Field is { } closing && (FieldLabels.IsUnits(closing) || closing == FieldKind.Deadline))
        {
            _inMeasures = true;
            _field = FieldKind.Measures;
            OnMeasurePlain(text, i);
            return;
        }
        var fieldHasText = _field switch
        {
            FieldKind.Other => _extras.Count > 0 && _extras[^1].Text.Length > 0,
            FieldKind.Status => _current?.HasProgress == true,
            _ => false,
        };
        if (_shape.Notice && fieldHasText && _extras.Count > 0 && _extras[^1].Heading == Signature && TextShapes.IsNoticeTitle(text.Folded))
        {
            // Notices printed one after another: the next one's title after the last one's signature.
            StartExtra(text.Original, DualText.Empty, i);
            return;
        }
        if (_field is { } open && (open is FieldKind.Target or FieldKind.Deadline or FieldKind.CompletedAt or FieldKind.Leaders or FieldKind.Persons || FieldLabels.IsUnits(open))
            && !TextShapes.DateLine().IsMatch(text.Folded) && !TextShapes.MonthLine().IsMatch(text.Folded) && SignsTheDocument(i))
        {
            // A deadline, a target, units or leaders, then the bodies that sign and the date that closes the document: its
            // signature, no part of the field (整改时限：2023年6月底前 / 湖州市…办公室 / 2022年9月28日). A date alone
            // after the label is its value (整改时限： / 2023年12月31日), not a signature.
            _extras.Add(new Section(1, "", Signature, text.Original, _lines[i].Line, []));
            _field = FieldKind.Other;
            return;
        }
        if (fieldHasText && _lines[i].Heading is null && (i >= _lines.Count - SignatureLines || SignsAboveDate(text, i)) && IsSignature(text))
        {
            // The issuer and date that close a notice sign it; they are not part of its last contact or status line (a
            // numbered heading there, 三、下一步工作, signs nothing).
            if (_extras.Count == 0 || _extras[^1].Heading != Signature)
                _extras.Add(new Section(1, "", Signature, "", _lines[i].Line, []));
            _field = FieldKind.Other;
        }
        if (_field == FieldKind.Other && _extras.Count > 0)
        {
            var last = _extras[^1];
            if (last.Text.Length == 0 && _extras.Count > 1 && _extras[^2].Heading == last.Heading && _extras[^2].Text.Length == 0)
                _extras.RemoveAt(_extras.Count - 1);
            _extras[^1] = last with { Text = last.Text.Length == 0 ? text.Original : last.Text + "\n" + text.Original };
            return;
        }
        if ((_field is { } field && field is not (FieldKind.Problem or FieldKind.Measures) || _shape.Progress && _field is null) && NoticeClosing().IsMatch(text.Folded))
        {
            // 以上整改情况向社会公示，如有异议…: the notice's own closing words, not the problem's progress, its units (a notice
            // whose problems end with 责任单位：…) or any other field of it (nor, after a finding listed alone, its text).
            StartExtra("公示说明", text, i);
            return;
        }
        if ((_field is FieldKind.Status || _field is not (null or FieldKind.Problem or FieldKind.Measures) && LastListed(i)) && NoticeCharge().IsMatch(text.Folded))
        {
            // 各单位要举一反三…: what a 通报 asks of those it is sent to, after its last problem — after its progress, or after
            // its deadline or units when nothing numbered follows (各责任单位要按照方案明确的…, closing plans one per problem).
            StartExtra("工作要求", text, i);
            return;
        }
        if (_current is not null && _field is not (null or FieldKind.Problem or FieldKind.Measures) && AfterBlankLine(i) && IsShortTitle(text)
            && ProblemListLocator.NextStructural(_lines, i) is >= 0 and var below && _lines[below].Field == FieldKind.Problem)
        {
            // A title alone after a blank line, over the next problem's labelled finding (表2　…问题整改台账 over 反馈问题：…; a plan
            // per problem, …问题整改方案 over 一、问题概况): that problem's heading, as the first one's is, not a line of the
            // last problem's progress or deadline.
            ResetMeasures();
            _field = null;
            return;
        }
        if (_field is FieldKind.Status && NoticeNextSteps().IsMatch(text.Folded) && LastListed(i))
        {
            // 下一步，我区将…, after the last problem's progress: what the notice's issuer will do next, not that problem's.
            StartExtra("下一步工作", text, i);
            return;
        }
        if (_field == FieldKind.Status && _current is not null)
        {
            _current.AddProgress(null, text);
            return;
        }
        if (_inMeasures)
            OnMeasurePlain(text, i);
        else if (_current is not null && _field is { } kind)
            _current.AppendField(kind, text);
        else if (_current is not null)
            _current.AppendText(text);
        else
            _diagnostics.Add(new(Severity.Warning, _lines[i].Line, "text-outside-problem", $"text inside the problem list but outside any problem: \"{TextShapes.Shorten(text.Original)}\""));
    }

    private void OnMeasureHeading(Heading h, int i)
    {
        if (IsGroupHeading(h, i))
        {
            _group = h.Rest.TrimEnd("。:").Original;
            _groupIsUnit = UnitEnding().IsMatch(h.Rest.Folded) && h.Rest.Length <= MaxUnitNameLength;
            _measureStyle = null;
            return;
        }
        var current = CurrentGroupMeasures();
        if (h.Style == HeadingStyle.ArabicBare && h.Number != (current.LastOrDefault()?.Number ?? 0) + 1)
        {
            OnMeasurePlain(_lines[i].Text, i);
            return;
        }
        if (_measureStyle is { } style && style != h.Style && current.Count > 0)
        {
            // A differently numbered line under a measure is a sub-item of that measure.
            current[^1].AppendText(_lines[i].Text);
            return;
        }
        _measureStyle = h.Style;
        var (first, more) = MeasureText.SplitRun(h.Rest, h.Style, h.Number);
        AddMeasure(h.Ordinal, h.Number, MeasureText.Split(first), i);
        foreach (var (ordinal, number, text) in more)
            AddMeasure(ordinal, number, MeasureText.Split(text), i);
    }

    /// <summary>
    /// The measure a field line written under it belongs to: the line follows a measure and is followed by the next
    /// measure (or, once the plan has shown this habit, by anything); null when the field is the problem's own.
    /// </summary>
    private MeasureBuilder? AfterMeasure(int i)
    {
        var current = CurrentGroupMeasures();
        if (current.Count == 0 || current[^1].Ordinal.Length == 0)
            return null;
        if (_unitsAfterMeasures)
            return current[^1];
        var next = ProblemListLocator.NextStructural(_lines, i);
        while (next >= 0 && _lines[next].Kind == LineKind.Field && _lines[next].Field is { } k && (FieldLabels.IsUnits(k) || k is FieldKind.Deadline or FieldKind.Persons))
            next = ProblemListLocator.NextStructural(_lines, next);
        return next >= 0 && _lines[next].Heading is { } h && h.Style == _measureStyle && h.Number == (current[^1].Number ?? 0) + 1 ? current[^1] : null;
    }

    /// <summary>
    /// <paramref name="h"/> is numbered after the heading that stands over a notice's first problem (二、 after 一、主要问题
    /// 及整改措施), with no other heading between that one and the first problem.
    /// </summary>
    private bool NextPartAfterTheListsHeading(Heading h)
    {
        for (var j = Math.Min(_shape.FirstProblem, _lines.Count) - 1; j >= 0; j--)
        {
            if (_lines[j] is { Heading: { } above, Field: null })
                return above.IsTitleOnly && above.Style == h.Style && h.Number > above.Number;
        }
        return false;
    }

    /// <summary>
    /// A title numbered like a part the problems stand under (三、下一步工作 after 二、具体问题整改情况 and its problems), or in
    /// a numbering that ranks above the problems' where none was seen (三、保障措施 after （八） in a copy that starts at
    /// item （六）: its parts were on the pages left out) when it reads as a part's name — a few words, no clause of an
    /// account (一、已检查建筑工地82个，责令整改17个；).
    /// </summary>
    private bool NumberedLikeAPartAbove(Heading h) =>
        h.IsTitleOnly && _problems.Count > 0 && (_categories.Any(c => c.Style == h.Style)
            || h.Style.RanksAbove(_shape.ProblemStyle) && h.Rest.Length <= MaxPartNameLength && h.Rest.Folded.IndexOfAny(ClauseMarks) < 0);

    /// <summary>The longest part's name (三、保障措施, 四、工作要求, 五、加强组织领导和督促检查) read without a part above it.</summary>
    private const int MaxPartNameLength = 16;

    private static readonly char[] ClauseMarks = [',', '，', ';', '；', '、', ':', '：'];

    private const string Signature = "落款";

    /// <summary>A group heading names a unit (（一）县发改局) in a few words; longer, it is a topic.</summary>
    private const int MaxUnitNameLength = 20;

    /// <summary>An issuer signing a notice (岳阳市住房和城乡建设局) is a short line; a longer one is text.</summary>
    private const int MaxSignatureLength = 30;

    /// <summary>A group heading among measures (（一）农药减量) is a short phrase; a longer one is a measure.</summary>
    private const int MaxGroupHeadingLength = 25;

    /// <summary>A line shaped as a title: short, and not ending as a sentence or a clause does.</summary>
    private static bool IsShortTitle(DualText text) => text.Length <= MaxGroupHeadingLength && !TextShapes.Terminal.Contains(text.Folded[^1]);

    /// <summary>How many closing lines may sign a document (issuer, date, a second issuer).</summary>
    private const int SignatureLines = 4;

    /// <summary>
    /// Line <paramref name="i"/> and every line after it sign the document: a few short lines, the last of them a date
    /// (中共五莲县委办公室 / 五莲县人民政府办公室 / 二〇二一年十一月二十五日), or, undated, bodies' full names alone.
    /// </summary>
    private bool SignsTheDocument(int i)
    {
        // The date may be followed by the closing matter a document prints under its signature: （此件主动公开）, 抄送：….
        var end = _lines.Count;
        while (end > i && ClosingMatter().IsMatch(_lines[end - 1].Text.Folded))
            end--;
        if (end <= i || i < end - SignatureLines)
            return false;
        var date = _lines[end - 1].Text.Folded;
        if (!TextShapes.DateLine().IsMatch(date) && !TextShapes.MonthLine().IsMatch(date))
            // Undated: bodies' full names alone on the last lines (中共黄骅市委办公室 / 黄骅市人民政府办公室).
            return Enumerable.Range(i, end - i).All(k => _lines[k].Heading is null && TextShapes.PlacedBody().IsMatch(_lines[k].Text.Folded));
        for (var k = i; k < end; k++)
        {
            if (!IsSignature(_lines[k].Text) || _lines[k].Heading is not null)
                return false;
        }
        return true;
    }

    /// <summary>What a document prints under its signed date: （此件主动公开）, 抄送：…, 印发：….</summary>
    [GeneratedRegex(@"^(\(\s*此件[^)]{0,12}\)|抄送\s*:|抄报\s*:|印发\s*:|[^,。;]{0,30}印发$)")]
    private static partial Regex ClosingMatter();

    /// <summary>A body signing above its date (宁远县…办公室 / 2022年11月8日), where another notice may follow on the same page.</summary>
    private bool SignsAboveDate(DualText text, int i) =>
        TextShapes.PlacedBody().IsMatch(text.Folded) && i + 1 < _lines.Count && TextShapes.ParseDateLine(_lines[i + 1].Text.Folded) is not null;

    private static bool IsSignature(DualText text) =>
        TextShapes.DateLine().IsMatch(text.Folded) || (text.Length <= MaxSignatureLength && !TextShapes.Terminal.Contains(text.Folded[^1]) && !text.Folded.Contains('。'));

    /// <summary>A blank line stands between line <paramref name="i"/> and the line before it.</summary>
    private bool AfterBlankLine(int i) => i > 0 && _lines[i].Line > _lines[i - 1].Line + 1;

    /// <summary>True when no numbered line follows line <paramref name="i"/>: what stands there closes the list.</summary>
    private bool LastListed(int i) => !_lines.Skip(i + 1).Any(l => l.Heading is not null);

    private void StartExtra(string label, DualText value, int i)
    {
        // 五、公示期限 followed by 公示期限：… is one field printed as a heading and again as a label.
        if (_extras.Count > 0 && _extras[^1].Heading == label && _extras[^1].Text.Length == 0)
            _extras.RemoveAt(_extras.Count - 1);
        _field = FieldKind.Other;
        _extras.Add(new Section(1, "", label, value.Original, _lines[i].Line, []));
    }

    private void OnMeasurePlain(DualText text, int i)
    {
        if (_current is null)
            return;
        if (SignsTheDocument(i))
        {
            // The issuer and date that close a plan sign it; they are no part of its last measure.
            _extras.Add(new Section(1, "", Signature, text.Original, _lines[i].Line, []));
            _field = FieldKind.Other;
            _inMeasures = false;
            return;
        }
        if (NotApplicable().IsMatch(text.Folded))
        {
            _current.NotApplicableNote = text.TrimEnd("。").Original;
            return;
        }
        var current = CurrentGroupMeasures();
        var parts = MeasureText.Split(text);
        if (parts.Body.IsEmpty)
        {
            if (parts.Units is { } onlyUnits && current.Count > 0)
                ApplyUnits(current[^1], onlyUnits);
            else
                _diagnostics.Add(new(Severity.Warning, _lines[i].Line, "unit-clause-without-measure", $"\"{TextShapes.Shorten(text.Original)}\" names units but no measure precedes it; ignored"));
            return;
        }
        if (current.Count > 0 && !current[^1].StopsMidSentence && NoticeCharge().IsMatch(text.Folded) && LastListed(i))
        {
            // 各责任单位要于每月25日前报送…, after the last problem's last measure: the plan's charge to its units, not a measure.
            StartExtra("工作要求", text, i);
            _inMeasures = false;
            return;
        }
        if (current.Count > 0 && current[^1].Ordinal.Length > 0)
        {
            // A numbered measure broken mid-sentence (…淘汰光催化、低温等离子等低效设 / 施。) goes on where it stopped.
            if (current[^1].StopsMidSentence)
                current[^1].ContinueText(parts.Body);
            else
                current[^1].AppendText(parts.Body);
            if (parts.Units is { } u)
                ApplyUnits(current[^1], u);
            return;
        }
        var (leadIn, items) = MeasureText.SplitEnumeration(parts.Body);
        if (items.Count > 0)
        {
            var saved = _group;
            if (!leadIn.IsEmpty)
                _group = leadIn.Original;
            // A unit clause after the last item belongs to the whole paragraph, so to every item.
            for (var k = 0; k < items.Count; k++)
                AddMeasure(items[k].Ordinal, k + 1, parts with { Body = items[k].Text }, i);
            _group = saved;
            return;
        }
        AddMeasure("", null, parts, i);
    }

    private void AddMeasure(string ordinal, int? number, MeasureParts parts, int i)
    {
        var measure = new MeasureBuilder(ordinal, number, _group, parts.Body, _lines[i].Line);
        if (parts.Units is { } units)
            ApplyUnits(measure, units);
        else if (_groupIsUnit && _group is not null)
            measure.AddUnits([_group], firstLeads: false);
        _current!.Measures.Add(measure);
    }

    private void ApplyUnits(MeasureBuilder measure, UnitList units)
    {
        _firstUnitLeads |= units.FirstLeads;
        measure.AddUnits(units.Units.Select(u => u.Name), _firstUnitLeads);
        if (units.Person is { } person)
            measure.Person = person;
        if (units.Deadline is { } deadline)
            measure.AddDeadlineNote(deadline);
    }

    /// <summary>A short title-only line inside the measures, followed by measures numbered differently or by a paragraph.</summary>
    private bool IsGroupHeading(Heading h, int i)
    {
        // A group's title ends in no full stop or semicolon (②推广利用. is a measure), and measures follow it, not
        // the next problem.
        if (!h.IsTitleOnly || h.Rest.Length > MaxGroupHeadingLength || h.Rest.Folded.Contains(',') || h.Rest.Folded.EndsWith('.') || h.Rest.Folded.EndsWith(';'))
            return false;
        if (i + 1 >= _lines.Count)
            return false;
        var next = _lines[i + 1];
        return next.Kind == LineKind.Plain || (next.Heading is { } n && n.Style != h.Style && n.Style != _shape.ProblemStyle);
    }

    /// <summary>The measures of the current group: the run at the end of the list that shares the current group heading.</summary>
    private List<MeasureBuilder> CurrentGroupMeasures()
    {
        if (_current is null)
            return [];
        var all = _current.Measures;
        var start = all.FindLastIndex(m => m.Group != _group) + 1;
        return all.GetRange(start, all.Count - start);
    }

    /// <summary>
    /// A notice's problem label numbered (1、问题：… / 整改情况：…): its number; else none. Not when the fields after it
    /// are numbered on (一、整改问题：… 二、整改目标：…): that numbers the notice's parts.
    /// </summary>
    private string NumberedLabel(int i)
    {
        if (_lines[i] is not { Field: FieldKind.Problem } line || Headings.Match(line.Text) is not { } h || !FieldLabels.TryMatch(h.Rest, out _))
            return "";
        var next = ProblemListLocator.NextStructural(_lines, i);
        return next >= 0 && Headings.Match(_lines[next].Text) is { } n && n.Style == h.Style && n.Number == h.Number + 1 ? "" : h.Ordinal;
    }

    private void StartProblem(string label, DualText text, int i, IReadOnlyList<string> categories)
    {
        EndProblem();
        // 1.问题：某打火机企业… — the heading's text opens with the problem's own label: the problem is what follows it.
        if (FieldLabels.TryMatch(text, out var field) && field.Kind == FieldKind.Problem && !field.Value.IsEmpty)
            text = field.Value;
        // 【已完成】武平县… — the problem's status as a tag before it.
        var status = LeadingStatus().Match(text.Folded);
        if (status.Success)
            text = text.Slice(status.Length).Trim();
        // 【大气环境】部分陶瓷企业… — the field of the finding as a tag before it: its category, no words of the finding.
        else if (LeadingCategory().Match(text.Folded) is { Success: true } tag && text.Length > tag.Length
            && !FieldLabels.TryMatch(DualText.Of(tag.Groups["c"].Value + "："), out _))
        {
            categories = [.. categories, text.Slice(tag.Groups["c"].Index, tag.Groups["c"].Length).Original];
            text = text.Slice(tag.Length).Trim();
        }
        // 1．健跳港沿岸…直排入海。【已完成】 — or as a tag after it (a category tag before it kept as one).
        if (!status.Success && TrailingStatus().Match(text.Folded) is { Success: true, Index: > 0 } after)
        {
            status = after;
            text = text.Slice(0, after.Index).Trim();
        }
        // …部分乡镇生活污水直排（责任单位：县住建局；完成时限：2023年12月底） — fields in brackets after the problem.
        var trailing = FieldLabels.TrailingFields(text, out var rest);
        _current = new ProblemBuilder(label, trailing.Count > 0 ? rest : text, categories, _lines[i].Line);
        foreach (var f in trailing)
        {
            if (f.Kind == FieldKind.Status)
                _current.AddProgress(f.Label, f.Value);
            else
                _current.SetField(f.Kind, f.Value);
        }
        if (status.Success)
            _current.AddProgress(null, DualText.Of(status.Groups["s"].Value));
        _problems.Add(_current);
    }

    /// <summary>A field of work tagged before a finding: 【水环境】, 【大气污染防治】, 【固体废物】.</summary>
    [GeneratedRegex(@"^【\s*(?<c>[\u4e00-\u9fff]{2,8})\s*】\s*")]
    private static partial Regex LeadingCategory();

    /// <summary>A status tagged before a finding: 【已完成】, [序时推进].</summary>
    [GeneratedRegex(@"^[【\[]\s*(?<s>" + TaggedStates + @")\s*[】\]]\s*")]
    private static partial Regex LeadingStatus();

    /// <summary>The states a finding is tagged with in brackets, before it or after it.</summary>
    private const string TaggedStates = "已完成(整改)?|基本完成|阶段性完成|序时推进|正在推进|持续推进|推进中|整改中|未完成|已销号|达到序时进度";

    /// <summary>A status tagged after a finding, ending its line: …直排入海。【已完成】.</summary>
    [GeneratedRegex(@"\s*[【\[]\s*(?<s>" + TaggedStates + @")\s*[】\]]\s*[。.]?$")]
    private static partial Regex TrailingStatus();

    private void EndProblem()
    {
        _current = null;
        _unitsAfterMeasures = false;
        ResetMeasures();
    }

    /// <summary>Leaves any measure block: a new field or a new problem starts afresh.</summary>
    private void ResetMeasures()
    {
        _field = null;
        _targetItems = false;
        _inMeasures = false;
        _measureStyle = null;
        _group = null;
        _groupIsUnit = false;
    }

    /// <summary>A category (line <paramref name="i"/>) replaces the one of its own style and everything below it.</summary>
    private void PushCategory(HeadingStyle style, int i)
    {
        var at = _categories.FindIndex(c => c.Style == style);
        if (at >= 0)
            _categories.RemoveRange(at, _categories.Count - at);
        _categories.Add((style, _lines[i].Text.Original));
    }

    private List<string> CategoryTexts() => _categories.Select(c => c.Text).ToList();
}
