using System.Globalization;
using System.Text.RegularExpressions;
using Rectify.Search.Cli.Tests.Support;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Cli.Tests;

public sealed class DraftCommandTests(SeedData data) : IClassFixture<SeedData>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private string Feedback()
    {
        var path = _dir.File("反馈意见.txt");
        File.WriteAllText(path, """
            督察指出，该县生态环境保护工作仍存在一些突出问题。一是城镇污水管网建设滞后，县城生活污水集中收集率仅为45%。二是历史遗留废弃矿山23处未完成治理。三是化肥农药使用量居高不下。
            """);
        return path;
    }

    [Theory]
    [InlineData("draft.docx")]
    [InlineData("draft.xlsx")]
    public void AFeedbackBecomesAComposedDraftFileThatReadsBackIntoTheSamePlan(string name)
    {
        var output = _dir.File(name);

        var (exit, _, error) = data.Run("draft", Feedback(), "--region", "保靖县", "--auto", "--year", "2026", "-o", output);

        exit.Should().Be(0, error);
        error.Should().MatchRegex($@"3 problems, \d+ measures \(3 problems composed\) written to {Regex.Escape(output)}");
        var plan = PlanFileReader.Read(output);
        plan.Metadata.Title.Should().Be("保靖县生态环境保护督察反馈问题整改方案");
        plan.Problems.Select(p => p.Text).Should().Equal("城镇污水管网建设滞后，县城生活污水集中收集率仅为45%。", "历史遗留废弃矿山23处未完成治理。", "化肥农药使用量居高不下。");
        plan.Problems.Should().OnlyContain(p => p.Measures.Count > 0);
        plan.Problems[1].Fields.LeadUnits.Should().Equal("保靖县自然资源局");
    }

    [Fact]
    public void WithoutAnOutputTheProblemsAndTheirPrecedentsArePrinted()
    {
        var (exit, output, _) = data.Run("draft", Feedback(), "--region", "湖南省保靖县", "--year", "2026");

        exit.Should().Be(0);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Should().Be("保靖县生态环境保护督察反馈问题整改方案 · 3 problems · 湖南省湘西土家族苗族自治州保靖县 2026");
        lines.Should().Contain(l => l.StartsWith("二、历史遗留废弃矿山23处未完成治理。  [mine-restoration"));
        lines.Where(l => l.StartsWith("   precedent ")).Should().HaveCountGreaterThanOrEqualTo(3).And.NotContain(l => l.Contains("湖南省"));
    }

    [Fact]
    public void BadArgumentsAreNamed()
    {
        data.Run("draft", Feedback(), "-o", _dir.File("draft.pdf")).Err.Should().Be($"rectify draft: --out {_dir.File("draft.pdf")}: write a .docx or an .xlsx\n".ReplaceLineEndings());
        data.Run("draft", Feedback(), "--region", "不存在县").Err.Should().Contain("rectify draft: --region: no province, city or county is named 不存在县");
        data.Run("draft", _dir.File("nowhere.txt")).Err.Should().Contain("nowhere.txt does not exist");
        var empty = _dir.File("empty.txt");
        File.WriteAllText(empty, "无");
        var (exit, _, error) = data.Run("draft", empty);
        exit.Should().Be(1);
        error.Should().Contain("empty.txt: no problem found");
    }

    [Fact]
    public void EvalDraftHoldsEachSeedOutAndScoresItsDraftBesideAPeer()
    {
        var (exit, output, _) = CliRunner.Run("eval", "draft", "--seeds", SeedData.Seeds, "--corpus", Path.Combine(RepoFiles.Root, "tests", "Rectify.Search.Core.Tests", "Fixtures", "layouts"));

        exit.Should().Be(0);
        var all = Regex.Match(output, @"(?m)^all \(macro over problems\)\s+(\d+)\s+(\d+)\s+([\d.]+)\s+([\d.]+)\s+(\d+) %$");
        all.Success.Should().BeTrue(output);
        (all.Groups[1].Value, all.Groups[2].Value).Should().Be(("82", "259"), "the seeds' problems with measures, and their measures");
        // The floor: what the drafts reach today (0.127 of the real measures covered per problem; a plain peer 0.124).
        double.Parse(all.Groups[3].Value, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(0.12);
        int.Parse(all.Groups[5].Value, CultureInfo.InvariantCulture).Should().BeGreaterThanOrEqualTo(98, "nearly every problem has a precedent of another province");
        output.Should().Contain("rule: a real measure is covered when a drafted one shares its content words with Dice ≥ 0.3");
    }
}
