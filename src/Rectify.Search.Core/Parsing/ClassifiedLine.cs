using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>A logical line with its structural reading.</summary>
internal sealed record ClassifiedLine(LogicalLine Source, LineKind Kind, Heading? Heading, FieldKind? Field, string? FieldLabel, DualText FieldValue, string? FieldNumber = null)
{
    private static readonly Regex UnitBracketStart = new(@"^[〔\[【]\s*责\s*任\s*单\s*位", RegexOptions.Compiled);

    public DualText Text => Source.Text;

    public int Line => Source.Line;

    public static ClassifiedLine Classify(LogicalLine line) => Classify(line, LabelMode.Plan);

    public static ClassifiedLine Classify(LogicalLine line, LabelMode mode)
    {
        var text = line.Text;
        if (FieldLabels.TryMatch(text, out var field))
            return new(line, LineKind.Field, null, field.Kind, field.Label, field.Value, field.Number);
        if (UnitBracketStart.IsMatch(text.Folded))
            return new(line, LineKind.UnitBracket, null, null, null, DualText.Empty);
        var heading = Headings.Match(text);
        if (mode == LabelMode.Notice && FieldLabels.TryMatchHeading(text, heading, out field))
            return new(line, LineKind.Field, null, field.Kind, field.Label, field.Value, field.Number);
        if (heading is not null)
            return new(line, LineKind.Heading, heading, null, null, DualText.Empty);
        return new(line, LineKind.Plain, null, null, null, DualText.Empty);
    }

    /// <summary>True when the line starts a structure: a field, a numbered line or a unit clause.</summary>
    public static bool IsMarker(DualText text) =>
        FieldLabels.TryMatch(text, out _) || UnitBracketStart.IsMatch(text.Folded) || Headings.Match(text) is not null;

    /// <summary>A field label standing alone on its line (整改目标), its value on the lines below.</summary>
    public static bool IsLoneLabel(DualText text) => FieldLabels.TryMatchHeading(text, null, out _);

    public static bool IsUnitBracket(DualText text) => UnitBracketStart.IsMatch(text.Folded);
}
