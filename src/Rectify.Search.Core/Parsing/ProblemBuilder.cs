using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Parsing;

/// <summary>Collects one problem's parts while the list parser walks its lines.</summary>
internal sealed partial class ProblemBuilder(string label, DualText text, IReadOnlyList<string> categories, int line)
{
    private readonly List<DualText> _text = text.IsEmpty ? [] : [text];
    private readonly List<DualText> _target = [];
    private DualText? _deadline;
    private readonly List<UnitMention> _lead = [];
    private readonly List<UnitMention> _support = [];
    private readonly List<UnitMention> _responsible = [];
    private readonly List<string> _leaders = [];
    private readonly List<string> _persons = [];
    private readonly List<RoleUnit> _otherUnits = [];
    private readonly List<DualText> _progress = [];
    private DualText? _completedAt;
    private string? _progressLabel;
    private string? _labelNumber;
    private string? _printedLabelNumber;

    public string Label { get; } = label;
    public int Line { get; } = line;
    public List<MeasureBuilder> Measures { get; } = [];
    public string? NotApplicableNote { get; set; }
    public bool HasFields { get; private set; }

    private DualText? _location;

    [GeneratedRegex(@"[(]\s*(?<no>省序号\s*:\s*\d+\s*号)\s*[)]\s*$")]
    private static partial Regex ProvincialNumber();

    /// <summary>The inspectors' number before a finding: (反馈问题9), （反馈问题第12项）, （督察反馈意见第3条）.</summary>
    [GeneratedRegex(@"^[(]\s*(?<no>(?:督察)?反馈(?:问题|意见)\s*第?\s*\d+\s*[项条号]?)\s*[)]\s*:?\s*")]
    private static partial Regex FeedbackNumber();

    /// <summary>A first line that only names the finding in quotes: 针对“…”问题。, 关于“…”的问题, 針對「…」問題, up to the line's end.</summary>
    [GeneratedRegex(@"^(针对|关于)\s*[“""「『](?<finding>[^”""」』\n]{6,})[”""」』]\s*(的)?问题\s*[。.:：]?\s*(?=\n|$)")]
    private static partial Regex QuotedFinding();

    [GeneratedRegex(@"^(?<raw>.*?)\s*[(]\s*(?<status>已[^()]*)\s*[)]\s*[。.]?$")]
    private static partial Regex DeadlineStatus();

    public void AppendText(DualText more) => _text.Add(more);

    /// <summary>The rest of the problem's last paragraph, cut off mid-sentence (a table cell wrapped onto the next row).</summary>
    public void ContinueText(DualText more)
    {
        if (_text.Count == 0)
            _text.Add(more);
        else
            _text[^1] = _text[^1] + more;
    }

    /// <summary>True when the problem's text so far stops mid-sentence (no full stop, semicolon or other end).</summary>
    public bool StopsMidSentence => _text.Count > 0 && !_text[^1].IsEmpty && !TextShapes.EndsSentence(_text[^1].Folded);

    /// <summary>True when the problem has text of its own (a notice's problem may have none: only its target and measures).</summary>
    public bool HasText => _text.Count > 0;

    /// <summary>True when the problem's target has text.</summary>
    public bool HasTarget => _target.Count > 0;

    /// <summary>True when a status paragraph has been read.</summary>
    public bool HasProgress => _progress.Count > 0;

    /// <summary>The number printed with the problem's label (问题编号3), kept as its feedback number.</summary>
    public void SetLabelNumber(string label, string number)
    {
        _labelNumber ??= label + number;
        _printedLabelNumber ??= number;
    }

    /// <summary>True when the problem is numbered <paramref name="number"/>: by its heading (3、) or its label (问题3, 问题三).</summary>
    public bool IsNumbered(int number) =>
        ChineseNumerals.ParseOrdinal(Label) == number
        || _printedLabelNumber is { } printed && ChineseNumerals.ParseOrdinal(printed) == number;

    /// <summary>Adds a status paragraph (整改完成情况 …), its label first when it opens one.</summary>
    public void AddProgress(string? label, DualText text)
    {
        if (label is not null && text.IsEmpty)
            _progressLabel = label; // a heading (四、整改完成情况): its text follows on the next lines
        else if (label is not null)
            _progress.Add(DualText.Of(label + "：") + text);
        else if (!text.IsEmpty && _progressLabel is not null)
        {
            _progress.Add(DualText.Of(_progressLabel + "：") + text);
            _progressLabel = null;
        }
        else if (!text.IsEmpty)
            _progress.Add(text);
    }

