using FsCheck;
using FsCheck.Fluent;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Tests.Support;

namespace Rectify.Search.Indexing.Tests.Searching;

/// <summary>
/// Any text typed into the box — quotes, minus signs, Lucene syntax, symbols, control characters, unpaired surrogates —
/// is searched as text on the seed index: an answer (possibly empty), never an exception, and a page no larger than asked.
/// </summary>
public sealed class QueryPropertyTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    private static readonly string[] Pieces =
    [
        "污水", "管网", "\"", "“", "”", "-", "－", " ", "　", "AND", "OR", "NOT", "(", ")", "[", "]", "{", "}", "*", "?", "~2", "^3", ":", "title:",
        "\\", "/", "!", "&&", "||", "两高", "项目", "化肥减量", "的", "了", "🙂", "\u0000", "\u0007", "\uD800", "\uDC00", "\t", "\n", "ＡＢＣ", "a", "1",
    ];

    private static Gen<string> Typed() =>
        Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")).ArrayOf().Select(string.Concat);

    [Fact]
    public void AnyTypedTextIsSearchedAsTextWithoutAnException()
    {
        Prop.ForAll(Typed().ToArbitrary(), q =>
        {
            var text = q.Length > UserQuery.MaxLength ? q[..UserQuery.MaxLength] : q;
            var unit = text.Length % 2 == 0 ? SearchUnit.Problem : SearchUnit.Measure;
            var result = seeds.Searcher.Search(new SearchRequest(text, unit, PageSize: 5));
            // Null: the text holds nothing searchable and no filter was given.
            return (result is null || (result.Hits.Count <= 5 && result.Total >= result.Hits.Count)).Label($"query '{text}'");
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithQuietOnSuccess(true));
    }
}
