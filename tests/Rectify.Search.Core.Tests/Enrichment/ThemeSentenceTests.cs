using Rectify.Search.Core.Enrichment.Themes;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Tests.Support;

namespace Rectify.Search.Core.Tests.Enrichment;

/// <summary>
/// Every theme of the taxonomy on sentences from the seed plans, each read as a problem's finding: one it tags, and a
/// near miss — a sentence with its vocabulary, or on a neighbouring theme — that it does not.
/// </summary>
public sealed class ThemeSentenceTests
{
    /// <summary>theme, a sentence it tags, a near miss it does not tag.</summary>
    public static TheoryData<string, string, string> Sentences => new()
    {
        { "two-high", "“两高”项目控制不力", "六大高耗能行业增加值占规模以上工业的比重" },
        { "overcapacity", "化解过剩产能不够有力", "一些地方和部门高质量发展意识不强，盲目建设“两高”项目" },
        { "energy-mix", "天然气消费占比仅为3.1%", "推广高效植保施药器械" },
        { "sewage-network", "污水管网建设改造欠账多", "西上庄、钟家庄街道办事处的10处农村生活污水处理设施运行不正常" },
        { "rural-sewage", "西上庄、钟家庄街道办事处的10处农村生活污水处理设施运行不正常", "北石店污水处理厂进水化学需氧量（COD）浓度偏低" },
        { "water-quality", "“鄱阳湖水质下降”问题", "完成县级集中式饮用水水源地规范化建设" },
        { "drinking-water", "完成县级集中式饮用水水源地规范化建设", "“鄱阳湖水质下降”问题" },
        { "groundwater", "属于地下水超载地区的城区地下水资源量减少58.56%", "湖北省现有管网错接漏接混接、地下水入渗等问题突出" },
        { "mine-restoration", "废弃矿山修复滞后", "推进砂石土矿专项整治" },
        { "mining-regulation", "推进砂石土矿专项整治", "废弃矿山修复滞后" },
        { "tailings", "部分尾矿库环境安全隐患较为突出", "朝盛矿业不仅不修复，还持续违法侵占林地，堆放尾矿渣" },
        { "fertilizer-reduction", "扎实推进测土配方施肥", "江西农药减量措施不实" },
        { "pesticide-reduction", "江西农药减量措施不实", "扎实推进测土配方施肥" },
        { "livestock", "全面推进畜禽养殖禁养区、限养区和可养区“三区”划定", "不从水产养殖污染、农药化肥减量不到位、生活污水直排等方面查找原因" },
        { "straw-burning", "秸秆焚烧问题仍存在", "发挥绿肥固氮减氮、活化土壤养分等效应" },
        { "hazardous-waste", "危险废物处置利用问题多发", "做好工业固体废物综合治理" },
        { "household-waste", "生活垃圾处理短板明显", "推进污泥处理处置" },
        { "heavy-metals", "推进涉铊排查整治", "组织对有色金属冶炼行业开展落后产能排查、淘汰工作" },
        { "contaminated-farmland", "调整严格管控类耕地种植结构，全面退出水稻生产", "发挥绿肥固氮减氮、活化土壤养分等效应，减少化肥用量" },
        { "air-quality", "空气质量持续改善，基本消除重污染天气", "《江西省打赢蓝天保卫战三年行动计划》要求" },
        { "coal-boilers", "园区集中供热推进缓慢", "加快推进清洁取暖改造" },
        { "clean-heating", "加快推进清洁取暖改造", "大型煤堆、料堆实行封闭储存" },
        { "dust", "加强各类扬尘整治", "还有100余户采用煤球做饭取暖" },
        { "vehicle-emissions", "加快淘汰黄标车和老旧车辆", "运输车辆清洗洁净驶出工地" },
        { "vocs", "严控挥发性有机物排放", "加强工业废气治理" },
        { "industrial-parks", "园区环境保护水平较低", "全县每年新创建病虫害绿色防控示范区3个" },
        { "chemical-industry", "禁止在府澴河沿岸1公里范围内新建、扩建化工园区和化工项目", "湖南省产业结构层次偏低，重化工占比较高" },
        { "eia-permits", "全面提升排污许可证核发质量", "规范园区污水产排企业排污口设置" },
        { "yangtze-protection", "高标准、严要求抓好长江大保护", "通过开展发放施肥建议卡、施肥信息上墙" },
        { "biodiversity", "开展保靖县县域生物多样性资源调查", "有的领导干部认为，江西以前保护区划定太多太大" },
        { "monitoring", "监测网络和体系有待全面构建", "提升病虫监测预警能力" },
        { "petitions", "一些地方和部门对群众信访投诉重视不够", "切实维护人民群众“舌尖上的安全”" },
        { "enforcement", "强化执法监管", "强化粮食市场监管" },
        { "accountability", "更新生态环境保护责任清单", "对长江保护修复的重要意义没有给予足够重视" },
        { "data-falsification", "一些地方绿色矿山创建验收弄虚作假", "做实做细各个工作环节，如实上报数据，严禁弄虚作假" },
        { "ship-pollution", "船舶污染防治仍需加强", "加强日常监管，确保农村生活污水处理设施运行正常" },
        { "infrastructure", "江西省环境基础设施欠账多", "污水管网建设改造欠账多" },
    };

