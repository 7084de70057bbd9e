using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>The field labels of <c>fields.txt</c> read as text: brackets and all, and never where a notice addresses its readers.</summary>
public sealed class FieldLabelsTests
{
    [Theory]
    [InlineData("县（市、区）：祁阳市", "祁阳市")]
    [InlineData("县(市、区): 祁阳市", "祁阳市")]
    [InlineData("区（县）：零陵区", "零陵区")]
    public void ALabelWithBracketsInTheDataFileIsMatchedAsWritten(string line, string value)
    {
        FieldLabels.TryMatch(DualText.Of(line), out var field).Should().BeTrue();
        (field.Kind, field.Value.Original).Should().Be((FieldKind.Location, value));
    }

    [Fact]
    public void ABracketInALabelIsNoPatternThatMatchesOtherText()
    {
        // Read as a pattern, 县(市、区) would be 县 and a group: 县市、区：… would match it.
        FieldLabels.TryMatch(DualText.Of("县市、区：祁阳市"), out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("各县区：现将有关事项通知如下。")]
    [InlineData("市直各责任单位：请于2024年6月底前报送整改情况。")]
    public void ALabelAfterEachAddressesReadersAndOpensNoField(string line)
    {
        FieldLabels.InlineStarts(DualText.Of(line)).Should().BeEmpty();
    }

    [Fact]
    public void ALabelAfterAValueStillOpensAField()
    {
        FieldLabels.InlineStarts(DualText.Of("整改时限：2024年底前 责任单位：县住建局")).Should().Equal(13);
    }

    [Fact]
    public void LabelledFieldsPartedByBarsOnOneLineAreALinePerField() =>
        FieldLabels.SplitFields("问题编号：HZ-2022-031 | 问题类型：水 | 所在地：吴兴区八里店镇 | 问题描述：某印染企业夜间偷排废水。 |")
            .Should().Equal("问题编号：HZ-2022-031", "问题类型：水", "所在地：吴兴区八里店镇", "问题描述：某印染企业夜间偷排废水。");

    [Theory]
    [InlineData("首页 | 政务公开 | 互动交流")]
    [InlineData("| 整改目标 | 2023年底前完成 |")]
    [InlineData("所在地：吴兴区 | 八里店镇")]
    public void BarsBetweenPiecesThatAreNotAllLabelledFieldsPartNothing(string line) =>
        FieldLabels.SplitFields(line).Should().Equal(line);

    [Fact]
    public void AProblemLabelTakesARecordsCodeAsItsNumberBeforeAColon()
    {
        FieldLabels.TryMatch(DualText.Of("问题描述HZ-2022-031：某印染企业夜间偷排废水"), out var field).Should().BeTrue();
        (field.Kind, field.Number, field.Value.Original).Should().Be((FieldKind.Problem, "HZ-2022-031", "某印染企业夜间偷排废水"));
    }
}

