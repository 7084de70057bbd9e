using System.Text.RegularExpressions;

namespace Rectify.Search.Core.Parsing;

/// <summary>What a logical line is, structurally.</summary>
internal enum LineKind
{
    Plain,
    Heading,
    Field,
    /// <summary>A bracketed unit clause on its own line: 〔责任单位：…〕.</summary>
    UnitBracket,
}

/// <summary>A logical line with its structural reading.</summary>
internal sealed record ClassifiedLine(LogicalLine Source, LineKind Kind, Heading? Heading, FieldKind? Field, string? FieldLabel, DualText FieldValue)
{
    private static readonly Regex UnitBracketStart = new(@"^[〔\[【]\s*责\s*任\s*单\s*位", RegexOptions.Compiled);

    public DualText Text => Source.Text;

    public int Line => Source.Line;

    public static ClassifiedLine Classify(LogicalLine line)
    {
        var text = line.Text;
        if (FieldLabels.TryMatch(text, out var kind, out var label, out var value))
            return new(line, LineKind.Field, null, kind, label, value);
        if (UnitBracketStart.IsMatch(text.Folded))
            return new(line, LineKind.UnitBracket, null, null, null, DualText.Empty);
        if (Headings.Match(text) is { } heading)
            return new(line, LineKind.Heading, heading, null, null, DualText.Empty);
        return new(line, LineKind.Plain, null, null, null, DualText.Empty);
    }

    /// <summary>True when the line starts a structure: a field, a numbered line or a unit clause.</summary>
    public static bool IsMarker(DualText text) =>
        FieldLabels.TryMatch(text, out _, out _, out _) || UnitBracketStart.IsMatch(text.Folded) || Headings.Match(text) is not null;

    public static bool IsUnitBracket(DualText text) => UnitBracketStart.IsMatch(text.Folded);
}
