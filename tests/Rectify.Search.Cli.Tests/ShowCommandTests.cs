using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

public sealed class ShowCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    private static (int Exit, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    [Fact]
    public void ShowPrintsAPlansTreeWithFieldsAndMeasures()
    {
        Run("index", RepoFiles.Seed("001_5cb408abd5d47804"), "--data-dir", _dir.Path).Exit.Should().Be(0);

        var (exit, output, _) = Run("show", "001_5cb408abd5d47804", "--data-dir", _dir.Path);

        exit.Should().Be(0);
        var lines = output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        lines[0].Should().Be("001_5cb408abd5d47804  保靖县贯彻落实第二轮中央生态环境保护督察报告整改清单");
        lines.Should().Contain("  region:     湖南省湘西土家族苗族自治州保靖县 433125 (county)")
            .And.Contain("  inspection: central, round 2")
            .And.Contain("problems (25)")
            .And.Contain("  六  化解过剩产能不够有力   (line 91)")
            .And.Contain("      牵头单位：县发改局、县科工信局")
            .And.Contain("      整改时限：2021年12月31日（已完成整改并上报销号）")
            .And.Contain("      [县发改局]")
            .And.Contain("      [县科工信局]");
        lines.Should().Contain(l => l.StartsWith("      1 根据国家重点领域化解过剩产能有关要求") && l.EndsWith("〔县发改局〕"));
    }

    [Fact]
    public void ShowingAnUnknownIdNamesTheKnownOnes()
    {
        Run("index", RepoFiles.Seed("004_5daf789ba15e6675"), "--data-dir", _dir.Path);
        var (exit, _, error) = Run("show", "999", "--data-dir", _dir.Path);
        exit.Should().Be(2);
        error.Should().Contain("no plan with id '999'. Known ids: 004_5daf789ba15e6675");
    }

    [Fact]
    public void ShowingBeforeIndexingSaysWhatToDo()
    {
        var (exit, _, error) = Run("show", "000_fd899eb3d1702b98", "--data-dir", Path.Combine(_dir.Path, "none"));
        exit.Should().Be(1);
        error.Should().Contain("run 'rectify index' first");
    }
}
