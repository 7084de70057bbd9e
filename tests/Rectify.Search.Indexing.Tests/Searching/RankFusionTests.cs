using Lucene.Net.Search;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using Rectify.Search.Indexing.Tests.Support;

namespace Rectify.Search.Indexing.Tests.Searching;

public sealed class RankFusionTests(SeedIndex seeds) : IClassFixture<SeedIndex>
{
    [Fact]
    public void FirstInEveryRankingScoresOneAndARecordNoRankingHoldsScoresZero()
    {
        RankFusion.Score([1, 1, 1], [1f, 1f, 1f]).Should().Be(1f);
        RankFusion.Score([0, 0, 0], [1f, 1f, 1f]).Should().Be(0f);
    }

    [Fact]
    public void ARecordTwoRankingsAgreeOnOutranksOneFirstInASingleRanking()
    {
        // Second in two rankings: 2/62; first in one: 1/61 (of 3/61 possible).
        RankFusion.Score([2, 2, 0], [1f, 1f, 1f]).Should().BeGreaterThan(RankFusion.Score([1, 0, 0], [1f, 1f, 1f]));
        RankFusion.Score([1, 0, 0], [1f, 1f, 1f]).Should().BeApproximately(1f / 3, 1e-6f);
    }

    [Fact]
    public void AnArmKeepsEveryCharacterOfTheTextAndWeighsTheThesaurusAlternativesLess()
    {
        // 镉 and 稻 are single characters no word query reaches; 受污染耕地's characters the text lacks join at half weight,
        // a mined related term's (重金属, weight 0.4) at 0.5 × 0.4.
        var arm = LexicalArm.Of(IndexAnalyzers.Characters, IndexFields.Chars, "镉超标稻田", [new Expansion("受污染耕地", 1f), new Expansion("重金属", 0.4f)], 0.5f)!;
        var query = (BooleanQuery)arm.Query(seeds.Index.Searcher.IndexReader, TextFields.Own, share: 0.5)!;

        var boosts = query.Clauses.ToDictionary(c => ((TermQuery)c.Query).Term.Text, c => c.Query.Boost);
        boosts.Should().Contain(new Dictionary<string, float> { ["镉"] = 1f, ["稻"] = 1f, ["田"] = 1f, ["耕"] = 0.5f, ["染"] = 0.5f, ["重"] = 0.2f, ["属"] = 0.2f });
        query.MinimumNumberShouldMatch.Should().Be(3, "half of the text's own five characters, rounded up");
        seeds.Index.Searcher.Search(query, 5).ScoreDocs.Should().NotBeEmpty();
    }

    [Fact]
    public void AMinedRelatedTermOnlyReordersWhatTheTextsOwnTermsFound()
    {
        // 尾矿库 → 重金属 (mined, NPMI 0.767): 重 and 属 add to a record 尾矿库's characters found, and find nothing alone.
        var arm = LexicalArm.Of(IndexAnalyzers.Characters, IndexFields.Chars, "尾矿库", [new Expansion("重金属", 0.767f * Expansion.RelatedShare, Finds: false)], 0.5f)!;
        var query = (BooleanQuery)arm.Query(seeds.Index.Searcher.IndexReader, TextFields.Own)!;

        query.Clauses[0].Occur.Should().Be(Occur.MUST);
        var own = (BooleanQuery)query.Clauses[0].Query;
        own.Clauses.Select(c => ((TermQuery)c.Query).Term.Text).Should().BeEquivalentTo(["尾", "矿", "库"]);
        var boosts = query.Clauses.Skip(1).ToDictionary(c => ((TermQuery)c.Query).Term.Text, c => c.Query.Boost);
        boosts.Keys.Should().BeEquivalentTo(["重", "金", "属"]);
        boosts["重"].Should().BeApproximately(0.5f * 0.767f * 0.5f, 1e-6f);
        query.Clauses.Skip(1).Should().OnlyContain(c => c.Occur == Occur.SHOULD);
    }
}
