using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Tests;

public sealed class MatchColumnTests
{
    private static readonly ThemeMatch[] Matches =
    [
        new("危险废物", "measure", 2, 4, 4, "对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管"),
        new("医疗废物", "measure", 2, 3, 3, "对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管"),
        new("固体废物", "title", null, 1, 2.25, "存在固体废物管理处置不规范的问题"),
    ];

    [Fact]
    public void MatchesReadBackExactlyEachContextWrittenOnce()
    {
        var column = MatchColumn.Write(Matches);
        MatchColumn.Read(column).Should().Equal(Matches);
        column.Should().Be("""[["危险废物","measure",2,4,4,"对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管"],["医疗废物","measure",2,3,3,0],["固体废物","title",null,1,2.25,"存在固体废物管理处置不规范的问题"]]""");
    }

    [Fact]
    public void TheObjectsEarlierSchemasWroteAreStillRead()
    {
        const string legacy = """[{"Phrase":"危险废物","Field":"title","MeasurePosition":null,"Weight":4,"Contribution":9,"Context":"湖北汇楚危险废物处置有限公司现有焚烧炉已经运行十年"}]""";
        MatchColumn.Read(legacy).Should().Equal(new ThemeMatch("危险废物", "title", null, 4, 9, "湖北汇楚危险废物处置有限公司现有焚烧炉已经运行十年"));
        MatchColumn.Read("[]").Should().BeEmpty();
    }
}
