using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Analysis.Segmentation;
using Rectify.Search.Analysis.Tests.Support;

namespace Rectify.Search.Analysis.Tests.Lucene;

/// <summary>Token tables on real sentences from the seed plans.</summary>
public sealed class ChineseAnalyzerTests
{
    private static readonly ChineseAnalyzer Query = new(SegmentMode.Query);
    private static readonly ChineseAnalyzer Index = new(SegmentMode.Index);

    public static TheoryData<string, string[]> PlanSentences => new()
    {
        { "坚决遏制“两高”项目盲目发展，切实加强能耗“双控”管理", ["坚决", "遏制", "两高", "项目", "盲目发展", "切实加强", "能耗", "双控", "管理"] },
        { "2021 年 6 月底前，建立能耗双控完成情况“晴雨表”季报制度", ["2021年6月", "底", "前", "建立", "能耗双控", "完成", "情况", "晴雨表", "季报", "制度"] },
        { "对现有污水管网开展全面摸排，对管网破损、渗漏、错接混接、堵塞等问题进行整治", ["现有", "污水管网", "开展", "全面", "摸排", "管网", "破损", "渗漏", "错接混接", "堵塞", "问题", "进行", "整治"] },
        { "因地制宜推进雨污分流改造，切实提高城镇生活污水处理效能", ["因地制宜", "推进", "雨污分流", "改造", "切实", "提高", "城镇生活污水", "处理", "效能"] },
        { "县城污水处理厂进水COD浓度在100毫克/升以上", ["县城", "污水处理厂", "进水", "cod", "浓度", "100毫克/升"] },
        { "全县测土配方施肥技术覆盖率稳定在 90%以上", ["全县", "测土配方施肥", "技术", "覆盖率", "稳定", "90%"] },
        { "大力推进病虫害专业化统防统治，主要农作物病虫害专业化统防统治覆盖率达到 45%以上", ["大力", "推进", "病虫害", "专业化统防统治", "主要", "农作物", "病虫害", "专业化统防统治", "覆盖率", "达到", "45%"] },
        { "全县每年新创建病虫害绿色防控示范区3个，示范面积0.36万亩", ["全县", "每年", "新创建", "病虫害绿色防控", "示范区", "3", "示范", "面积", "0.36万亩"] },
        { "全面推进绿色矿山建设，指导全县矿山向绿色开采转变", ["全面", "推进", "绿色矿山建设", "指导", "全县", "矿山", "绿色开采", "转变"] },
        { "落实“边开采、边治理”要求，加强矿山生态保护修复", ["落实", "开采", "治理", "要求", "加强", "矿山", "生态", "保护", "修复"] },
        { "对尾矿库环境安全隐患分类别、分阶段进行整改治理", ["尾矿库", "环境", "安全隐患", "分类", "分阶段", "进行", "整改", "治理"] },
        { "配合省、州完成矿涌水污染情况调查，推进矿涌水污染治理", ["配合", "省", "州", "完成", "矿涌水", "污染", "情况", "调查", "推进", "矿涌水", "污染", "治理"] },
        { "严格落实生态环境保护“党政同责、一岗双责”", ["严格", "落实", "生态", "环境保护", "党政同责", "一岗双责"] },
        { "加快“三线一单”落地应用，落实能耗控制管理要求", ["加快", "三线一单", "落地", "应用", "落实", "能耗", "控制", "管理", "要求"] },
        { "严格实行“双随机、一公开”环境监管模式", ["严格", "实行", "双随机", "公开", "环境", "监管", "模式"] },
        { "严格落实施工扬尘“六个百分百”", ["严格", "落实", "施工扬尘", "六个百分百"] },
        { "禁煤区“双清零”不到位，还有100余户采用煤球做饭取暖", ["禁煤区", "双清零", "到位", "100", "余户", "采用", "煤球", "做饭", "取暖"] },
        { "城区还有0.147万余户未实现清洁取暖改造", ["城区", "0.147万", "余户", "未", "实现", "清洁取暖改造"] },
        { "巩固提升城市黑臭水体治理成果，加强入河排污口监管", ["巩固", "提升", "城市", "黑臭水体", "治理", "成果", "加强", "入河排污口", "监管"] },
        { "垃圾填埋场渗滤液渗漏、直排问题得到有效治理", ["垃圾填埋场", "渗滤液", "渗漏", "直排", "问题", "得到", "有效", "治理"] },
        { "2019年以来非法处置危险废物7000余吨", ["2019年", "非法", "处置", "危险废物", "7000", "余吨"] },
        { "习近平总书记曾专门针对“镉大米”事件作出重要批示", ["习近平", "总书记", "专门", "镉大米", "事件", "作出", "重要批示"] },
        { "推进涉铊排查整治，建立涉铊企业和工业园区清单", ["推进", "涉铊", "排查", "整治", "建立", "涉铊", "企业", "工业园区", "清单"] },
        { "深化落实河湖长制，全力推进重点水域禁捕退捕", ["深化", "落实", "河湖长制", "全力", "推进", "重点", "水域", "禁捕退捕"] },
        { "2022年至2025年，城市生活污水集中收集率分别达到55%、60%、65%、70%", ["2022年", "2025年", "城市", "生活", "污水集中收集率", "达到", "55%", "60%", "65%", "70%"] },
        { "截至2023年底应缴纳矿山环境治理恢复基金289.9万元", ["2023年", "底", "应", "缴纳", "矿山环境治理恢复基金", "289.9万元"] },
        { "PM2.5浓度均值、优良天数比例达到市考核目标要求", ["pm2.5", "浓度", "均值", "优良天数", "比例", "达到", "市", "考核", "目标", "要求"] },
        { "禁止在合规园区外新建扩建化工项目", ["禁止", "合规", "园区", "外", "新建", "扩建", "化工", "项目"] },
        { "开展产业园区规划环评落实情况核查", ["开展", "产业园区", "规划环评", "落实", "情况", "核查"] },
        { "全面提升排污许可证核发质量", ["全面", "提升", "排污许可证", "核发", "质量"] },
        { "主要农作物绿色防控覆盖率达到44%", ["主要", "农作物", "绿色防控", "覆盖率", "达到", "44%"] },
        { "督促矿山企业落实治理责任，推进退城入园", ["督促", "矿山企业", "落实", "治理", "责任", "推进", "退城入园"] },    };