    private static readonly string SeedText = string.Concat(
        new[] { Seeds.Xingguo, Seeds.Baojing, Seeds.Suixian, Seeds.Jiangxi, Seeds.Jincheng }.Select(id => File.ReadAllText(Seeds.PathOf(id))));

    [Theory]
    [MemberData(nameof(Sentences))]
    public void EachThemeTagsItsSentenceAndNotItsNearMiss(string theme, string tagged, string nearMiss)
    {
        SeedText.Should().Contain(tagged).And.Contain(nearMiss);
        Themes(tagged).Should().Contain(theme);
        Themes(nearMiss).Should().NotContain(theme);
    }

    /// <summary>
    /// theme, a measure in the words plans use for it that the seeds do not (taxonomy version 6: each theme's vocabulary
    /// widened from what the field is known to say, not from labelled plans), a measure on a neighbouring subject.
    /// </summary>
    public static TheoryData<string, string, string> Vocabulary => new()
    {
        { "vehicle-emissions", "开展柴油车和非道路移动机械排放检验，查处黑烟车", "建设施工工地车辆冲洗设施" },
        { "clean-heating", "2020年10月底前完成气代煤、电代煤改造1.2万户", "实施燃煤锅炉超低排放改造" },
        { "drinking-water", "开展水源保护区专项排查，依法拆除违规建筑", "实施河道生态清淤" },
        { "dust", "裸土全部苫盖，落实湿法作业和抑尘措施", "餐饮单位全部安装油烟净化设施" },
        { "vocs", "督促企业完成喷涂废气收集处理设施改造", "督促企业完成脱硫脱硝设施改造" },
        { "livestock", "督促规模养殖场配套建设养殖废水处理设施", "推广水产健康养殖" },
        { "hazardous-waste", "规范废矿物油和废铅蓄电池收集贮存", "完善农村生活垃圾收运体系" },
        { "heavy-metals", "实施六价铬污染场地治理，开展涉重企业排查", "开展土壤污染状况详查" },
        { "tailings", "开展尾砂库和赤泥库安全隐患排查", "开展废弃矿山生态修复" },
        // Taxonomy 10: 生态修复 alone is the restoration of anything (a river bank, a reclaimed coast); a mine needs its word.
        { "mine-restoration", "对关闭矿山实施生态修复", "对受损河道岸线实施生态修复，恢复岸线植被" },
        // 沿江 along any river is not the Yangtze; small hydro's ecological flow is river ecology, not the energy mix.
        { "yangtze-protection", "排查整治沿江化工企业，落实长江保护法", "开展夫夷江沿江入河排污口排查整治" },
        { "biodiversity", "督促小水电站落实生态流量泄放要求", "推进光伏、风电和水电开发" },
        { "vocs", "督促鞋业企业完成喷胶工序废气收集处理", "督促鞋业企业完成污水处理设施改造" },
        { "enforcement", "对超标排放企业依法处罚", "督促企业完成废水处理设施升级改造" },
        // Taxonomy 12: case handling in other words; closure under industrial policy is the industry's structure.
        { "enforcement", "依法查扣无证采砂船只，移送涉嫌犯罪案件", "编制河道采砂规划，规范采砂许可管理" },
        { "overcapacity", "对不符合产业政策的砖瓦窑、石灰窑依法关闭取缔", "保留企业完成脱硫除尘设施改造和物料堆场封闭" },
        // Taxonomy 14: a pig farm's manure water; fish stocking; a lake's water sampled on a schedule.
        { "livestock", "某养猪场粪水直排连江支流", "城西湖沿岸部分区域仍有非法圈圩养殖" },
        { "biodiversity", "对湖区开展增殖放流，退养还湖面积3800亩", "对湖区开展清淤疏浚" },
        { "monitoring", "建立河长巡河和水质定期监测制度", "建立河长巡河制度" },
        // Taxonomy 15: a livestock farm's rainwater and wastewater; a drinking-water source's protected zone.
        { "sewage-network", "实施老城区雨污分流改造", "实施规模养殖场雨污分流、干湿分离改造" },
        { "drinking-water", "县城集中式饮用水水源地保护区内仍有居民生活污水直排", "自然保护区核心区内仍有违规建筑" },
        // Taxonomy 16: 群众反映强烈 is emphasis in passing; a complaint is said so.
        { "petitions", "建立油烟投诉快速处置机制，群众反映的问题限时办结", "县城周边部分石材加工企业露天作业，粉尘无组织排放问题突出，群众反映强烈" },
        { "hazardous-waste", "企业废药全部规范转移处置", "完善农村生活垃圾收运体系" },
        // A slag yard's leachate is no household waste.
        { "household-waste", "对填埋场积存渗滤液实施应急处理", "督促磷化工企业完成磷石膏渣场防渗改造和渗滤液收集池建设" },
        // Taxonomy 17: case handling with an adverb inside it; an artificial wetland treats water, it protects no wetland.
        { "enforcement", "对清理后复养、新增违规养殖的，依法从严查处。", "对清理后复养、新增违规养殖的，督促限期拆除。" },
        { "biodiversity", "实施退渔还湿，恢复洪泽湖湿地生态功能", "建设孝河人工湿地，进一步削减入河污染负荷。" },
        // Taxonomy 18: greening is a mine's restoration where a mine is named; a wharf closed is no port's pollution.
        { "mine-restoration", "对关闭采石场实施复绿12亩", "完成岸线生态复绿12.6万平方米。" },
        { "ship-pollution", "完善港口船舶垃圾接收转运设施", "对已取缔的非法码头逐一复核" },
        // Taxonomy 19: air pollutants emitted are the air's (烟气, 油烟, 涉气 projects); a wharf's dust is dust, an outfall
        // traced by sampling is no monitoring, a landfill's drains are no town's sewers.
        { "air-quality", "市区20公里范围内不再新上涉气项目", "市区20公里范围内不再新上涉水项目" },
        { "air-quality", "督促陶瓷企业完成窑炉烟气脱硫脱硝，氮氧化物稳定达标", "督促陶瓷企业完成废水处理设施改造，化学需氧量稳定达标" },
        { "ship-pollution", "完善码头船舶污水接收设施", "长江沿岸部分码头和堆场扬尘污染问题突出" },
        { "monitoring", "在主要支流断面开展水质自动监测", "对排查出的排污口开展监测溯源，实施分类整治" },
        { "sewage-network", "完成老城区污水管网雨污分流改造", "完善填埋场防渗和雨污分流设施" },
        // Taxonomy 20: a forest park is a protected area, a water source's zone is none; cutting stone is no mining; 产业园 is a park.
        { "biodiversity", "五脑山国家森林公园部分区域违规建设农家乐，破坏林地", "部分乡镇集中式饮用水水源保护区划定后未设立标志" },
        { "mining-regulation", "开展石材开采秩序专项整治", "县城周边部分石材加工企业粉尘无组织排放" },
        { "industrial-parks", "宠物食品产业园部分企业污水处理设施不完善", "宠物食品企业部分污水处理设施不完善" },
        // Taxonomy 21: manganese is a heavy metal and its slag yard's leachate no household waste; a landfill's groundwater
        // watched; an automatic monitoring and warning system is monitoring (a pest's warning is none).
        { "heavy-metals", "督促电解锰企业完成锰渣无害化处理", "督促建材企业完成建筑垃圾资源化利用" },
        { "household-waste", "新建生活垃圾填埋场渗滤液处理站", "完成锰渣堆存场渗滤液收集系统建设" },
        { "groundwater", "开展填埋场周边地下水监测", "开展填埋场周边环境整治" },
        { "monitoring", "建立松桃河锰污染自动监测预警体系", "提升病虫监测预警能力" },
        // Taxonomy 22: a water source's graded zones (一级/二级/准保护区) are no nature reserve; a coal-gangue heap restored is
        // a mine restored (one only kept from blowing dust is not).
        { "biodiversity", "对位于自然保护区核心区的小水电站有序退出", "完善一级保护区隔离防护设施和警示标志" },
        { "mine-restoration", "完成历史遗留矸石山综合治理和生态修复", "矸石山全部落实覆盖、洒水等抑尘措施" },
        // Taxonomy 25: 严厉打击 is case handling; a pig farm's rain and sewage kept apart, and leachate taken to a sewage
        // plant, are no urban sewage network's.
        { "enforcement", "联合公安等部门严厉打击非法采砂", "严格河道采砂许可管理" },
        { "sewage-network", "督促小区完善雨污分流和管网改造", "督促养猪场完善雨污分流和贮存设施" },
        { "sewage-network", "新建县城污水处理厂一座", "渗滤液统一运至县城污水处理厂处理" },
        // Taxonomy 26: a national park is a protected area.
        { "biodiversity", "拆除祁连山国家公园一般控制区内违规建设的旅游设施", "拆除城区公园内违规建设的经营设施" },
        // Taxonomy 27: aquaculture on a coast's mudflats (围海养殖, 养殖塘口) is no livestock.
        { "livestock", "依法关闭搬迁禁养区内畜禽养殖场", "依法清退沿海滩涂违规围海养殖塘口" },
        // Taxonomy 28: monitoring made more frequent and stations built are monitoring; a village's domestic sewage is rural.
        { "monitoring", "加密周边沟渠和河流氟化物监测频次", "加密周边沟渠和河流巡查频次" },
        { "monitoring", "建设园区大气特征污染物监测站点", "建设园区污水处理站点" },
        { "rural-sewage", "对闲置的村级生活污水处理设施分类实施修复改造", "对闲置的城镇生活污水处理设施分类实施修复改造" },
        // Taxonomy 30: 港口镇 (and 港口乡, 港口区) is a place, no port.
        { "ship-pollution", "完善港口船舶污染物接收转运设施", "督促港口镇竹木加工企业完善废气收集处理设施" },
        // Taxonomy 31 (318, 314): a wetland built to clean water is a works, no habitat; joint enforcement is case handling.
        { "biodiversity", "实施湖滨带湿地保护与修复，恢复水生植被", "在入湖河道两侧建设生态沟渠和湿地净化设施，拦截农田退水" },
        { "enforcement", "落实河长巡河制度，加强夜间巡查和联合执法", "落实河长巡河制度，加强夜间巡查" },
    };

