using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// A corpus of generated county plans for benchmarks, built from parsed plans without parsing again: each plan is a
/// seed moved to another real county (GB/T 2260), its problems recombined with those of the other seeds, its
/// numbers, years and deadlines shifted. Deterministic for a given seed of the random generator; never written to
/// the repository.
/// </summary>
internal static class PlanCorpus
{
    public static IEnumerable<PlanDocument> Generate(IReadOnlyList<PlanDocument> seeds, int count, int randomSeed = 20261201)
    {
        var random = new Random(randomSeed);
        var gazetteer = Gazetteer.Default;
        var counties = gazetteer.All.Where(d => d.Level == DivisionLevel.Area && !Gazetteer.IsPlaceholder(d)).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        var pool = seeds.SelectMany(s => s.Problems).Where(p => p.Measures.Count > 0).ToList();
        for (var i = 0; i < count; i++)
        {
            var seed = seeds[i % seeds.Count];
            var county = counties[random.Next(counties.Count)];
            var region = RegionResolver.ToRegion(gazetteer, county);
            var shift = random.Next(-2, 3);
            // Half the plan is its seed's, the rest drawn from every seed's problems.
            var own = seed.Problems.Where(_ => random.NextDouble() < 0.5);
            var drawn = Enumerable.Range(0, Math.Max(4, seed.Problems.Count / 2)).Select(_ => pool[random.Next(pool.Count)]);
            var problems = own.Concat(drawn).Select((p, n) => Vary(p, n + 1, shift, random)).ToList();
            var id = $"gen{i:D5}_{county.Code}";
            yield return seed with
            {
                DocumentId = id,
                SourcePath = $"generated/{id}.txt",
                ContentHash = $"{randomSeed}-{i}",
                Metadata = seed.Metadata with
                {
                    Title = $"{region.Province}{region.City}{region.County}贯彻落实中央生态环境保护督察反馈意见整改方案",
                    Region = region,
                    Year = seed.Metadata.Year + shift,
                },
                Problems = problems,
            };
        }
    }

    private static Problem Vary(Problem p, int position, int shift, Random random)
    {
        var factor = 0.8 + random.NextDouble() * 0.4;
        return p with
        {
            Position = position,
            Label = position.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Deadline = p.Deadline.Date is { } date
                ? p.Deadline with { Date = $"{int.Parse(date[..4], System.Globalization.CultureInfo.InvariantCulture) + shift}{date[4..]}" }
                : p.Deadline,
            Targets = p.Targets.Select(t => t with { Value = Math.Round(t.Unit == "%" ? Math.Min(100, t.Value * factor) : t.Value * factor, 1) }).ToList(),
        };
    }
}
