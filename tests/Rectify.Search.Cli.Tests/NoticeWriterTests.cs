using Rectify.Search.Cli.Benchmarks;
using Rectify.Search.Core.Parsing;
using Rectify.Search.Core.Regions;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Cli.Tests;

/// <summary>The second corpus generator's notices read back as what they were made from: one problem, its place and date.</summary>
public sealed class NoticeWriterTests
{
    [Theory]
    [InlineData(0, "430223", "000_fd899eb3d1702b98", 2)]
    [InlineData(1, "410927", "001_5cb408abd5d47804", 5)]
    [InlineData(2, "360732", "002_57f2b054bec5bb15", 3)]
    [InlineData(0, "653201", "004_5daf789ba15e6675", 1)]
    [InlineData(1, "110105", "002_57f2b054bec5bb15", 6)]
    [InlineData(2, "530927", "001_5cb408abd5d47804", 11)]
    public void EachLayoutReadsBackAsOneProblemOfItsCountyAndDate(int layout, string county, string seed, int position)
    {
        var source = PlanFileReader.Read(Path.Combine(RepoFiles.Root, "seeds", seed + ".txt")).Problems.Single(p => p.Position == position);
        source.Measures.Should().NotBeEmpty("the generator takes problems with measures");
        var place = RegionResolver.ToRegion(Gazetteer.Default, Gazetteer.Default.ByRegionCode(county)!);
        var date = new DateOnly(2024, 3, 18);

        var notice = PlanParser.Parse(NoticeWriter.Compose(layout, source, place, date), "n", "n.txt", "h", "utf-8");

        var problem = notice.Problems.Should().ContainSingle().Subject;
        problem.Text.Should().StartWith(source.Text.TrimEnd('。')[..Math.Min(20, source.Text.Length - 1)]);
        problem.Measures.Should().HaveCount(Math.Min(3, source.Measures.Count));
        problem.Fields.Target.Should().NotBeNullOrEmpty();
        (notice.Metadata.Region?.Code, notice.Metadata.Date).Should().Be((county, "2024-03-18"));
    }
}
