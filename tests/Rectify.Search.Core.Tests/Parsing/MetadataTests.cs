using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

public sealed class MetadataTests
{
    [Fact]
    public void XingguoPrintsItsIssuersNumberAndDate()
    {
        var m = Seeds.Plan(Seeds.Xingguo).Metadata;
        m.Title.Should().Be("兴国县贯彻落实中央生态环境保护督察报告整改方案");
        m.IssuingBody.Should().Be("中共兴国县委办公室、兴国县人民政府办公室");
        m.DocumentNumber.Should().Be("兴办字〔2021〕57号");
        m.Date.Should().Be("2021-12-17");
        (m.Year, m.YearSource).Should().Be((2021, "date"));
        m.ListTitle.Should().Be("兴国县贯彻落实中央生态环境保护督察反馈问题整改清单");
        m.Inspection.Should().BeEquivalentTo(new { Kind = "central", Round = 2, FollowUp = false, Group = "中央第四生态环境保护督察组" });
        m.Region.Should().Be(new Core.Model.Region("江西省", "赣州市", "兴国县", "360732", RegionLevel.County));
    }

    [Fact]
    public void BaojingTakesItsTitleFromTheListAndItsRoundFromTheTitle()
    {
        var m = Seeds.Plan(Seeds.Baojing).Metadata;
        m.Title.Should().Be("保靖县贯彻落实第二轮中央生态环境保护督察报告整改清单");
        m.IssuingBody.Should().BeNull();
        // It prints no date, no number and cites no document: its deadlines (2021年12月31日) say when its work ends, not
        // when it was issued, so its year is unknown and said to be.
        (m.Year, m.YearSource).Should().Be((null, null));
        Seeds.Plan(Seeds.Baojing).Diagnostics.Should().Contain(d => d.Code == "year-unknown");
        m.Inspection.Should().BeEquivalentTo(new { Kind = "central", Round = 2, Evidence = "title says 第二轮" });
        m.Region.Should().Be(new Core.Model.Region("湖南省", "湘西土家族苗族自治州", "保靖县", "433125", RegionLevel.County));
    }

    [Fact]
    public void SuixianDatesItselfByTheNewestDocumentItCites()
    {
        var m = Seeds.Plan(Seeds.Suixian).Metadata;
        m.Title.Should().Be("随县贯彻落实第二轮中央生态环境保护督察反馈问题整改方案");
        (m.Year, m.YearSource).Should().Be((2022, "cited-documents"));
        m.ListTitle.Should().Be("随县贯彻落实第二轮中央生态环境保护督察反馈问题整改责任清单");
        m.Region.Should().Be(new Core.Model.Region("湖北省", "随州市", "随县", "421321", RegionLevel.County));
    }

    [Fact]
    public void TheJiangxiWebCopyIsAProvinceLevelFirstRoundPlan()
    {
        var plan = Seeds.Plan(Seeds.Jiangxi);
        var m = plan.Metadata;
        m.Title.Should().Be("江西省贯彻落实中央环境保护督察组督察反馈意见整改方案");
        (m.Year, m.YearSource).Should().Be((null, null), "a web copy without its date: its deadlines (2017年底前) are not its year of issue");
        m.Inspection.Should().BeEquivalentTo(new { Kind = "central", Round = 1, Group = "中央第四环境保护督察组" });
        m.Region.Should().Be(new Core.Model.Region("江西省", null, null, "360000", RegionLevel.Province));
        plan.Diagnostics.Should().Contain(d => d.Code == "web-preamble" && d.Message.StartsWith("lines 1–13:"));
        plan.Diagnostics.Should().Contain(d => d.Code == "web-trailer" && d.Message.StartsWith("lines 321–335: 8 unrelated web links"));
        plan.Problems[^1].Text.Should().NotContain("心得体会");
    }

    [Fact]
    public void JinchengIsAProvincialDraftForACountyLevelDistrict()
    {
        var m = Seeds.Plan(Seeds.Jincheng).Metadata;
        m.Title.Should().Be("晋城市城区贯彻落实省生态环境保护督察反馈意见整改方案");
        m.Edition.Should().Be("征求意见稿");
        (m.Year, m.YearSource).Should().Be((2024, "cited-documents"));
        m.Inspection.Should().BeEquivalentTo(new { Kind = "provincial", Round = (int?)null, Group = "省第三生态环境保护督察组" });
        m.Region.Should().Be(new Core.Model.Region("山西省", "晋城市", "城区", "140502", RegionLevel.County));
    }
}
