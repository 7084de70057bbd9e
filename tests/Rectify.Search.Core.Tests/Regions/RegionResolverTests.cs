using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Core.Tests.Regions;

public sealed class RegionResolverTests
{
    private static Region? Resolve(string title, string context, List<Diagnostic>? diagnostics = null) =>
        RegionResolver.Resolve(Gazetteer.Default, title, context, diagnostics ?? []);

    [Theory]
    [InlineData("兴国县贯彻落实中央生态环境保护督察报告整改方案", "江西省", "赣州市", "兴国县", "360732", "county")]
    [InlineData("保靖县贯彻落实第二轮中央生态环境保护督察报告整改清单", "湖南省", "湘西土家族苗族自治州", "保靖县", "433125", "county")]
    [InlineData("随县贯彻落实第二轮中央生态环境保护督察反馈问题整改方案", "湖北省", "随州市", "随县", "421321", "county")]
    [InlineData("江西省贯彻落实中央环境保护督察组督察反馈意见整改方案", "江西省", null, null, "360000", "province")]
    [InlineData("晋城市城区贯彻落实省生态环境保护督察反馈意见整改方案", "山西省", "晋城市", "城区", "140502", "county")]
    [InlineData("阳泉市城区贯彻落实省生态环境保护督察反馈意见整改方案", "山西省", "阳泉市", "城区", "140302", "county")]
    [InlineData("湘西州保靖县整改方案", "湖南省", "湘西土家族苗族自治州", "保靖县", "433125", "county")]
    [InlineData("赣州市贯彻落实中央生态环境保护督察报告整改方案", "江西省", "赣州市", null, "360700", "city")]
    public void ResolvesTheRegionATitleStartsWith(string title, string province, string? city, string? county, string code, string level)
    {
        Resolve(title, "").Should().Be(new Region(province, city, county, code, WireNames.Parse<RegionLevel>(level)!.Value));
    }

    [Fact]
    public void AnAmbiguousDistrictIsSettledByTheCityThePlanMentions()
    {
        Resolve("城区贯彻落实省生态环境保护督察反馈意见整改方案", "省第三生态环境保护督察组对晋城市开展了督察，期间下沉城区。晋城市委")!
            .Code.Should().Be("140502");
    }

    [Fact]
    public void AnAmbiguousDistrictWithNoClueIsNotGuessed()
    {
        var diagnostics = new List<Diagnostic>();
        Resolve("城区贯彻落实整改方案", "", diagnostics).Should().BeNull();
        diagnostics.Should().ContainSingle(d => d.Code == "region-ambiguous")
            .Which.Message.Should().Contain("山西省阳泉市城区 140302").And.Contain("山西省晋城市城区 140502");
    }

    [Fact]
    public void ATitleWithoutARegionResolvesToNothing()
    {
        Resolve("关于进一步加强督察整改工作的整改方案", "").Should().BeNull();
    }
}
