using Rectify.Search.Core.Regions;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Regions;

/// <summary>The places a document names apart from its issuer (issue 28): a facet of their own.</summary>
public sealed class PlacesTests
{
    private static IReadOnlyList<string> Codes(string text, string? issuer) =>
        RegionFinder.Places(Gazetteer.Default, [text], issuer).Select(p => p.Code).ToList();

    [Fact]
    public void ACityNoticeNamesItsCountiesNotItself()
    {
        var doc = Seeds.Fixture(Path.Combine("own-layouts", "42_one_line_notice.txt"));
        doc.Metadata.Places.Select(p => (p.Code, p.Name, p.Mentions)).Should().Equal(("410926", "河南省濮阳市范县", 2), ("410927", "河南省濮阳市台前县", 2));
        doc.Problems.Select(p => string.Join(" ", p.Places.Select(x => x.Name))).Should().Equal("河南省濮阳市台前县", "河南省濮阳市范县");
    }

    [Fact]
    public void TheIssuerAndTheDivisionsAboveItAreNotPlaces() =>
        Codes("濮阳市、河南省部署整改，台前县完成管网改造。", "410900").Should().Equal("410927");

    [Theory]
    [InlineData("创建国家生态文明建设示范县，推进建成县城污水处理厂。", "360732")]
    [InlineData("实施城区老旧管网改造8公里。", "140500")]
    [InlineData("加强鄱阳湖滨湖区域生态保护。", "360000")]
    [InlineData("依据《渭南市澄城县整改方案》开展工作。", "610500")]
    public void WordsThatEndInADivisionsNameAreNotPlaces(string text, string issuer) => Codes(text, issuer).Should().BeEmpty();

    [Fact]
    public void AShortNameStandsApartOrAfterItsCity()
    {
        Codes("濮阳市范县金堤河沿岸", "410000").Should().Equal("410900", "410926");
        Codes("二、范县金堤河沿岸", "410900").Should().Equal("410926");
        Codes("江苏省无锡市滨湖区有关企业", "360000").Should().Equal("320200", "320211");
    }

    [Fact]
    public void ANameSeveralDivisionsShareCountsOnlyInTheIssuersProvince()
    {
        // 朝阳区 is Beijing's and Changchun's: a Beijing plan means its own.
        Codes("，朝阳区完成整改。", "110000").Should().Equal("110105");
        Codes("，朝阳区完成整改。", null).Should().BeEmpty();
    }
}