    [Fact]
    public void AnEffluentsQualityIsNoSurfaceWatersAndAgriculturesDiffusePollutionNoPesticidesOfItself()
    {
        // Taxonomy 28 (304, 303): 出水水质 is what leaves a plant; 农业面源污染 names no pesticide.
        Themes("全区部分村级生活污水处理设施出水水质不达标").Should().Contain("rural-sewage").And.NotContain("water-quality");
        Themes("潭江下游断面水质波动较大").Should().Contain("water-quality");
        Themes("农业面源污染防治存在短板").Should().NotContain("pesticide-reduction");
    }

    [Fact]
    public void GroundwatersPhosphorusIsNoSurfaceWaters()
    {
        // Taxonomy 32 (319): 总磷 in a clause about groundwater.
        Themes("瓮安县部分磷石膏渣场渗滤液收集处理不到位，周边地下水氟化物、总磷超标").Should().NotContain("water-quality");
        Themes("部分河段总磷超标").Should().Contain("water-quality");
    }

    [Fact]
    public void SpecialInspectionsThatFindOffencesAreEnforcement()
    {
        // Taxonomy 33 (328): 专项检查 with the cases it dealt with is case handling; either alone is not.
        ThemeTagger.Default.TagText("开展专项检查3轮，查处违规焚烧行为4起").Select(t => t.ThemeId).Should().Contain("enforcement");
        ThemeTagger.Default.TagText("开展专项检查3轮").Select(t => t.ThemeId).Should().NotContain("enforcement");
    }

