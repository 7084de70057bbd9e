using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

public sealed class EvalCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private static readonly string Examples = Path.Combine(RepoFiles.Root, "tests", "Data", "spec", "themes_examples.tsv");
    private static readonly string SeedsDir = Path.Combine(RepoFiles.Root, "seeds");

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EvalThemesPrintsPerThemeAndMicroScoresOnTheExamples()
    {
        var (exit, output, _) = CliRunner.Run("eval", "themes", "--gold", Examples, "--seeds", SeedsDir);

        exit.Should().Be(0);
        output.Should().StartWith("34 problems, 58 labels; taxonomy version 46");
        var micro = Regex.Match(output, @"^micro\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)$", RegexOptions.Multiline);
        micro.Success.Should().BeTrue(output);
        micro.Groups[1].Value.Should().Be("58");
        double.Parse(micro.Groups[5].Value, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0.89);
        output.Should().MatchRegex(@"(?m)^mine-restoration\s+9\s+\d+\s");
    }

    [Fact]
    public void WithLabelsOfSeveralPlansEvalThemesPrintsLeaveOnePlanOutFiguresBesideTheTrainingScore()
    {
        var dev = Path.Combine(RepoFiles.Root, "tests", "Data", "eval", "themes_dev.tsv");

        var (exit, output, error) = CliRunner.Run("eval", "themes", "--gold", Examples, "--gold", dev, "--seeds", SeedsDir);

        (exit, error).Should().Be((0, ""));
        output.Should().StartWith("59 problems, 106 labels; taxonomy version 46");
        output.Should().Contain("leave one plan out: the measure share a secondary theme needs (ThemeTagger.MinMeasureShare) fitted on the other plans,");
        output.Should().MatchRegex(@"(?m)^001_5cb408abd5d47804\s+1\s+48\s+47\s+0\.915\s+0\.896\s+0\.905$");
        output.Should().MatchRegex(@"(?m)^cross-validated micro\s+106\s+99\s+0\.949\s+0\.887\s+0\.917$");
        output.Should().MatchRegex(@"(?m)^training \(fit on all\)\s+0\.25\s+106\s+100\s+0\.950\s+0\.896\s+0\.922$");
    }

    [Fact]
    public void EvalTargetsPrintsRecallPrecisionAndAgreementsByFolderWithEveryExtra()
    {
        var gold = Path.Combine(RepoFiles.Root, "tests", "Data", "eval-own", "targets.tsv");

        var (exit, output, error) = CliRunner.Run("eval", "targets", "--gold", gold, "--root", RepoFiles.Root);

        (exit, error).Should().Be((0, ""));
        output.Should().MatchRegex(@"^83 targets listed in 21 documents; extractor version \d+, grammar version \d+");
        output.Should().Contain("recall 1.000 (83/83)  precision 0.988 (83/84)  metric holds the reader's word 83/83  due agrees 67/68");
        output.Should().MatchRegex(@"(?m)^  seeds/\s+recall 1\.000 \(49/49\)  extras 0$");
        output.Should().Contain("extra   tests/Rectify.Search.Core.Tests/Fixtures/layouts/10_tongnan_2022_table.txt# measure3: 2台一体化处理设施(膜)设计规模 = 600 立方米/日");
    }

    [Fact]
    public void EvalTargetsNamesAFileTheGoldListsThatCannotBeRead()
    {
        var gold = _dir.File("targets.tsv");
        File.WriteAllText(gold, "nowhere/plan.txt\t-\ttarget\t收集率\t>=\t70\t%\t2025\n");

        var (exit, _, error) = CliRunner.Run("eval", "targets", "--gold", gold, "--root", _dir.Path);

        exit.Should().NotBe(0);
        error.Should().StartWith($"rectify eval targets: {gold} names nowhere/plan.txt, but ");
    }

    [Fact]
    public void EvalDocumentsPrintsAgreementForEveryRealLayout()
    {
        var expect = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts", "expect.tsv");

        var (exit, output, _) = CliRunner.Run("eval", "documents", "--expect", expect);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"(?m)^19_cangyuan_2025_masked\s+yes\s+530927 ✓\s+2025 ✓\s+1 ✓\s+\? ✓\s+- ✓$")
            .And.MatchRegex(@"(?m)^02_jinzhong_2018_dropped_dates\s+yes\s+140700 ✓\s+2018 ✓\s+1 ✓\s+2018-04-17 ✓\s+- ✓$")
            .And.Contain("12 document(s): stored 12/12, region 12/12, year 12/12, problem count 12/12, date of issue 12/12, copies 12/12 (0 found)");
    }

    [Fact]
    public void EvalDocumentsReadsEachTextRewrittenAsTheVariantAsks()
    {
        var expect = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts", "expect.tsv");

        var (exit, output, _) = CliRunner.Run("eval", "documents", "--expect", expect, "--variant", "run-together");

        exit.Should().Be(0);
        // 03's body run together: its 一、反馈问题 and 二、整改目标 headings run into their values, its signature into the
        // last sentence; read as the page itself is.
        output.Should().MatchRegex(@"(?m)^03_yueyang_zjj_2019\s+yes\s+430600 ✓\s+2019 ✓\s+1 ✓\s+2019-12-18 ✓\s+- ✓$")
            .And.Contain("12 document(s): stored 12/12");
    }

    [Fact]
    public void EvalDocumentsRefusesAVariantItDoesNotKnow()
    {
        var expect = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts", "expect.tsv");

        var (exit, _, error) = CliRunner.Run("eval", "documents", "--expect", expect, "--variant", "gbk");

        exit.Should().Be(2);
        error.Should().Contain("--variant must be one of spaced, run-together, ascii, not \"gbk\"");
    }

    [Fact]
    public void EvalDocumentsFindsTheMirrorsOfANoticeAsCopies()
    {
        var expect = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "own-layouts", "expect.tsv");

        var (exit, output, _) = CliRunner.Run("eval", "documents", "--expect", expect);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"(?m)^48_mirror_traditional\s+yes\s+410900 ✓\s+2024 ✓\s+2 ✓\s+2024-03-18 ✓\s+42_one_line_notice \(0\.\d\d\) ✓$")
            .And.MatchRegex(@"(?m)^32_town_list\s+yes\s+433122 ✓\s+2022 ✓\s+2 ✓\s+2022-08 ✓\s+- ✓$")
            .And.Contain("20 document(s): stored 20/20, region 20/20, year 20/20, problem count 20/20, date of issue 20/20, copies 20/20 (3 found)");
    }

    [Fact]
    public void EvalSearchScoresRectifyAndThePeerOnTheSameJudgments()
    {
        var qrels = Path.Combine(RepoFiles.Root, "tests", "Data", "eval", "qrels_paraphrase_dev.tsv");

        var (exit, output, _) = CliRunner.Run("eval", "search", "--qrels", qrels, "--worst", "2", "--data-dir", _dir.File("data"), "--seeds", SeedsDir);

        exit.Should().Be(0);
        output.Should().StartWith("8 problem queries from qrels_paraphrase_dev.tsv; 5 plans");
        var ours = Regex.Match(output, @"(?m)^rectify\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+(\d+)$");
        var peer = Regex.Match(output, @"(?m)^peer: CJKAnalyzer bigrams, BM25, OR\s+([\d.]+)\s");
        ours.Success.Should().BeTrue(output);
        peer.Success.Should().BeTrue(output);
        double.Parse(ours.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeGreaterThan(double.Parse(peer.Groups[1].Value, CultureInfo.InvariantCulture));
        ours.Groups[4].Value.Should().Be("0", "no judged query is left empty");
        output.Should().Contain("peer: single characters, BM25, OR").And.Contain("peer: SmartCn words, BM25, OR")
            .And.Contain("rectify − best peer (single characters, BM25, OR): +0.");
        output.Should().Contain("worst 2 for rectify (nDCG@10 rectify / best peer):");
    }

    [Fact]
    public void EvalPrecedentsScoresDraftedProblemsBesideThePeersAndPoolsForJudging()
    {
        var qrels = Path.Combine(RepoFiles.Root, "tests", "Data", "eval-own", "precedents_problems.tsv");
        var layouts = Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts");

        var (exit, output, _) = CliRunner.Run("eval", "precedents", "--qrels", qrels, "--unit", "problem", "--worst", "2", "--corpus", SeedsDir, "--corpus", layouts);

        exit.Should().Be(0);
        output.Should().StartWith($"20 drafted problems from precedents_problems.tsv; 17 plans ({SeedsDir}, {layouts})");
        var ours = Regex.Match(output, @"(?m)^rectify\s+([\d.]+)\s+[\d.]+\s+[\d.]+\s+0$");
        ours.Success.Should().BeTrue(output);
        double.Parse(ours.Groups[1].Value, CultureInfo.InvariantCulture).Should().BeGreaterThan(0.9);
        output.Should().Contain("peer: single characters, BM25, OR").And.Contain("peer: SmartCn words, BM25, OR").And.Contain("rectify − best peer (");
        output.Should().Contain("worst 2 for rectify (nDCG@10 rectify / best peer):");

        var (poolExit, pool, _) = CliRunner.Run("eval", "precedents", "--qrels", qrels, "--unit", "problem", "--pool", "--corpus", SeedsDir, "--corpus", layouts);
        poolExit.Should().Be(0);
        pool.Should().Contain("## line 3: 禁养区里面还有养猪场没清退");
        // Each pooled record with what ranked it where: r for rectify, c/b/s/w for the peers.
        pool.Should().MatchRegex(@"(?m)^004:10\t(r\d+,)?c\d+");
    }

    [Fact]
    public void EvalSearchNamesABadUnitAndABadJudgmentLine()
    {
        var qrels = _dir.File("q.tsv");
        File.WriteAllLines(qrels, ["两高项目\t000:二=2", "污水管网\t000十一=2"]);
        var (exit, _, error) = CliRunner.Run("eval", "search", "--qrels", qrels, "--data-dir", _dir.File("data"), "--seeds", SeedsDir);
        exit.Should().Be(2);
        error.Should().Contain("q.tsv line 2: \"000十一\" is not doc:label");

        var (unitExit, _, unitError) = CliRunner.Run("eval", "search", "--qrels", qrels, "--unit", "plan");
        unitExit.Should().Be(2);
        unitError.Should().Contain("--unit must be problem or measure, not \"plan\"");
    }

    [Fact]
    public void EvalDocumentsMarksDisagreementsAndMissingFiles()
    {
        var expect = _dir.File("expect.tsv");
        File.Copy(Path.Combine(RepoFiles.Root, "seeds", "004_5daf789ba15e6675.txt"), _dir.File("004_5daf789ba15e6675.txt"));
        File.WriteAllLines(expect, ["# file\tregion\tyear\tproblems", "004_5daf789ba15e6675\t140500\t2024\t17", "gone\t360000\t2021\t3"]);

        var (exit, output, _) = CliRunner.Run("eval", "documents", "--expect", expect);

        exit.Should().Be(0);
        output.Should().MatchRegex(@"(?m)^004_5daf789ba15e6675\s+yes\s+140502 ✗ \(expected 140500\)\s+2024 ✓\s+17 ✓$")
            .And.MatchRegex(@"(?m)^gone\s+no\s+no file gone\.\* in ")
            .And.Contain("2 document(s): stored 1/2, region 0/2, year 1/2, problem count 1/2");
    }

    [Fact]
    public void EvalDocumentsNamesTheLineOfABadExpectation()
    {
        var expect = _dir.File("expect.tsv");
        File.WriteAllLines(expect, ["a\t360000\t2021\t3", "b\tjiangxi\t2021\t3"]);

        var (exit, _, error) = CliRunner.Run("eval", "documents", "--expect", expect);

        exit.Should().Be(2);
        error.Should().Contain("expect.tsv line 2: region code \"jiangxi\" is not a GB/T 2260 code");
    }

    [Fact]
    public void DisagreementsAreListedProblemByProblem()
    {
        var gold = _dir.File("gold.tsv");
        File.WriteAllLines(gold, ["problem\tthemes", "004_5daf789ba15e6675#12\tstraw-burning", "004_5daf789ba15e6675#11\tdust air-quality"]);

        var (exit, output, _) = CliRunner.Run("eval", "themes", "--gold", gold, "--seeds", SeedsDir);

        exit.Should().Be(0);
        output.Should().Contain("1 disagreement(s):").And.Contain("  004_5daf789ba15e6675#11: missed air-quality; extra ");
        output.Should().MatchRegex(@"(?m)^micro\s+3\s+2\s+1\.000\s+0\.667\s+0\.800$");
    }

    [Fact]
    public void AGoldFileThatCannotBeReadIsNamedWithItsLine()
    {
        var gold = _dir.File("gold.tsv");
        File.WriteAllLines(gold, ["problem\tthemes", "004_5daf789ba15e6675#12 straw-burning"]);

        var (exit, _, error) = CliRunner.Run("eval", "themes", "--gold", gold, "--seeds", SeedsDir);

        exit.Should().Be(2);
        error.Should().Be($"rectify eval themes: {gold} line 2: expected documentId#label<TAB>themes (or doc:label<TAB>themes), got \"004_5daf789ba15e6675#12 straw-burning\"{Environment.NewLine}");
    }

    [Fact]
    public void AGoldProblemThePlanDoesNotHaveIsReported()
    {
        var gold = _dir.File("gold.tsv");
        File.WriteAllLines(gold, ["004_5daf789ba15e6675#99\tdust"]);

        var (exit, _, error) = CliRunner.Run("eval", "themes", "--gold", gold, "--seeds", SeedsDir);

        exit.Should().Be(1);
        error.Should().Contain("gold line 1: plan 004_5daf789ba15e6675 has no problem 99");
    }
}