    /// <summary>True when the deadline collected so far already names <paramref name="deadline"/>.</summary>
    public bool HasDeadline(string deadline) => _deadline is { } d && d.Original.Split('；').Contains(deadline);

    public void SetField(FieldKind kind, DualText value)
    {
        HasFields = true;
        switch (kind)
        {
            case FieldKind.Problem:
                if (!value.IsEmpty)
                    _text.Add(value);
                break;
            case FieldKind.CompletedAt:
                _completedAt = _completedAt is { } c ? c + value : value;
                break;
            case FieldKind.SupervisingUnits or FieldKind.AccountableUnits or FieldKind.AcceptanceUnits
                or FieldKind.AcceptanceLeadUnits or FieldKind.AcceptanceSupportUnits:
                if (kind == FieldKind.AcceptanceUnits && UnitListParser.SplitLeadSupport(value) is { } acceptance)
                {
                    AddOther(FieldKind.AcceptanceLeadUnits, acceptance.Lead);
                    AddOther(FieldKind.AcceptanceSupportUnits, acceptance.Support);
                }
                else
                {
                    AddOther(kind, value);
                }
                break;
            case FieldKind.Status:
                AddProgress(null, value);
                break;
            case FieldKind.Target:
                if (!value.IsEmpty)
                    _target.Add(value);
                break;
            case FieldKind.Deadline:
                _deadline = _deadline is { } d ? d + value : value;
                break;
            case FieldKind.LeadUnits:
                _lead.AddRange(UnitListParser.Parse(value).Units);
                break;
            case FieldKind.SupportUnits:
                _support.AddRange(UnitListParser.Parse(value).Units);
                break;
            case FieldKind.ResponsibleUnits when UnitListParser.SplitLeadSupport(value) is { } split:
                // 省自然资源厅牵头，省发展改革委、省生态环境厅配合: one value, two roles.
                _lead.AddRange(UnitListParser.Parse(split.Lead).Units);
                _support.AddRange(UnitListParser.Parse(split.Support).Units);
                _responsible.AddRange(UnitListParser.Parse(split.Lead).Units.Concat(UnitListParser.Parse(split.Support).Units));
                break;
            case FieldKind.ResponsibleUnits:
                var list = UnitListParser.Parse(value);
                _responsible.AddRange(list.Units);
                if (list.Person is { } p)
                    _persons.Add(p);
                break;
            case FieldKind.Leaders:
                _leaders.AddRange(UnitListParser.SplitNames(value));
                break;
            case FieldKind.Persons:
                if (!value.IsEmpty)
                    _persons.Add(value.TrimEnd("。.").Original);
                break;
            case FieldKind.Location:
                if (!value.IsEmpty)
                    _location = _location is { } l ? l + DualText.Of("、") + value : value;
                break;
            case FieldKind.Measures:
                break;
        }
    }

    /// <summary>Appends a paragraph to a field that runs over more than one line.</summary>
    public void AppendField(FieldKind kind, DualText more)
    {
        switch (kind)
        {
            case FieldKind.Target:
                _target.Add(more);
                break;
            case FieldKind.Deadline:
                _deadline = _deadline is { } d ? d + more : more;
                break;
            case FieldKind.Problem:
                _text.Add(more);
                break;
            case FieldKind.Status:
                AddProgress(null, more);
                break;
            default:
                SetField(kind, more);
                break;
        }
    }