    [Theory]
    [MemberData(nameof(PlanSentences))]
    public void QueryModeCutsPlanSentencesIntoTheseWords(string sentence, string[] terms)
    {
        Tokens.Terms(Query, sentence).Should().Equal(terms);
    }

    [Fact]
    public void OffsetsPointIntoTheOriginalText()
    {
        const string text = "县城污水处理厂进水COD浓度在100毫克/升以上";
        var tokens = Tokens.Of(Query, text);
        tokens.Should().Equal(
            new Tok("县城", 0, 2), new Tok("污水处理厂", 2, 7), new Tok("进水", 7, 9), new Tok("cod", 9, 12),
            new Tok("浓度", 12, 14), new Tok("100毫克/升", 15, 22, 2));
        tokens.Should().OnlyContain(t => text.Substring(t.Start, t.End - t.Start).ToLowerInvariant() == t.Term);
    }

    [Fact]
    public void IndexModeAddsTheWordsInsideALongWordAtItsPosition()
    {
        Tokens.Of(Index, "污水处理厂").Should().Equal(
            new Tok("污水处理厂", 0, 5), new Tok("污水", 0, 2, 0), new Tok("污水处理", 0, 4, 0), new Tok("处理", 2, 4, 0), new Tok("处理厂", 2, 5, 0));
    }

