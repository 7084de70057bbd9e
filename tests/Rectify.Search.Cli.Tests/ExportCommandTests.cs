using System.Text.Json.Nodes;
using Rectify.Search.Cli.Tests.Support;

namespace Rectify.Search.Cli.Tests;

/// <summary><c>rectify export</c>: the seeds' records as a bulk file for OpenSearch / Elasticsearch, with the terms this analyzer gives them.</summary>
public sealed class ExportCommandTests(SeedData data) : IClassFixture<SeedData>, IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void EveryProblemAndMeasureIsWrittenAsABulkActionAndItsRecordWithAnalysedWords()
    {
        var (bulk, mapping) = (_dir.File("records.jsonl"), _dir.File("mapping.json"));
        var (exit, output, _) = CliRunner.Run(["export", "--format", "jsonl", "--out", bulk, "--mapping", mapping, "--data-dir", data.Path]);

        exit.Should().Be(0);
        output.Should().Contain("343 records written to");
        var lines = File.ReadAllLines(bulk);
        lines.Should().HaveCount(2 * (84 + 259));
        JsonNode.Parse(lines[0])!["index"]!["_id"]!.GetValue<string>().Should().Be("000_fd899eb3d1702b98.p1");
        var records = lines.Where((_, i) => i % 2 == 1).Select(l => JsonNode.Parse(l)!).ToList();
        records.Count(r => r["kind"]!.GetValue<string>() == "problem").Should().Be(84);

        // 001 十 (3): the measure's own text, cut into the words this project's analyzer indexes.
        var measure = records.Single(r => r["id"]!.GetValue<string>() == "001_5cb408abd5d47804.p10.m3");
        measure["words"]!.GetValue<string>().Split(' ').Should().Contain(["污水处理厂", "cod", "浓度", "100毫克/升"]);
        measure["level"]!.GetValue<string>().Should().Be("county");
        var problem = records.Single(r => r["id"]!.GetValue<string>() == "001_5cb408abd5d47804.p10");
        problem["targets"]!.AsArray().Select(t => t!["metricKey"]!.GetValue<string>()).Should().Contain("污水处理厂进水cod浓度");

        var index = JsonNode.Parse(File.ReadAllText(mapping))!;
        index["settings"]!["analysis"]!["analyzer"]!["rectify_words"]!["tokenizer"]!.GetValue<string>().Should().Be("whitespace");
        index["mappings"]!["properties"]!["words"]!["analyzer"]!.GetValue<string>().Should().Be("rectify_words");
        index["mappings"]!["properties"]!["targets"]!["type"]!.GetValue<string>().Should().Be("nested");
    }

    [Fact]
    public void AnotherFormatIsRefusedByName()
    {
        var (exit, _, error) = CliRunner.Run(["export", "--format", "csv", "--out", _dir.File("x"), "--data-dir", data.Path]);
        exit.Should().Be(2);
        error.Should().Contain("--format must be jsonl, not 'csv'");
    }
}
