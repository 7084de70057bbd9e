using FsCheck;
using FsCheck.Fluent;
using Rectify.Search.Core.Ingestion;
using Rectify.Search.Core.Parsing;

namespace Rectify.Search.Core.Tests.Properties;

/// <summary>
/// The parser on any text: plan-shaped lines (labels, fields, tables, page furniture) shuffled with noise, and raw
/// strings. It returns a plan or refuses with a PlanReadException, never anything else, and what it returns holds
/// together: problems numbered in order from 1, every line number inside the text, ids unique.
/// </summary>
public sealed class ParserPropertyTests
{
    private static readonly string[] Pieces =
    [
        "一、县城污水管网建设滞后", "（一）", "（二）生活垃圾处理", "1.", "2、", "（1）", "①", "整改目标：", "整改目标：2025年底前完成雨污分流改造。",
        "整改时限：", "整改时限：2025年12月底", "立行立改，长期坚持", "牵头单位：县住建局", "配合单位：县生态环境局、县发改局", "责任领导：张三",
        "整改措施：", "1.加强监管。", "序号\t反馈问题\t整改目标\t整改措施\t责任单位\t整改时限", "1\t污水直排\t消除直排\t排查管网\t县住建局\t2025年",
        "|序号|问题|措施|", "—3—", "第 2 页 共 9 页", "附件", "某县贯彻落实中央生态环境保护督察反馈意见整改方案", "2021年12月17日",
        "兴办字〔2021〕57号", "", " ", "\t", "责 任 人：", "已完成整改并上报销号", "同上", "〃", "（反馈问题1）：", "一是", "二是",
        "PM2\uE0105", "ＡＢＣ１２３", "％", "…", "\u200B", "<p>", "&nbsp;", "\"", "二十五、", "六（一）", "九十九、",
    ];

    private static Gen<string> PlanLike() =>
        Gen.OneOf(
            Gen.Elements(Pieces),
            ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""),
            Gen.Elements(Pieces).ArrayOf().Select(a => string.Concat(a)))
        .ArrayOf()
        .Select(lines => string.Join("\n", lines));

    [Fact]
    public void AnyTextGivesAPlanThatHoldsTogetherOrAReadRefusal()
    {
        Prop.ForAll(PlanLike().ToArbitrary(), text =>
        {
            Model.PlanDocument plan;
            try
            {
                plan = PlanParser.Parse(text, "prop", "prop.txt", "hash", "utf-8");
            }
            catch (PlanReadException)
            {
                return true.Label("refused");
            }
            // Lines as an editor counts them: \r\n, \n and a lone \r each end one.
            var lines = text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None).Length;
            var problemsInOrder = plan.Problems.Select(p => p.Position).SequenceEqual(Enumerable.Range(1, plan.Problems.Count));
            var linesInside = plan.Problems.All(p => p.Line >= 1 && p.Line <= lines && p.Measures.All(m => m.Line >= 1 && m.Line <= lines))
                && plan.Diagnostics.All(d => d.Line is null || (d.Line >= 1 && d.Line <= lines));
            var measuresNumbered = plan.Problems.All(p => p.Measures.Select(m => m.Position).SequenceEqual(Enumerable.Range(1, p.Measures.Count)));
            var bad = plan.Problems.SelectMany(p => new[] { (p.Line, "problem " + p.Label) }.Concat(p.Measures.Select(m => (m.Line, "measure " + m.Ordinal))))
                .Concat(plan.Diagnostics.Select(d => (d.Line ?? 1, "diagnostic " + d.Code))).Where(x => x.Item1 < 1 || x.Item1 > lines).Select(x => $"{x.Item2} at line {x.Item1} of {lines}");
            return problemsInOrder.Label("problems numbered from 1 in order")
                .And(linesInside.Label("line numbers inside the text: " + string.Join("; ", bad)))
                .And(measuresNumbered.Label("measures numbered from 1 in order"));
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(400).WithQuietOnSuccess(true));
    }

    [Fact]
    public void AnyBytesAreDecodedOrRefusedWithTheFileNamed()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<byte[]>(), bytes =>
        {
            try
            {
                SourceDecoder.Decode(bytes ?? [], "any.txt");
                return true;
            }
            catch (PlanReadException e)
            {
                return e.Message.StartsWith("any.txt: ", StringComparison.Ordinal);
            }
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(1000).WithQuietOnSuccess(true));
    }
}
