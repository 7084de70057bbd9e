using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Parsing;

public sealed class UnitListParserTests
{
    private static UnitList Parse(string text) => UnitListParser.Parse(DualText.Of(text));

    [Fact]
    public void SplitsOnEnumerationCommasAndCommasButNotInsideParentheses()
    {
        Parse("县住建局（县人防办）、县城市管理和综合执法局，县发改局").Units.Select(u => u.Name)
            .Should().Equal("县住建局（县人防办）", "县城市管理和综合执法局", "县发改局");
    }

    [Fact]
    public void ReadsALeadMarker()
    {
        var units = Parse("县交通运输局（牵头）、县发改局、国网随县供电公司").Units;
        units.Select(u => (u.Name, u.IsLead)).Should().Equal(("县交通运输局", true), ("县发改局", false), ("国网随县供电公司", false));
    }

    [Fact]
    public void ReadsWhichMeasuresAUnitLeadsAndSplitsTwoUnitsJoinedByAnd()
    {
        var units = Parse("省委宣传部(牵头负责第1、8条)、省委办公厅和省政府办公厅(牵头负责第3条)、省环保厅,各级党委、政府。").Units;
        units.Select(u => u.Name).Should().Equal("省委宣传部", "省委办公厅", "省政府办公厅", "省环保厅", "各级党委", "政府");
        units[0].LeadsMeasures.Should().Equal(1, 8);
        units[1].LeadsMeasures.Should().Equal(3);
        units[2].LeadsMeasures.Should().Equal(3);
        units[3].IsLead.Should().BeFalse();
    }

    [Fact]
    public void KeepsAUnitWhoseNameHasAnAndInIt()
    {
        Parse("随县经济开发区、太白顶风景名胜区党工委和管委会").Units.Select(u => u.Name)
            .Should().Equal("随县经济开发区", "太白顶风景名胜区党工委和管委会");
    }

    [Fact]
    public void ReadsTheFirstUnitLeadsRuleAndThePersonWithoutTakingThemForUnits()
    {
        var list = Parse("县委宣传部、县委组织部，城市社区，排序第一的单位为牵头责任单位，下同");
        list.Units.Select(u => u.Name).Should().Equal("县委宣传部", "县委组织部", "城市社区");
        list.FirstLeads.Should().BeTrue();

        var withPerson = Parse("县生态环境局、县纪委监委、县委组织部；责任人：责任单位主要负责同志。责任单位主要负责同志是县领导的，责任人为负责日常工作的副职，下同。");
        withPerson.Units.Select(u => u.Name).Should().Equal("县生态环境局", "县纪委监委", "县委组织部");
        withPerson.Person.Should().Be("责任单位主要负责同志");
        withPerson.FirstLeads.Should().BeFalse();
    }

    [Fact]
    public void DropsATrailingEtc()
    {
        Parse("县科工信局、县农业农村局等").Units.Select(u => u.Name).Should().Equal("县科工信局", "县农业农村局");
    }

    [Theory]
    [InlineData("副县长 汪立新", new[] { "副县长汪立新" })]
    [InlineData("副县长 汪立新、县委常委 陈永红", new[] { "副县长汪立新", "县委常委陈永红" })]
    [InlineData("县委书记 县长", new[] { "县委书记", "县长" })]
    [InlineData("刘伟 、刘海", new[] { "刘伟", "刘海" })]
    [InlineData("副县长、 汪立新", new[] { "副县长", "汪立新" })]
    [InlineData("分管副县长 县水利局局长", new[] { "分管副县长", "县水利局局长" })]
    public void ATitleAndTheNameSpacedAfterItAreOneLeader(string printed, string[] leaders) =>
        UnitListParser.SplitNames(DualText.Of(printed)).Should().Equal(leaders);
}