    [Fact]
    public void PollutionReachingGroundwaterIsGroundwater()
    {
        // Taxonomy 33 (331): a landfill's leachate 渗漏污染周边土壤和地下水; 地下水 alone is a word in passing.
        Themes("县城生活垃圾填埋场渗滤液调节池防渗层破损，渗滤液渗漏污染周边土壤和地下水").Should().Contain(["household-waste", "groundwater"]);
        Themes("县城生活垃圾填埋场渗滤液调节池防渗层破损，地下水水位较高").Should().NotContain("groundwater");
    }

    [Fact]
    public void WorkedStoneIsNoMining()
    {
        // Taxonomy 34 (335): 石材边角料 and 石材废料 are a works' waste, as 石材加工 is its trade; 石材 mined is mining.
        Themes("部分石材加工企业石材边角料、石粉乱堆乱放").Should().NotContain("mining-regulation");
        Themes("部分石材矿山无证开采").Should().Contain("mining-regulation");
    }

    [Fact]
    public void DiggingWithoutLicenceAndForestLandTakenAreTheirThemesAndADredgerOrAFarmClosedIsNotAnothers()
    {
        // Taxonomy 35 (340, 342, 343, 347): 私挖乱采 is mining regulation; forest land taken or destroyed is biodiversity's;
        // a sand dredger watched is no ship pollution; a livestock farm closed is no overcapacity.
        Themes("马场镇北山村有人在山坡上私挖乱采，破坏植被").Should().Contain("mining-regulation");
        Themes("崇礼区部分滑雪场建设违规占用林地，部分区域未及时恢复植被").Should().Contain("biodiversity");
        Themes("滑雪场建设未及时恢复植被").Should().NotContain("biodiversity");
        ThemeTagger.Default.TagText("推行采砂“电子监管单”，对采砂船舶实行定位监控。").Select(t => t.ThemeId).Should().NotContain("ship-pollution");
        ThemeTagger.Default.TagText("加强船舶污染物接收转运处置").Select(t => t.ThemeId).Should().Contain("ship-pollution");
        Themes("城西片区部分生猪养殖场位于禁养区内未按期关停").Should().Contain("livestock").And.NotContain("overcapacity");
    }

