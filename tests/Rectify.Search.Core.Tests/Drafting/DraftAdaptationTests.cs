using Rectify.Search.Core.Drafting;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Core.Tests.Drafting;

/// <summary>A precedent's words adapted to the drafter's county: units renamed, the precedent's places marked, deadlines moved.</summary>
public sealed class DraftAdaptationTests
{
    private static readonly DraftAdaptation A = DraftAdaptation.Default;
    private static readonly Region Baojing = new("湖南省", "湘西土家族苗族自治州", "保靖县", "433125", RegionLevel.County);
    private static readonly Region Xingguo = new("江西省", "赣州市", "兴国县", "360732", RegionLevel.County);
    private static readonly Citation Cite = new("000", "兴国县贯彻落实中央生态环境保护督察报告整改方案", "江西省赣州市兴国县", 2021, "十六", null);

    [Theory]
    [InlineData("县自然资源局", "保靖县自然资源局")]
    [InlineData("兴国县生态环境局", "保靖县生态环境局")]
    [InlineData("赣州市生态环境局", "保靖县生态环境局")]
    [InlineData("县委办", "保靖县委办")]
    [InlineData("省生态环境厅", "保靖县生态环境局")]
    public void ADepartmentOrPartyUnitIsNamedForTheDraftersCounty(string unit, string expected)
    {
        var item = A.Unit(unit, Cite, Xingguo, Baojing);

        item.Text.Should().Be(expected);
        item.Review.Should().BeEmpty();
        item.Source.Should().Be(Cite);
    }

    [Fact]
    public void AUnitOfThePrecedentsOwnIsKeptMarkedAndListedForReview()
    {
        var company = A.Unit("兴国县城市建设投资有限公司", Cite, Xingguo, Baojing);
        company.Text.Should().Be("【待核：兴国县】城市建设投资有限公司");
        company.Review.Should().Equal("兴国县");

        var towns = A.Unit("各乡镇", Cite, Xingguo, Baojing);
        (towns.Text, towns.Review.Count).Should().Be(("各乡镇", 1));
        towns.Review.Should().Equal("单位");
    }

    [Fact]
    public void PlaceNamesOfThePrecedentsRegionAreMarkedTheDraftersOwnAreNotAndYearsAreListed()
    {
        var item = A.Text("2023年底前，完成兴国县城区及赣州经开区雨污分流改造，保靖县同步推进。", Cite, Xingguo, Baojing);

        item.Text.Should().Be("2023年底前，完成【待核：兴国县】城区及【待核：赣州】经开区雨污分流改造，保靖县同步推进。");
        item.Review.Should().Equal("兴国县", "赣州", "2023年");
    }

    [Fact]
    public void ADeadlineIsOfferedAsItsKindOrMovedByTheYearsItLayAfterItsPlanNeverConfirmed()
    {
        var dated = A.Deadline(new Deadline("2023年12月底前", "2023-12-31", DeadlineKind.Date, null, false, false), 2021, 2026, Cite)!;
        (dated.Text, dated.Date, dated.Kind, dated.Confirmed).Should().Be(("2028年12月底前", "2028-12-31", DeadlineKind.Date, false));

        var ongoing = A.Deadline(new Deadline("2022年6月底前，长期坚持", "2022-06-30", DeadlineKind.Date, null, true, false), 2021, 2026, Cite)!;
        (ongoing.Text, ongoing.Date).Should().Be(("2027年6月底前，长期坚持", "2027-06-30"));

        A.Deadline(new Deadline("立行立改，长期坚持", null, DeadlineKind.ImmediateAndOngoing, null, false, false), 2021, 2026, Cite)!
            .Should().Be(new DraftDeadline("立行立改，长期坚持", DeadlineKind.ImmediateAndOngoing, null, false, Cite));
        A.Deadline(Deadline.None, 2021, 2026, Cite).Should().BeNull();
    }

    [Fact]
    public void ACitationPrintsItsPlanRegionYearAndProblem() =>
        Cite.Note.Should().Be("《兴国县贯彻落实中央生态环境保护督察报告整改方案》（江西省赣州市兴国县，2021年）问题十六");
}
