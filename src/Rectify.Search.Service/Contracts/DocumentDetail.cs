namespace Rectify.Search.Service.Contracts;

/// <summary>A plan with its problems and their measures.</summary>
public sealed record DocumentDetail(DocumentRecord Document, IReadOnlyList<ProblemWithMeasures> Problems)
{
    [System.ComponentModel.Description("The plan's body before its problem list (指导思想, 工作目标, 保障措施 …), as headed sections")]
    public IReadOnlyList<SectionRecord> Sections { get; init; } = [];
}

/// <summary>A headed section of a plan's body, with the sections under it.</summary>
public sealed record SectionRecord(int Level, string Ordinal, string Heading, string Text, IReadOnlyList<SectionRecord> Children)
{
    public static SectionRecord Of(Core.Model.Section s) => new(s.Level, s.Ordinal, s.Heading, s.Text, s.Children.Select(Of).ToList());
}
