using Rectify.Search.Core.Model;

namespace Rectify.Search.Storage.Tests;

public sealed class MatchColumnTests
{
    private const string Title = "湖北汇楚危险废物处置有限公司现有焚烧炉已经运行十年，存在固体废物管理处置不规范的问题";
    private const string MeasureTwo = "督促企业整改。对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管";

    private static string? Texts(string field, int? measure) => (field, measure) switch
    {
        ("title", null) => Title,
        ("measures" or "measure", 2) => MeasureTwo,
        _ => null,
    };

    private static readonly ThemeMatch[] Matches =
    [
        new("危险废物", "measure", 2, 4, 4, "对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管"),
        new("医疗废物", "measure", 2, 3, 3, "对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管"),
        new("固体废物", "title", null, 1, 2.25, "存在固体废物管理处置不规范的问题"),
    ];

    [Fact]
    public void ContextsAreWrittenAsPlacesInTheirFieldsTextAndReadBackExactly()
    {
        var column = MatchColumn.Write(Matches, Texts);
        column.Should().Be("""[["危险废物","measure",2,4,4,[7,36]],["医疗废物","measure",2,3,3,0],["固体废物","title",null,1,2.25,[26,16]]]""");
        MatchColumn.Read(column, Texts).Should().Equal(Matches);
    }

    [Fact]
    public void ContextsArePlacesInTheFoldedTextsOfTheProblemAndItsMeasures()
    {
        // The tagger reads the text folded (traditional forms as simplified, no quotation marks): so are the places.
        var problem = new Problem(1, "一", null, "醫療廢物處置能力不足", "醫療廢物處置能力不足，“一岗双责”落实不到位", [],
            new ProblemFields(null, null, null, [], [], [], [], [], false, null, false),
            [new Measure(1, "1", null, "加快医疗废物处置项目建设", [], [], null, 3)], 2);
        ThemeMatch[] matches =
        [
            new("医疗废物", "title", null, 3, 7.5, "医疗废物处置能力不足"),
            new("一岗双责", "text", null, 4, 4, "一岗双责落实不到位"),
            new("医疗废物", "measure", 1, 3, 3, "加快医疗废物处置项目建设"),
            new("医疗废物", "text", null, 3, 3, "另一句话"),
        ];
        var text = MatchColumn.Of(problem);
        var column = MatchColumn.Write(matches, text);
        column.Should().Be("""[["医疗废物","title",null,3,7.5,[0,10]],["一岗双责","text",null,4,4,[11,9]],["医疗废物","measure",1,3,3,[0,12]],["医疗废物","text",null,3,3,"另一句话"]]""");
        MatchColumn.Read(column, MatchColumn.Of(problem)).Should().Equal(matches);
    }

    [Fact]
    public void APlaceOutsideItsTextIsDamageNotAWrongClause()
    {
        var read = () => MatchColumn.Read("""[["危险废物","title",null,4,4,[40,10]]]""", Texts);
        read.Should().Throw<FormatException>().WithMessage("*40+10*title*");
    }

    [Fact]
    public void TheColumnsEarlierSchemasWroteAreStillRead()
    {
        const string objects = """[{"Phrase":"危险废物","Field":"title","MeasurePosition":null,"Weight":4,"Contribution":9,"Context":"湖北汇楚危险废物处置有限公司现有焚烧炉已经运行十年"}]""";
        MatchColumn.Read(objects, Texts).Should().Equal(new ThemeMatch("危险废物", "title", null, 4, 9, "湖北汇楚危险废物处置有限公司现有焚烧炉已经运行十年"));
        const string arrays = """[["危险废物","measure",2,4,4,"对湖北汇楚危险废物处置有限公司医疗废物处置情况和固体废物管理加强日常监管"],["医疗废物","measure",2,3,3,0],["固体废物","title",null,1,2.25,"存在固体废物管理处置不规范的问题"]]""";
        MatchColumn.Read(arrays, Texts).Should().Equal(Matches);
        MatchColumn.Read("[]", Texts).Should().BeEmpty();
    }
}