    [Fact]
    public void ProductionStoppedOrACaseOfConductDealtWithIsEnforcementAndSoilNamedAsPollutedIsSoil()
    {
        // Taxonomy 36 (361, 371): 责令停产 and 查处…行为 are case handling of their own, where 责令改正 alone is not;
        // soil named as what is polluted (存在污染土壤风险) is contaminated soil's.
        ThemeTagger.Default.TagText("一是责令停产整改；二是督促企业完成车间封闭。").Select(t => t.ThemeId).Should().Contain("enforcement");
        ThemeTagger.Default.TagText("开展河道采砂专项整治，查处非法采砂行为2起。").Select(t => t.ThemeId).Should().Contain("enforcement");
        ThemeTagger.Default.TagText("责令改正，已安装油烟净化设施。").Select(t => t.ThemeId).Should().NotContain("enforcement");
        Themes("孤岛镇部分油田井场废弃泥浆池未及时清理，存在污染土壤风险").Should().Contain("contaminated-farmland");
    }

    [Fact]
    public void WhatIsMonitoredSandYardsTownHeatingAndManureAreReadForWhatTheyAre()
    {
        // Taxonomy 37 (393–424): a medium monitored (面源污染监测, 出水监测) is monitoring, 环境监测 in passing not; a sand yard is
        // sand mining; a heating network is no sewer and a town's district heating no park's; manure heaped in the open is
        // no dust; production stopped for rectification is case handling; soil named with what else is polluted is soil.
        ThemeTagger.Default.TagText("开展茶园面源污染监测。").Select(t => t.ThemeId).Should().Contain("monitoring");
        ThemeTagger.Default.TagText("建立渗滤液处理设施运行台账，每季度开展出水监测。").Select(t => t.ThemeId).Should().Contain("monitoring");
        ThemeTagger.Default.TagText("已闭库的定期开展安全隐患排查和环境监测，及时防范和化解安全风险。").Select(t => t.ThemeId).Should().NotContain("monitoring");
        Themes("贡江于都段沿岸部分砂场无序堆放，扬尘和水土流失问题突出").Should().Contain("mining-regulation");
        Themes("县城集中供热管网覆盖不足，城区周边仍有分散燃煤小锅炉运行").Should().NotContain("sewage-network").And.NotContain("industrial-parks");
        Themes("乌云镇部分畜禽养殖户粪污露天堆放，雨季随地表径流进入河道").Should().NotContain("dust");
        ThemeTagger.Default.TagText("对整改不到位企业依法停产整治。").Select(t => t.ThemeId).Should().Contain("enforcement");
        Themes("响水生态化工园区关停后遗留部分化工企业厂房设备未拆除，场地土壤和地下水污染风险管控不到位").Should().Contain("contaminated-farmland");
        Themes("华埠镇工业功能区部分企业废气治理设施不完善").Should().Contain("industrial-parks");
    }

