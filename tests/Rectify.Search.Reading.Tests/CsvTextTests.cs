using System.Text;
using Rectify.Search.Reading;
using Rectify.Search.Reading.Csv;

namespace Rectify.Search.Reading.Tests;

/// <summary>A CSV export read as a table's rows: quoting as RFC 4180 has it, in whatever encoding the file is in.</summary>
public sealed class CsvTextTests
{
    [Fact]
    public void QuotedCellsKeepTheirCommasAndLineBreaksAsSpacesAndEmptyCellsAtTheEndAreDropped()
    {
        var csv = "长沙市整改情况,,,\r\n序号,反馈问题,整改措施,整改进展\r\n1,\"排口溢流，污水直排\",\"1.排查；\r\n2.改造，新建调蓄池。\",已完成\r\n,,,\r\n2,\"称为\"\"黑臭水体\"\"的沟渠\",清淤,\r\n";
        CsvText.Extract(csv).Should().Be(
            "长沙市整改情况\n序号\t反馈问题\t整改措施\t整改进展\n1\t排口溢流，污水直排\t1.排查； 2.改造，新建调蓄池。\t已完成\n2\t称为\"黑臭水体\"的沟渠\t清淤\n");
    }

    [Fact]
    public void AFileNamedCsvIsReadAsRowsInItsOwnEncodingAndAnyOtherTextAsItIs()
    {
        var text = "序号,反馈问题,整改措施\n1,\"县城污水管网不完善，雨污混流\",新建管网\n";
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes(text);
        var read = SourceReader.Read("清单.csv", gbk);
        read.Text.Should().Be("序号\t反馈问题\t整改措施\n1\t县城污水管网不完善，雨污混流\t新建管网\n");
        read.EncodingName.Should().EndWith(" csv");
        read.Notes.Should().BeEmpty();
        SourceReader.Read("清单.txt", gbk).Text.Should().Be(text);
    }
}