    [Fact]
    public void ATokenLongerThanLuceneTakesIsCutIntoPiecesOf255Characters()
    {
        // 4,000,000 × 污 on one uploaded line was one term of 12 MB: Lucene refused the plan and the index update failed.
        var digits = string.Concat(Enumerable.Repeat("0123456789", 60));
        var tokens = Tokens.Of(Index, "排查" + digits + "处");
        tokens.Select(t => (t.Start, t.End)).Should().Equal((0, 2), (2, 257), (257, 512), (512, 602), (602, 603));
        tokens[1].Term.Should().Be(digits[..255]);
        tokens.Skip(1).Take(3).Should().OnlyContain(t => t.PositionIncrement == 1);
        Tokens.Of(Query, new string('污', 600)).Should().OnlyContain(t => t.Term.Length <= ChineseTokenizer.MaxTokenLength);
    }

    [Fact]
    public void QueryModeKeepsTheLongWordOnly()
    {
        Tokens.Of(Query, "污水处理厂").Should().Equal(new Tok("污水处理厂", 0, 5));
    }

    [Fact]
    public void IndexModeOnARealSentence()
    {
        Tokens.Terms(Index, "开展测土配方施肥，推进统防统治和绿色防控").Should().Equal(
            "开展", "测土配方施肥", "测土配方", "配方", "施肥", "推进", "统防统治", "统治", "绿色防控", "绿色", "防控");
    }

    [Fact]
    public void FullWidthTextIsFoldedButOffsetsStayOnTheOriginal()
    {
        const string text = "ＰＭ２．５浓度均值";
        Tokens.Of(Query, text).Should().Equal(new Tok("pm2.5", 0, 5), new Tok("浓度", 5, 7), new Tok("均值", 7, 9));
    }

    [Fact]
    public void TraditionalCharactersFindTheSimplifiedWords()
    {
        Tokens.Of(Query, "污水管網建設").Should().Equal(new Tok("污水管网", 0, 4), new Tok("建设", 4, 6));
        Tokens.Terms(Query, "測土配方施肥").Should().Equal("测土配方施肥");
        Tokens.Terms(Query, "危險廢物").Should().Equal("危险废物");
    }

    [Fact]
    public void NumbersKeepTheirUnitsPercentSignsAndDates()
    {
        Tokens.Terms(Query, "进水COD浓度提高到100毫克/升以上").Should().Contain("100毫克/升");
        Tokens.Terms(Query, "覆盖率达到90%").Should().Equal("覆盖率", "达到", "90%");
        Tokens.Terms(Query, "2025年12月31日前完成").Should().Equal("2025年12月31日", "前", "完成");
        Tokens.Terms(Query, "欠缴257.54万元").Should().Equal("欠缴", "257.54万元");
        Tokens.Terms(Query, "二○○一年新年贺词").Should().Equal("二○○一年", "新年贺词");
    }

    [Fact]
    public void ANumberSpacedApartFromItsDateSuffixIsOneTerm()
    {
        var tokens = Tokens.Of(Query, "整改时限：2025 年 12 月底");
        tokens.Should().Equal(new Tok("整改时限", 0, 4), new Tok("2025年12月", 5, 16), new Tok("底", 16, 17));
    }

    [Fact]
    public void LatinTokensComeOutWhole()
    {
        Tokens.Terms(Query, "建立排水管网GIS系统").Should().Equal("建立", "排水管网", "gis", "系统");
        Tokens.Terms(Query, "NH3-N和COD排放").Should().Equal("nh3-n", "cod", "排放");
    }

    [Fact]
    public void DigitsAreNotStopWords()
    {
        Tokens.Terms(Query, "6 月底前完成").Should().StartWith(["6月"]);
    }

    [Fact]
    public void OneAnalyzerServesManyThreadsWithTheSameResults()
    {
        var sentences = PlanSentences.Select(row => (string)row[0]).ToList();
        var expected = sentences.Select(s => Tokens.Of(Index, s)).ToList();
        var results = new List<Tok>[sentences.Count * 8];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Tokens.Of(Index, sentences[i % sentences.Count]));
        for (var i = 0; i < results.Length; i++)
            results[i].Should().Equal(expected[i % sentences.Count]);
    }
}
