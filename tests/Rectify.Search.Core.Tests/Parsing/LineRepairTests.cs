using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>Repairs on the raw lines, each on real lines from the seeds.</summary>
public sealed class LineRepairTests
{
    private static (List<string> Lines, List<Diagnostic> Diagnostics) Assemble(params string[] lines)
    {
        var diagnostics = new List<Diagnostic>();
        var result = LineAssembler.Assemble(string.Join("\n", lines), diagnostics).Select(l => l.Text.Original).ToList();
        return (result, diagnostics);
    }

    [Fact]
    public void TextSplitByAPageBreakIsJoined()
    {
        var (lines, diagnostics) = Assemble("2. 明确有关部门在开发区集中供热热源及分散燃煤锅炉淘", "", "汰中的职责。〔责任单位：县发改委〕");
        lines.Should().Equal("2. 明确有关部门在开发区集中供热热源及分散燃煤锅炉淘汰中的职责。〔责任单位：县发改委〕");
        diagnostics.Should().ContainSingle(d => d.Code == "page-break-joined" && d.Line == 3);
    }

    [Fact]
    public void AHeadingIsNotJoinedToTheParagraphUnderIt()
    {
        var (lines, _) = Assemble("一、指导思想", "深入贯彻习近平生态文明思想", "（一）坚决扛起生态环境保护督察整改政治责任，深入学习贯彻习近平生态文明思想", "各镇（街道）及各相关单位认真学习");
        lines.Should().HaveCount(4);
    }

    [Fact]
    public void AParagraphHeadedLikeASectionButBrokenMidSentenceIsJoined()
    {
        var (lines, _) = Assemble("(一) 反馈问题解决到位。把此次督察反馈的17个共性问题…一体推", "", "进、一体解决，努力实现整改成效得到群众认可。");
        lines.Should().Equal("(一) 反馈问题解决到位。把此次督察反馈的17个共性问题…一体推进、一体解决，努力实现整改成效得到群众认可。");
    }

    [Fact]
    public void DebrisRepeatingTheEndOfTheLastLineIsDropped()
    {
        var (lines, diagnostics) = Assemble("1. 建立完善农业部门农药使用数据统计系统，严禁弄虚作假。〔责任单位：县农业农村局〕", "", "村局〕", "", "2. 开展农药减量增效技术培训。");
        lines.Should().HaveCount(2);
        diagnostics.Should().ContainSingle(d => d.Severity == Severity.Warning && d.Code == "page-break-debris" && d.Line == 3);
    }

    [Fact]
    public void AUnitClauseOnItsOwnLineIsAttachedToTheMeasureAboveIt()
    {
        var (lines, _) = Assemble("1. 组织对有色金属冶炼行业开展落后产能排查、淘汰工作。", "", "[责任单位：县工信局]");
        lines.Should().Equal("1. 组织对有色金属冶炼行业开展落后产能排查、淘汰工作。[责任单位：县工信局]");
    }

    [Fact]
    public void ASymbolFontFullStopIsReadAsAFullStop()
    {
        var (lines, diagnostics) = Assemble("（五）加强对本地污染源排放现状分析，开展PM2\uE0105等污染成因分析。", "全省上报清单内…，占83.\uE0103%，未批先建问题突出。");
        lines[0].Should().Contain("PM2.5等污染成因分析");
        lines[1].Should().Contain("占83.3%");
        diagnostics.Should().HaveCount(2).And.OnlyContain(d => d.Code == "glyph-repaired");
    }

    [Fact]
    public void AWordProcessorBookmarkIsRemoved()
    {
        var (lines, diagnostics) = Assemble("[bookmark: _GoBack]到2025年底，“产业强、生态美、活力足”成为随县高质量发展的重要底色。");
        lines.Should().Equal("到2025年底，“产业强、生态美、活力足”成为随县高质量发展的重要底色。");
        diagnostics.Should().ContainSingle(d => d.Code == "conversion-artifact");
    }
}
