using System.Text.RegularExpressions;
using Rectify.Search.Core.Parsing;
using Rectify.Search.Core.Text;

namespace Rectify.Search.Core.Tests.Text;

/// <summary>One notice and its mirrors, made here from a real layout the way mirrors change a page; and notices that differ.</summary>
public sealed class TextFingerprintTests
{
    private static string Layout(string name) => File.ReadAllText(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts", name + ".txt"));

    private static ulong[] Print(string text) => TextFingerprint.Of(PlanText.Of(PlanParser.Parse(text, "t", "t.txt", "h", "utf-8")))!;

    /// <summary>Pinyin after every fourth Chinese character, as some mirrors inject it.</summary>
    private static string WithPinyin(string text) => Regex.Replace(text, "([\u4e00-\u9fff]{4})", "$1 zhenggai ");

    [Fact]
    public void AMirrorInTraditionalFormsWithPinyinChromeAndMaskedNamesIsTheSameDocument()
    {
        var original = Layout("15_tongshan_2024");
        var mirror = "首页 > 政务公开 > 通知公告\n【字体：大 中 小】 浏览次数：128\n"
            + WithPinyin(original.Replace("通山县", "***").Replace("生态环境", "生態環境").Replace("问题", "問題").Replace("整改", "整改"))
            + "\n版权所有：某某资讯网 ICP备12345678号 联系我们 网站地图\n";

        var similarity = TextFingerprint.Similarity(Print(original), Print(mirror));

        similarity.Should().BeGreaterThanOrEqualTo(TextFingerprint.DuplicateAt);
    }

    [Fact]
    public void TwoNoticesOfTheSameKindFromDifferentPlacesAreNot()
    {
        var pairs = new[] { ("11_xianning_2022_trad", "13_honghu_2023_trad"), ("15_tongshan_2024", "24_mashan_2026"), ("02_jinzhong_2018_dropped_dates", "03_yueyang_zjj_2019") };
        foreach (var (a, b) in pairs)
            TextFingerprint.Similarity(Print(Layout(a)), Print(Layout(b))).Should().BeLessThan(0.2, $"{a} and {b} are different notices");
    }

    [Fact]
    public void TheFinderReturnsTheFirstCopyAndIgnoresItself()
    {
        var finder = new DuplicateFinder();
        var original = Print(Layout("15_tongshan_2024"));
        finder.Add("15_tongshan_2024", original);
        finder.Add("24_mashan_2026", Print(Layout("24_mashan_2026")));

        finder.Find("mirror", Print(WithPinyin(Layout("15_tongshan_2024")))).Should().Match<(string DocumentId, double Similarity)?>(f => f!.Value.DocumentId == "15_tongshan_2024");
        finder.Find("15_tongshan_2024", original).Should().BeNull("a document is not its own copy");
        finder.Find("other", Print(Layout("19_cangyuan_2025_masked"))).Should().BeNull();
        TextFingerprint.Of("太短的文本不能判断是否重复").Should().BeNull();
        TextFingerprint.FromBytes(TextFingerprint.ToBytes(original)).Should().Equal(original);
    }

    private static ulong[] PrintPlan(string text) => PlanText.Fingerprint(PlanParser.Parse(text, "t", "t.txt", "h", "utf-8"))!;

    private static string Blind(string name) => File.ReadAllText(Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "blind-layouts", name + ".txt"));

    [Fact]
    public void ACopyWithNamesMaskedInsideWordsIsTheSameDocument()
    {
        // 439, a tender site's copy of 437 with 林区林业管理局 printed 林区****管理局: shingles spanning a mask joined characters
        // that were never neighbours (林区管理局), which took its similarity below the bar (0.66 by shingles of five).
        var original = PrintPlan(Blind("437_forestry_district_admin_notice_plain_labels"));
        var masked = PrintPlan(Blind("439_tender_site_masked_mirror_of_437"));
        TextFingerprint.Similarity(original, masked).Should().BeGreaterThanOrEqualTo(TextFingerprint.DuplicateAt);
        // Masks part the text's runs but keep its characters: a text of one mask after another still has its shingles.
        TextFingerprint.Of(string.Concat(Enumerable.Repeat("林区****管理局关于督察反馈问题整改情况的公示，", 10))).Should().NotBeNull();
    }

