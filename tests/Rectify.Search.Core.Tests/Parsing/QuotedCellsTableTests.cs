using Rectify.Search.Core.Model;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Parsing;

public sealed class QuotedCellsTableTests
{
    [Fact]
    public void ACellPastedFromASpreadsheetOverTwoLinesInQuotesIsOneCellItsQuotesUndone()
    {
        string[] lines =
        [
            "序号\t反馈问题\t整改措施\t整改时限",
            "1\t\"部分\"\"散乱污\"\"企业整治不彻底，",
            "关停后又死灰复燃。\"\t\"1.开展排查整治；",
            "2.建立动态监管台账。\"\t长期坚持",
            "2\t澧水干流部分河段非法采砂屡禁不止\t开展专项整治\t2022年12月底前",
        ];
        var notes = new List<Diagnostic>();

        var rows = QuotedCellsTable.Rewrite(lines, notes);

        rows.Should().Equal(
            "序号\t反馈问题\t整改措施\t整改时限",
            "1\t部分\"散乱污\"企业整治不彻底，关停后又死灰复燃。\t1.开展排查整治；2.建立动态监管台账。\t长期坚持",
            "",
            "",
            "2\t澧水干流部分河段非法采砂屡禁不止\t开展专项整治\t2022年12月底前");
        notes.Single().Should().Be(new Diagnostic(Severity.Info, 2, "quoted-cells",
            "a table pasted from a spreadsheet, cells with line breaks in quotes: 1 row(s) over several lines (first: lines 2–4) read a row per line"));
    }

    [Fact]
    public void ACellThatOnlyOpensWithAQuotationIsNoQuotedCell()
    {
        // "两高"项目 in ASCII quotes: the quote closes before more text, so the row is not a spreadsheet's quoting.
        string[] lines = ["1\t\"两高\"项目盲目上马\t2023年底前", "2\t部分企业未批先建\t立行立改"];

        QuotedCellsTable.Rewrite(lines, []).Should().BeSameAs(lines);
    }

    [Fact]
    public void AQuoteLeftOpenToTheEndIsNoCell()
    {
        string[] lines = ["1\t\"部分企业整治不彻底", "关停后又死灰复燃。", "整改目标：动态清零"];

        QuotedCellsTable.Rewrite(lines, []).Should().BeSameAs(lines);
    }
}
