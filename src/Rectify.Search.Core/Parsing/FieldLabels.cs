using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// The field labels plans use, each mapped to its field. A label may be printed with spaces between its
/// characters (责 任 人) and with a full- or half-width colon.
/// </summary>
internal static class FieldLabels
{
    private static readonly (string Label, FieldKind Kind)[] Labels =
    [
        ("整改目标", FieldKind.Target),
        ("整改时限", FieldKind.Deadline),
        ("整改期限", FieldKind.Deadline),
        ("完成时限", FieldKind.Deadline),
        ("完成时间", FieldKind.Deadline),
        ("整改时间", FieldKind.Deadline),
        ("牵头单位", FieldKind.LeadUnits),
        ("牵头部门", FieldKind.LeadUnits),
        ("牵头责任单位", FieldKind.LeadUnits),
        ("配合单位", FieldKind.SupportUnits),
        ("配合部门", FieldKind.SupportUnits),
        ("协办单位", FieldKind.SupportUnits),
        ("责任单位", FieldKind.ResponsibleUnits),
        ("责任部门", FieldKind.ResponsibleUnits),
        ("责任领导", FieldKind.Leaders),
        ("牵头领导", FieldKind.Leaders),
        ("督办县领导", FieldKind.Leaders),
        ("督办市领导", FieldKind.Leaders),
        ("督办领导", FieldKind.Leaders),
        ("包案领导", FieldKind.Leaders),
        ("责任人", FieldKind.Persons),
        ("整改责任人", FieldKind.Persons),
        ("整改措施", FieldKind.Measures),
        ("具体措施", FieldKind.Measures),
        ("整改举措", FieldKind.Measures),
    ];

    /// <summary>Fields that open a problem's field block (they come before its measures, never after).</summary>
    public static bool Opens(FieldKind kind) =>
        kind is FieldKind.Target or FieldKind.Leaders or FieldKind.LeadUnits or FieldKind.SupportUnits;

    private static readonly Regex Pattern = new(
        "^(?<label>" + string.Join("|", Labels.OrderByDescending(l => l.Label.Length).Select(l => string.Join(@"\s*", l.Label.ToCharArray()))) + @")\s*:\s*(?<value>.*)$",
        RegexOptions.Compiled | RegexOptions.Singleline);

    private static readonly Dictionary<string, FieldKind> KindByLabel = Labels.ToDictionary(l => l.Label, l => l.Kind);

    /// <summary>Matches a field line; the returned value keeps the original characters.</summary>
    public static bool TryMatch(DualText line, out FieldKind kind, out string label, out DualText value)
    {
        var m = Pattern.Match(line.Folded);
        if (!m.Success)
        {
            kind = default;
            label = "";
            value = DualText.Empty;
            return false;
        }
        label = Regex.Replace(m.Groups["label"].Value, @"\s", "");
        kind = KindByLabel[label];
        value = line.Slice(m.Groups["value"].Index).Trim();
        return true;
    }
}
