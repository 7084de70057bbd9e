using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Parsing;

/// <summary>
/// The issuing body of documents that print it anywhere but before a 关于印发: signed above the date, in a masthead over
/// a 文号, beside a bulletin's date, at the head of the title, in the page's 发布机构 — and none where the page names only
/// a newspaper or a short unit.
/// </summary>
public sealed class IssuerTests
{
    private static PlanDocument Doc(string folder, string name) => Seeds.Fixture(Path.Combine(folder, name + ".txt"));

    [Theory]
    // Two bodies signing on two lines above 2022年3月15日, and on one line set apart by spaces.
    [InlineData("blind-layouts", "139_plan_units_after_measures", "中共蓝山县委办公室、蓝山县人民政府办公室")]
    [InlineData("blind-layouts", "124_tab_table_signed_offices", "中共醴陵市委办公室、醴陵市人民政府办公室")]
    // A cover notice 关于印发《…》的通知 with no issuer before it, signed under its attachments.
    [InlineData("blind-layouts", "138_cover_notice_then_attachments", "靖州苗族侗族自治县人民政府办公室")]
    // Printed before 关于印发 with a space between the two: the same form.
    [InlineData("blind-layouts", "95_dated_before_cc_line", "中共汝城县委办公室、汝城县人民政府办公室")]
    // A red-headed file: 泸溪县人民政府办公室 over 泸政办发〔2018〕45号; 中共新邵县委办公室文件 over 新办发〔2018〕23号.
    [InlineData("blind-layouts", "114_wenhao_2018_deadlines_2020", "泸溪县人民政府办公室")]
    [InlineData("blind-layouts", "75_plan_dated_at_top", "中共新邵县委办公室")]
    // A bulletin's masthead: 嘉鱼县…办公室　　　　2023年9月28日.
    [InlineData("blind-layouts", "136_bulletin_numbered_points", "嘉鱼县生态环境保护督察整改工作领导小组办公室")]
    // The page's 发布机构, in a portal copy and in its copy read one byte off (repaired).
    [InlineData("blind-layouts", "61_portal_metadata_date", "温县人民政府")]
    [InlineData("blind-layouts", "66_mirror_gbk_one_byte_off", "温县人民政府")]
    [InlineData("layouts", "11_xianning_2022_trad", "咸宁市生态环境局")]
    // A traditional mirror with pinyin injected into the signature (德興(dé xīng)市…辦公室): read folded.
    [InlineData("blind-layouts", "80_mirror_trad_pinyin_of_73", "德兴市生态环境保护委员会办公室")]
    // A mirror read a byte off garbles the title's first characters (曛奘猩�态…); the signature is whole.
    [InlineData("own-layouts", "50_mirror_odd_offset", "株洲市生态环境保护委员会办公室")]
    // Signed without a date under the last record.
    [InlineData("blind-layouts", "102_vertical_key_values", "建德市生态环境保护委员会办公室")]
    // 岳阳市住房和城乡建设局关于…: the title's opening.
    [InlineData("layouts", "03_yueyang_zjj_2019", "岳阳市住房和城乡建设局")]
    public void TheIssuerIsReadWhereverItIsPrinted(string folder, string name, string issuer) =>
        Doc(folder, name).Metadata.IssuingBody.Should().Be(issuer);

    [Theory]
    // 信息來源:市攻堅辦 and 作者：市督察整改办 name a unit without its place; 来源：岳阳日报 a newspaper.
    [InlineData("layouts", "13_honghu_2023_trad")]
    [InlineData("blind-layouts", "117_date_label_riqi")]
    [InlineData("own-layouts", "46_news_page")]
    public void AShortUnitOrANewspaperIsNoIssuer(string folder, string name) =>
        Doc(folder, name).Metadata.IssuingBody.Should().BeNull();

    [Fact]
    public void AMastheadRunIntoTheTitleGivesTheIssuerAndTheNumber()
    {
        // 沧县生态环境保护委员会办公室文件 / 沧环委办〔2019〕12号 / 关于印发…, joined into one line by the reader.
        var m = Doc("blind-layouts", "67_wenhao_only_dates_later").Metadata;
        (m.IssuingBody, m.DocumentNumber).Should().Be(("沧县生态环境保护委员会办公室", "沧环委办〔2019〕12号"));
    }

    [Fact]
    public void AnUndatedSignatureAndTheNextRecordsNumberAreNoPartOfTheLastValue()
    {
        // 整改情况：已完成整改，企业安装收尘设施 / 建德市生态环境保护委员会办公室; 整改情况：… / 序号：2 / 反馈问题：….
        var doc = Doc("blind-layouts", "102_vertical_key_values");
        doc.Problems.Select(p => p.Fields.Progress).Should().Equal("整改情况：已全部清退，建立常态化巡查机制", "整改情况：已完成整改，企业安装收尘设施");
        doc.Problems.Select(p => p.FeedbackNo).Should().Equal("反馈问题1", "反馈问题2");
        doc.Sections.Should().ContainSingle(s => s.Heading == "落款").Which.Text.Should().Be("建德市生态环境保护委员会办公室");
    }
}
