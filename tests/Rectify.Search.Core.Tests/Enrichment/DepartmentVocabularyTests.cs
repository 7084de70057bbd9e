using Rectify.Search.Core.Enrichment.Departments;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Enrichment;

public sealed class DepartmentVocabularyTests
{
    private static (string?, string?) Map(string unit) => DepartmentVocabulary.Default.Map(unit) is var u ? (u.Department?.Id, u.Level?.Wire()) : default;

    [Theory]
    [InlineData("县发改委", "development-reform", "county")]
    [InlineData("县发改局", "development-reform", "county")]
    [InlineData("省发改委", "development-reform", "province")]
    [InlineData("区发改（能源）局", "development-reform", "county")]
    [InlineData("县农业农村局", "agriculture", "county")]
    [InlineData("省农业厅", "agriculture", "province")]
    [InlineData("县生态环境局", "ecology-environment", "county")]
    [InlineData("州生态环境局保靖分局", "ecology-environment", "county")]
    [InlineData("市生态环境局随县分局", "ecology-environment", "county")]
    [InlineData("省环保厅", "ecology-environment", "province")]
    [InlineData("随县自然资源和规划局", "natural-resources", "county")]
    [InlineData("县住建局（县人防办）", "housing-construction", "county")]
    [InlineData("县城市管理和综合执法局", "urban-management", "county")]
    [InlineData("省河长办", "water", "province")]
    [InlineData("县民政局", "civil-affairs", "county")]
    public void DepartmentsOfEveryLevelAndSpellingMapToOne(string unit, string department, string level) =>
        Map(unit).Should().Be((department, level));

    [Theory]
    [InlineData("钟家庄街道办事处", "town")]
    [InlineData("草店镇党委政府", "town")]
    [InlineData("北石店镇党委", "town")]
    [InlineData("州城镇人民政府", "town")] // a town named 州城, not 城镇; 人民政府's 民政 no civil affairs
    [InlineData("随县经济开发区", "park")]
    [InlineData("太白顶风景名胜区党工委和管委会", "park")]
    [InlineData("白云山国家级自然保护区管理局", "protected-area")]
    [InlineData("县委组织部", "party")]
    [InlineData("县纪委监委", "party")]
    [InlineData("省政府办公厅", "government")]
    [InlineData("上饶和景德镇市政府", "government")]
    [InlineData("宜春", "government")]
    [InlineData("国网随县供电公司", "company")]
    [InlineData("保靖中燃城镇燃气有限责任公司", "company")]
    public void TownsParksPartyBodiesGovernmentsAndCompaniesAreRecognised(string unit, string kind) =>
        DepartmentVocabulary.Default.Map(unit).Department!.Kind.Should().Be(kind);

    [Fact]
    public void EverySeedUnitMapsSaveTwoFragmentsTheParserLeaves()
    {
        var units = new[] { Seeds.Xingguo, Seeds.Baojing, Seeds.Suixian, Seeds.Jiangxi, Seeds.Jincheng }
            .SelectMany(id => Seeds.Plan(id).Problems)
            .SelectMany(p => p.Fields.LeadUnits.Concat(p.Fields.SupportUnits).Concat(p.Fields.ResponsibleUnits).Concat(p.Measures.SelectMany(m => m.ResponsibleUnits)))
            .Distinct().ToList();

        units.Should().HaveCount(117);
        // 西上庄 is the first half of 西上庄、钟家庄街道办事处; 区直相关单位 names no department.
        units.Where(u => DepartmentVocabulary.Default.Map(u).Department is null).Should().BeEquivalentTo(["西上庄", "区直相关单位"]);
    }

    [Fact]
    public void AVocabularyFileThatCannotBeReadIsRefusedNamingTheLine()
    {
        var act = () => DepartmentVocabulary.Parse(["# version: 1", "[water] 水利 | water"], "departments.txt", Core.Regions.Gazetteer.Default);
        act.Should().Throw<FormatException>().WithMessage("departments.txt line 2: expected [id] 中文名 | English name | kind, got \"[water] 水利 | water\"");
    }
}
