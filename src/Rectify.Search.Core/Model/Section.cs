namespace Rectify.Search.Core.Model;

/// <summary>A part of the plan body (指导思想, 工作目标, 主要措施 …), possibly with numbered children.</summary>
/// <param name="Level">1 for 一、 headings, 2 for （一）, 3 for 1、 items; 0 for text before the first heading.</param>
/// <param name="Ordinal">The number as printed without punctuation (三, （一）, 1); empty for front matter.</param>
/// <param name="Heading">The heading phrase; for a heading run into its paragraph, its first sentence.</param>
/// <param name="Text">The section's own text, without its heading and without its children.</param>
/// <param name="Line">The 1-based source line where the section starts.</param>
public sealed record Section(int Level, string Ordinal, string Heading, string Text, int Line, IReadOnlyList<Section> Children)
{
    /// <summary>Every heading and text of <paramref name="sections"/> and their children, depth first: a section's heading, its text, then its children's.</summary>
    public static IEnumerable<string> TextsOf(IEnumerable<Section> sections) =>
        sections.SelectMany(s => TextsOf(s.Children).Prepend(s.Text).Prepend(s.Heading));
}
