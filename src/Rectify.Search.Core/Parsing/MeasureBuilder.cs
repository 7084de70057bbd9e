using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>Collects one measure's parts.</summary>
internal sealed class MeasureBuilder(string ordinal, int? number, string? group, DualText text, int line)
{
    private readonly List<DualText> _text = [text];
    private readonly List<string> _units = [];
    private readonly List<string> _leads = [];

    public string Ordinal { get; } = ordinal;
    public int? Number { get; } = number;
    public string? Group { get; } = group;
    public string? Person { get; set; }

    public void AppendText(DualText more) => _text.Add(more);

    /// <summary>Goes on with the measure's last words where they stopped (a cell cut by a page break: 5.建立污水 / 管网…).</summary>
    public void ContinueText(DualText more) => _text[^1] = _text[^1] + more;

    /// <summary>True when the measure's text so far stops mid-sentence (no full stop, semicolon or other end).</summary>
    public bool StopsMidSentence => !_text[^1].IsEmpty && !TextShapes.EndsSentence(_text[^1].Folded);

    /// <summary>Keeps a deadline printed in the measure's unit clause with its text, where deadlines are read: （完成时限：2022年9月底）.</summary>
    public void AddDeadlineNote(string deadline) => _text[^1] = _text[^1] + DualText.Of($"（{deadline}）");

    public void AddUnits(IEnumerable<string> units, bool firstLeads)
    {
        var list = units.ToList();
        foreach (var u in list.Where(u => !_units.Contains(u)))
            _units.Add(u);
        if (firstLeads && list.Count > 0)
            AddLead(list[0]);
    }

    public void AddLead(string unit)
    {
        if (!_leads.Contains(unit))
            _leads.Add(unit);
        if (!_units.Contains(unit))
            _units.Insert(_leads.Count - 1, unit);
    }

    public Measure Build(int position) =>
        new(position, Ordinal, Group, DualText.Join("\n", _text).Trim().Original, _units, _leads, Person, line);
}
