using System.Globalization;
using System.Text;
using Rectify.Search.Core.Model;
using Rectify.Search.Core.Regions;
using Rectify.Search.Service.Ingestion;

namespace Rectify.Search.Cli.Benchmarks;

/// <summary>
/// A corpus made another way than <see cref="CorpusWriter"/>: single-problem progress and 销号 notices, the most numerous
/// documents of a national collection. Each takes one problem of a source plan (its finding, target, deadline, units and
/// up to three measures), moves it to a random real county and writes it in one of three notice layouts — numbered
/// headings with the value below, labelled fields with a page's 发布时间, a portal row whose labels run into their
/// values — issued and dated by that county's office. Deterministic for a given random seed; never committed.
/// </summary>
internal static class NoticeWriter
{
    public const int Layouts = 3;

    /// <summary>Writes <paramref name="count"/> notices into <paramref name="folder"/> (files n000000_code.txt); returns their size in bytes.</summary>
    public static long Write(string folder, int count, IReadOnlyList<string> sources, int randomSeed = 20261204)
    {
        var random = new Random(randomSeed);
        var problems = sources.Select(s => PlanFileReader.Read(s)).SelectMany(p => p.Problems).Where(p => p.Text.Length > 0 && p.Measures.Count > 0).ToList();
        var gazetteer = Gazetteer.Default;
        var counties = gazetteer.All.Where(d => d.Level == DivisionLevel.Area && !Gazetteer.IsPlaceholder(d)).OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(folder);
        long bytes = 0;
        for (var i = 0; i < count; i++)
        {
            var county = counties[random.Next(counties.Count)];
            var text = Compose(i % Layouts, problems[random.Next(problems.Count)], RegionResolver.ToRegion(gazetteer, county), new DateOnly(2019, 1, 1).AddDays(random.Next(0, 7 * 365)));
            var encoded = Encoding.UTF8.GetBytes(text);
            File.WriteAllBytes(Path.Combine(folder, $"n{i:D6}_{county.Code}.txt"), encoded);
            bytes += encoded.Length;
        }
        return bytes;
    }

    /// <summary>One notice of <paramref name="layout"/> (0–2) about <paramref name="problem"/>, issued in <paramref name="place"/> on <paramref name="date"/>.</summary>
    public static string Compose(int layout, Problem problem, Region place, DateOnly date)
    {
        var county = place.County ?? place.City ?? place.Province;
        // A county is named under its city, a municipality's district under its municipality (北京市朝阳区, not 朝阳区 alone).
        var named = $"{place.City ?? (place.County is null ? "" : place.Province)}{county}";
        var issuer = $"{named}人民政府办公室";
        var subject = problem.Title.TrimEnd('。', '；', ';').Length <= 30 ? problem.Title.TrimEnd('。', '；', ';') : "反馈问题";
        var measures = problem.Measures.Take(3).Select(m => m.Text.TrimEnd('。', '；', ';')).ToList();
        var target = problem.Fields.Target ?? "按期完成整改。";
        var deadline = problem.Fields.DeadlineRaw ?? $"{date.Year - 1}年12月底前";
        var units = problem.Fields.LeadUnits.Concat(problem.Fields.ResponsibleUnits).DefaultIfEmpty($"{county}人民政府").First();
        string Chinese(DateOnly d) => $"{d.Year}年{d.Month}月{d.Day}日";
        var o = new StringBuilder();
        switch (layout)
        {
            case 0:
                o.AppendLine($"{issuer}关于{subject}问题整改销号的公示");
                o.AppendLine($"根据中央生态环境保护督察整改销号工作有关规定，现将{county}{subject}问题整改情况公示如下：");
                o.AppendLine("一、问题基本情况").AppendLine(problem.Text);
                o.AppendLine("二、整改目标").AppendLine(target);
                o.AppendLine("三、整改措施");
                for (var m = 0; m < measures.Count; m++)
                    o.AppendLine($"{m + 1}.{measures[m]}。");
                o.AppendLine("四、整改完成情况").AppendLine("经核查，该问题已按期完成整改，同意销号。");
                o.AppendLine("五、公示时间").AppendLine($"{Chinese(date)}至{Chinese(date.AddDays(6))}。");
                o.AppendLine(issuer).AppendLine(Chinese(date));
                break;
            case 1:
                o.AppendLine($"{named}关于{subject}整改情况的公示");
                o.AppendLine($"发布时间：{date:yyyy-MM-dd}　来源：{issuer}");
                o.AppendLine($"反馈问题：{problem.Text}");
                o.AppendLine($"整改目标：{target}");
                o.AppendLine($"整改时限：{deadline}");
                o.AppendLine($"责任单位：{units}");
                o.AppendLine($"整改措施：{string.Join("；", measures.Select((m, k) => $"{k + 1}.{m}"))}。");
                o.AppendLine("整改进展：已完成整改。");
                o.AppendLine("公示期间如有异议，请以书面形式反馈。联系电话：0000-1234567");
                break;
            default:
                o.AppendLine($"{issuer}关于中央生态环境保护督察反馈问题整改销号情况的公示");
                o.AppendLine($"发布时间：{date:yyyy-MM-dd}");
                o.AppendLine("现将以下问题整改销号情况公示如下：");
                o.AppendLine($"序号1反馈问题{problem.Text.TrimEnd('。')}。整改实施主体{units}整改目标{target}整改时限{deadline}整改措施{string.Join("；", measures.Select((m, k) => $"{k + 1}.{m}"))}。整改进展已完成整改。");
                o.AppendLine(issuer).AppendLine(Chinese(date));
                break;
        }
        return o.ToString();
    }
}