    [Fact]
    public void CrackdownsAMinesLegacyQuarriesAndEachActionOfACellAreRead()
    {
        // Taxonomy 38 (425–434): 严查 is case handling; a mining area's legacy (稀土矿区历史遗留废渣) and a quarry restored
        // (石料场…生态修复) are mine restoration.
        ThemeTagger.Default.TagText("加强排水许可管理，严查私接乱排。").Select(t => t.ThemeId).Should().Contain("enforcement");
        Themes("乳源瑶族自治县部分稀土矿区历史遗留废渣未有效处置，雨季淋溶水氨氮超标排放").Should().Contain("mine-restoration");
        Themes("部分废弃石料场未按要求实施生态修复，山体裸露").Should().Contain("mine-restoration");
        // A measure told as actions parted by ； (a sheet's cell) gives the problem each action's theme, as separate measures
        // would: read whole, its four themes gave none.
        ThemesWithMeasure("部分黑茶加工企业燃煤锅炉未淘汰，烟尘排放超标", "全面淘汰县城建成区10蒸吨以下燃煤锅炉；推进黑茶加工企业“煤改电”“煤改气”；加强锅炉排放监测和执法检查。")
            .Should().Contain(["coal-boilers", "clean-heating", "enforcement"]);
        ThemeText.Actions("实施提标改造工程；强化运营监管（含在线监测；季度抽检）；加快配套管网建设。").Should()
            .Equal("实施提标改造工程", "强化运营监管（含在线监测；季度抽检）", "加快配套管网建设。");
    }

