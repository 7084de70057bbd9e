using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Parsing;

/// <summary>
/// Builds the plan body (指导思想, 工作目标, 主要措施 …) as a tree: 一、 headings at level 1, （一） at level 2,
/// 1、 items at level 3. Text before the first heading becomes a level-0 section.
/// </summary>
internal static class SectionParser
{
    private sealed class Node(int level, string ordinal, string heading, int line)
    {
        public int Level { get; } = level;
        public List<string> Text { get; } = [];
        public List<Node> Children { get; } = [];

        public Section Build() =>
            new(Level, ordinal, heading, string.Join("\n", Text), line, Children.Select(c => c.Build()).ToList());
    }

    public static IReadOnlyList<Section> Parse(IEnumerable<ClassifiedLine> lines)
    {
        var roots = new List<Node>();
        var stack = new Stack<Node>();
        Node? front = null;
        foreach (var line in lines)
        {
            var level = line.Heading is { } h ? LevelOf(h.Style) : 0;
            if (level == 0)
            {
                var target = stack.Count > 0 ? stack.Peek() : front ??= AddFront(roots, line.Line);
                target.Text.Add(line.Text.Original);
                continue;
            }
            var heading = line.Heading!;
            var (title, rest) = SplitHeading(heading);
            var node = new Node(level, heading.Ordinal, title, line.Line);
            if (rest.Length > 0)
                node.Text.Add(rest);
            while (stack.Count > 0 && stack.Peek().Level >= level)
                stack.Pop();
            (stack.Count > 0 ? stack.Peek().Children : roots).Add(node);
            stack.Push(node);
        }
        return roots.Select(r => r.Build()).ToList();
    }

    private static Node AddFront(List<Node> roots, int line)
    {
        var node = new Node(0, "", "", line);
        roots.Add(node);
        return node;
    }

    private static int LevelOf(HeadingStyle style) => style switch
    {
        HeadingStyle.Cn => 1,
        HeadingStyle.ParenCn => 2,
        HeadingStyle.Arabic => 3,
        HeadingStyle.ParenArabic => 4,
        _ => 0,
    };

    /// <summary>A heading run into its paragraph (（一）提高站位，压紧压实责任。深入学习…) splits at its first full stop.</summary>
    private static (string Title, string Body) SplitHeading(Heading heading)
    {
        var text = heading.Rest.Original;
        var stop = text.IndexOf('。');
        if (stop < 0)
            return (text, "");
        return (text[..stop], text[(stop + 1)..].Trim());
    }
}
