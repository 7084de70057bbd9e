using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// Writes a corpus of plan files for the scale benchmark, made from source plans (the seeds, and a share of other
/// layouts): each file is a source moved to another real county of GB/T 2260 (its province, city and county names
/// replaced), with a random share of its problems left out, its percentages varied and its years shifted. The
/// corpus is written to a temporary folder and never committed. Deterministic for a given random seed.
/// </summary>
internal static partial class CorpusWriter
{
    /// <summary>A source plan: its text, what the parser read of it, and where its problems start and end.</summary>
    private sealed record Source(string[] Lines, PlanDocument Plan, List<(int Start, int End)> Blocks);

    /// <summary>Writes <paramref name="count"/> files into <paramref name="folder"/>; returns their total size in bytes.</summary>
    /// <param name="layoutShare">The share of files made from <paramref name="layouts"/> rather than the seeds.</param>
    public static long Write(string folder, int count, IReadOnlyList<string> seeds, IReadOnlyList<string> layouts, double layoutShare = 0.2, int randomSeed = 20261201)
    {
        var random = new Random(randomSeed);
        var fromSeeds = seeds.Select(Load).OfType<Source>().ToList();
        var fromLayouts = layouts.Select(Load).OfType<Source>().ToList();
        var gazetteer = Gazetteer.Default;
        var counties = gazetteer.All.Where(d => d.Level == DivisionLevel.Area && !Gazetteer.IsPlaceholder(d)).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        long bytes = 0;
        Directory.CreateDirectory(folder);
        for (var i = 0; i < count; i++)
        {
            var pool = fromLayouts.Count > 0 && random.NextDouble() < layoutShare ? fromLayouts : fromSeeds;
            var source = pool[random.Next(pool.Count)];
            var county = counties[random.Next(counties.Count)];
            var text = Compose(source, RegionResolver.ToRegion(gazetteer, county), random);
            var path = Path.Combine(folder, $"g{i:D6}_{county.Code}.txt");
            var encoded = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(path, encoded);
            bytes += encoded.Length;
        }
        return bytes;
    }

    private static Source? Load(string path)
    {
        try
        {
            var plan = PlanFileReader.Read(path);
            var lines = File.ReadAllLines(path);
            var starts = plan.Problems.Select(p => p.Line - 1).Where(l => l >= 0 && l < lines.Length).Distinct().Order().ToList();
            var blocks = starts.Select((s, k) => (s, k + 1 < starts.Count ? starts[k + 1] : EndOfList(plan, lines.Length))).ToList();
            return new Source(lines, plan, blocks);
        }
        catch (Core.Ingestion.PlanReadException)
        {
            return null;
        }
    }

    /// <summary>Where the problem list ends: the first section after it, else the end of the text.</summary>
    private static int EndOfList(PlanDocument plan, int lineCount)
    {
        var last = plan.Problems.Count == 0 ? 0 : plan.Problems[^1].Line;
        return Math.Min(lineCount, Flatten(plan.Sections).Select(s => s.Line - 1).Where(l => l > last).DefaultIfEmpty(lineCount).Min());
    }

    private static IEnumerable<Section> Flatten(IEnumerable<Section> sections) => sections.SelectMany(s => new[] { s }.Concat(Flatten(s.Children)));

    private static string Compose(Source source, Region to, Random random)
    {
        var lines = source.Lines.ToList();
        // Leave out up to a third of the problems (never all), from the end backwards so line numbers hold.
        if (source.Blocks.Count > 3)
        {
            var drop = source.Blocks.Where(_ => random.NextDouble() < 0.33).Take(source.Blocks.Count - 2).OrderByDescending(b => b.Start).ToList();
            foreach (var (start, end) in drop)
                lines.RemoveRange(start, end - start);
        }
        var text = string.Join("\n", lines);
        var from = source.Plan.Metadata.Region;
        if (from is not null)
        {
            text = Replace(text, from.County, to.County ?? to.City ?? to.Province);
            text = Replace(text, from.City, to.City ?? to.Province);
            text = Replace(text, from.Province, to.Province);
        }
        var years = random.Next(-1, 3);
        text = Year().Replace(text, m => (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) + years).ToString(CultureInfo.InvariantCulture) + "年");
        var factor = 0.85 + random.NextDouble() * 0.3;
        text = Percent().Replace(text, m =>
        {
            var value = double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            return Math.Min(100, Math.Round(value * factor)).ToString(CultureInfo.InvariantCulture) + "%";
        });
        return text + "\n";
    }

    private static string Replace(string text, string? name, string replacement) =>
        string.IsNullOrEmpty(name) ? text : text.Replace(name, replacement, StringComparison.Ordinal);

    [GeneratedRegex(@"(20[12]\d)年")]
    private static partial Regex Year();

    [GeneratedRegex(@"(\d{1,2}(?:\.\d+)?)%")]
    private static partial Regex Percent();
}