    [Fact]
    public void WhatAMineLeftIsNoMiningAndACrackdownGivesItsSubjectToo()
    {
        // Taxonomy 39 (435–444): 矿山开采后未及时开展生态修复 tells what mining left, restored; a measure whose two themes are
        // case handling and the subject it acts on gives both, whichever scores higher (231 二: 严厉打击非法开采稀土行为，
        // 对违法案件依法查处 leads with case handling; the problem is labelled with mining too).
        Themes("鹿厂镇部分矿山开采后未及时开展生态修复，存在水土流失隐患").Should().Contain("mine-restoration").And.NotContain("mining-regulation");
        Themes("部分砂石企业超范围开采，破坏河道").Should().Contain("mining-regulation");
        ThemesWithMeasure("部分稀土矿山开采后未及时开展生态修复", "严厉打击非法开采稀土行为，对违法案件依法查处。")
            .Should().Contain(["mine-restoration", "mining-regulation", "enforcement"]);
    }

    [Fact]
    public void RiverAndLakeChiefsAndAMinesVegetationRestored()
    {
        // Taxonomy 40 (445–454): 河湖长 is 河长制 (surface water); a mining area's vegetation restored (矿区植被恢复) is
        // its restoration.
        ThemeTagger.Default.TagText("建立河湖长巡查制度，落实日常管护责任。").Select(t => t.ThemeId).Should().Contain("water-quality");
        Themes("关闭保护区内采石场后未完成矿区植被恢复").Should().Contain("mine-restoration");
        Themes("河道两岸植被恢复缓慢").Should().NotContain("mine-restoration");
    }

    [Fact]
    public void AFarmStaysSewageIsTheCountrysidesAndForestCutForFieldsIsNatures()
    {
        // Taxonomy 41 (455–463): a farm stay's or a guesthouse's sewage is rural (as round 83's 民宿 wastewater); forest land
        // cleared for crops (开垦林地, 破坏森林) is nature's.
        Themes("黑龙滩水库上游部分农家乐生活污水未经处理直排").Should().Contain("rural-sewage");
        Themes("县城部分居民小区生活污水未经处理直排").Should().NotContain("rural-sewage");
        Themes("部分林区违规开垦林地种植农作物，破坏森林植被").Should().Contain("biodiversity");
    }

    [Theory]
    [MemberData(nameof(Vocabulary))]
    public void EachThemeKnowsTheWordsPlansUseForIt(string theme, string measure, string neighbour)
    {
        ThemeTagger.Default.TagText(measure).Select(t => t.ThemeId).Should().Contain(theme);
        ThemeTagger.Default.TagText(neighbour).Select(t => t.ThemeId).Should().NotContain(theme);
    }

    [Fact]
    public void TheTableCoversEveryThemeOfTheTaxonomy() =>
        Sentences.Select(row => (string)row[0]).Should().BeEquivalentTo(ThemeTaxonomy.Default.Themes.Select(t => t.Id));

    /// <summary>The themes of a problem of one finding and one measure.</summary>
    private static List<string> ThemesWithMeasure(string finding, string measure)
    {
        var problem = new Problem(1, "一", null, finding, finding, [],
            new ProblemFields(null, null, null, [], [], [], [], [], false, null, false), [new Measure(1, "1", null, measure, [], [], null, 2)], 1);
        return ThemeTagger.Default.Tag(problem).Themes.Select(t => t.ThemeId).ToList();
    }

    /// <summary>The themes of a sentence read as a problem's finding (its first sentence).</summary>
    internal static List<string> Themes(string sentence)
    {
        var problem = new Problem(1, "一", null, sentence, sentence, [],
            new ProblemFields(null, null, null, [], [], [], [], [], false, null, false), [], 1);
        return ThemeTagger.Default.Tag(problem).Themes.Select(t => t.ThemeId).ToList();
    }
}