    /// <summary>The problem; one <paramref name="listed"/> alone (a notice's findings, one sentence each) is whole without fields.</summary>
    public Problem Build(int position, List<Diagnostic> diagnostics, bool listed = false)
    {
        var text = DualText.Join("\n", _text).Trim();
        var feedbackNo = _labelNumber;
        if (feedbackNo is not null)
            text = text.Trim();
        else if (ProvincialNumber().Match(text.Folded) is { Success: true } pn)
        {
            feedbackNo = Compact(text.Slice(pn.Groups["no"].Index, pn.Groups["no"].Length).Original);
            text = text.Slice(0, pn.Index).Trim();
        }
        else if (FeedbackNumber().Match(text.Folded) is { Success: true } fn)
        {
            feedbackNo = Compact(text.Slice(fn.Groups["no"].Index, fn.Groups["no"].Length).Original);
            text = text.Slice(fn.Length).Trim();
        }
        // 针对“焦炉仍未按期关停”问题。 — a finding named in quotes as a heading: the finding is what the quotes hold.
        if (QuotedFinding().Match(text.Folded) is { Success: true } quoted)
            text = text.Slice(quoted.Groups["finding"].Index, quoted.Groups["finding"].Length) + text.Slice(quoted.Length);

        string? deadline = null, status = null;
        // 整改完成时间 stands for the deadline only where none is printed; beside one it reports progress.
        if (_completedAt is { } done && !done.IsEmpty)
        {
            if (_deadline is null)
                _deadline = done;
            else
                _progress.Add(DualText.Of("整改完成时间：") + done);
        }
        if (_deadline is { } dl)
        {
            var m = DeadlineStatus().Match(dl.Folded);
            if (m.Success)
            {
                deadline = dl.Slice(0, m.Groups["raw"].Length).TrimEnd("。.，,").Original;
                status = dl.Slice(m.Groups["status"].Index, m.Groups["status"].Length).Original;
            }
            else
            {
                deadline = dl.TrimEnd("。.").Original;
            }
        }

        AssignLeadsByNumber();
        var measures = Measures.Select((m, i) => m.Build(i + 1)).ToList();

        // No deadline labelled: a dated clause of the target (力争2025年底前…) stands for it; measures keep their own (DeadlineParser.ForMeasure).
        var deadlineSource = deadline is null ? null : "label";
        if (deadline is null)
        {
            var fromTarget = _target.Count == 0 ? null : Enrichment.DeadlineParser.ForMeasure(DualText.Join("\n", _target).Original);
            if (fromTarget is { } embedded)
            {
                deadline = embedded.Raw;
                deadlineSource = "target";
                diagnostics.Add(new(Severity.Info, Line, "deadline-embedded",
                    $"problem {Label} labels no deadline; \"{embedded.Raw}\" in its target read as one"));
            }
        }

        var truncated = !listed && !HasFields && Measures.Count == 0 && !HasProgress && NotApplicableNote is null;
        if (truncated)
        {
            diagnostics.Add(new(Severity.Warning, Line, "problem-truncated",
                $"problem {Label} ends without any field (整改目标, 整改时限, 整改措施 …): the source appears cut off; kept and flagged"));
        }

        var leadUnits = _lead.Select(u => u.Name).Concat(_responsible.Where(u => u.IsLead).Select(u => u.Name)).Distinct().ToList();
        return new Problem(
            position,
            Label,
            feedbackNo,
            FirstSentence(text.Original),
            text.Original,
            categories,
            new ProblemFields(
                _target.Count == 0 ? null : DualText.Join("\n", _target).Original,
                string.IsNullOrEmpty(deadline) ? null : deadline,
                status,
                leadUnits,
                // A unit that leads one of the problem's rows and supports another leads it.
                _support.Select(u => u.Name).Distinct().Except(leadUnits).ToList(),
                _responsible.Select(u => u.Name).Distinct().ToList(),
                _leaders,
                _persons,
                NotApplicableNote is not null,
                NotApplicableNote,
                truncated)
            {
                DeadlineSource = deadlineSource,
                OtherUnits = _otherUnits.Distinct().ToList(),
                Progress = _progress.Count == 0 ? null : DualText.Join("\n", _progress).Trim().Original,
                Location = _location?.Trim().Original,
            },
            measures,
            Line);
    }

    /// <summary>Gives each measure the units that a 牵头负责第N条 remark assigns to its number.</summary>
    private void AssignLeadsByNumber()
    {
        foreach (var unit in _responsible.Where(u => u.LeadsMeasures.Count > 0))
        {
            foreach (var number in unit.LeadsMeasures)
            {
                foreach (var measure in Measures.Where(m => m.Number == number))
                    measure.AddLead(unit.Name);
            }
        }
    }

    private void AddOther(FieldKind kind, DualText value)
    {
        foreach (var u in UnitListParser.Parse(value).Units)
            _otherUnits.Add(new RoleUnit(RoleOf(kind), u.Name));
    }

    private static UnitRole RoleOf(FieldKind kind) => kind switch
    {
        FieldKind.SupervisingUnits => UnitRole.Supervise,
        FieldKind.AccountableUnits => UnitRole.Accountability,
        FieldKind.AcceptanceUnits => UnitRole.Acceptance,
        FieldKind.AcceptanceLeadUnits => UnitRole.AcceptanceLead,
        _ => UnitRole.AcceptanceSupport,
    };

    private static string Compact(string text) => Regex.Replace(text, @"\s+", "");

    /// <summary>The first sentence, without its full stop: the problem's title.</summary>
    public static string FirstSentence(string text)
    {
        var end = text.IndexOfAny(['。', '；', '\n']);
        return (end >= 0 ? text[..end] : text).Trim();
    }
}