    [Fact]
    public void ACopyInOtherWordsOfOneDateAndItsFiguresIsTheSameDocumentAndANoticeOfAnotherDateIsNot()
    {
        // 458, a document site's copy of 455 run through a synonym spinner (部分 → 局部, 开展 → 展开, 加强 → 增强): its texts
        // share 0.3 of their shingles, so no band finds it; its date of issue and its problems' figures, in their order, are 455's.
        var original = Blind("455_ratio_colons_parenthesized_digit_numbers");
        var spun = Blind("458_spinner_synonym_mirror_of_455");
        var finder = new DuplicateFinder();
        finder.Add("455", PrintPlan(original));
        TextFingerprint.Similarity(PrintPlan(original), PrintPlan(spun)).Should().BeLessThan(TextFingerprint.DuplicateAt);
        finder.Find("458", PrintPlan(spun)).Should().Match<(string DocumentId, double Similarity)?>(f => f!.Value.DocumentId == "455");
        // Text as far from it, its figures the same, issued on another day (a notice of the plan's progress) is no copy.
        finder.Find("later", PrintPlan(spun.Replace("2023年8月21日", "2023年12月5日"))).Should().BeNull();
    }

    [Fact]
    public void APageCutOffBehindALoginWallIsAPartAndLiesInItsWhole()
    {
        var whole = PrintPlan(Blind("57_sections_with_status_numbered"));
        var part = PrintPlan(Blind("97_mirror_truncated_paywall"));

        TextFingerprint.IsPart(part).Should().BeTrue();
        TextFingerprint.IsPart(whole).Should().BeFalse();
        TextFingerprint.Similarity(whole, part).Should().BeLessThan(TextFingerprint.DuplicateAt, "two thirds of a notice is no copy by Jaccard alone");
        TextFingerprint.Containment(whole, part).Should().BeGreaterThanOrEqualTo(TextFingerprint.ContainedAt);
    }

    [Fact]
    public void APartIsFoundWhicheverComesFirstAndAPartOfAnotherNoticeIsNot()
    {
        var whole = PrintPlan(Blind("57_sections_with_status_numbered"));
        var part = PrintPlan(Blind("97_mirror_truncated_paywall"));
        var other = PrintPlan(Blind("63_status_numbered_cn"));

        var partLater = new DuplicateFinder();
        partLater.FindOrAdd("whole", whole).Should().BeNull();
        partLater.FindOrAdd("other", other).Should().BeNull();
        partLater.FindOrAdd("part", part)!.Value.DocumentId.Should().Be("whole");

        var wholeLater = new DuplicateFinder();
        wholeLater.FindOrAdd("part", part).Should().BeNull();
        wholeLater.FindOrAdd("other", other).Should().BeNull("another notice shares its boilerplate with the part, not its problems");
        wholeLater.FindOrAdd("whole", whole)!.Value.DocumentId.Should().Be("part");
    }

    [Fact]
    public void AFingerprintStoredBeforeSizesWereKeptStillComparesByJaccard()
    {
        var whole = PrintPlan(Blind("57_sections_with_status_numbered"));
        var old = whole.Take(TextFingerprint.Hashes).ToArray();
        TextFingerprint.Containment(whole, old).Should().Be(1);
        TextFingerprint.IsPart(old).Should().BeFalse();
    }

    [Fact]
    public void AWholePageHoldingANoticeUnderChromeOfItsOwnCopiesItAndACompilationHoldingItDoesNot()
    {
        // A repost of 372 followed by readers' comments the page's rules do not know as chrome: the notice whole inside
        // it, the two less alike than a copy by Jaccard alone.
        var notice = Blind("372_fields_label_line_value_line_no_colon");
        var comments = string.Join("\n", "网友评论", "黔西老百姓：煤矿的水确实比以前清了，希望长期坚持下去，不要一阵风。",
            "路过的游客：去年夏天去附近河边钓鱼，水的颜色明显不一样了，点赞家乡的变化和努力。",
            "山里人家：我们村后面的小河以前一下雨就发黄发臭，现在好多了，感谢政府的整治工作。",
            "热心市民：城区烧烤店晚上还是有烟味，建议执法部门晚上多来转转看看，多听听居民意见。");
        var original = PrintPlan(notice);
        var repost = PrintPlan(notice + "\n" + comments);
        TextFingerprint.Similarity(original, repost).Should().BeInRange(TextFingerprint.ChromedAt, TextFingerprint.DuplicateAt - 0.001);
        TextFingerprint.Containment(original, repost).Should().BeGreaterThanOrEqualTo(TextFingerprint.WholeContainedAt);
        var finder = new DuplicateFinder();
        finder.FindOrAdd("372", original).Should().BeNull();
        finder.FindOrAdd("repost", repost)!.Value.DocumentId.Should().Be("372");

        // Two other notices printed after it in one compilation hold it whole too, but are not half alike.
        var compilation = PrintPlan(notice + "\n" + Blind("386_square_bullets_arrow_fields") + "\n" + Blind("57_sections_with_status_numbered"));
        TextFingerprint.Similarity(original, compilation).Should().BeLessThan(TextFingerprint.ChromedAt);
        finder.Find("compilation", compilation).Should().BeNull();
    }
}
