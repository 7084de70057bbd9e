using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Parsing;

public sealed class BoxDrawnTableTests
{
    [Fact]
    public void AnAsciiTableWithARuleUnderItsHeaderOnlyOpensARowAtEachFilledFirstCell()
    {
        string[] lines =
        [
            "+----+----------------+----------+",
            "|序号|反馈问题        |整改时限  |",
            "+----+----------------+----------+",
            "|1   |部分乡镇垃圾中转|2024年底前|",
            "|    |站超负荷运行    |          |",
            "|2   |秸秆焚烧时有发生|立行立改  |",
            "+----+----------------+----------+",
        ];
        var notes = new List<Diagnostic>();

        var rows = BoxDrawnTable.Rewrite(lines, notes);

        rows.Should().Equal("", "序号\t反馈问题\t整改时限", "", "1\t部分乡镇垃圾中转站超负荷运行\t2024年底前", "", "2\t秸秆焚烧时有发生\t立行立改", "");
        notes.Single().Code.Should().Be("box-drawn-table");
    }

    [Fact]
    public void AMarkdownTableHasNoRuleAndIsLeftAsItIs()
    {
        string[] lines = ["| 序号 | 反馈问题 | 整改时限 |", "| --- | --- | --- |", "| 1 | 部分乡镇垃圾中转站超负荷运行 | 2024年底前 |"];

        BoxDrawnTable.Rewrite(lines, []).Should().BeSameAs(lines);
    }
}
