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
        // 镉 and 稻 are single characters no word query reaches; 受污染耕地's characters the text lacks join at half weight.
        var arm = LexicalArm.Of(IndexAnalyzers.Characters, IndexFields.Chars, "镉超标稻田", ["受污染耕地"], 0.5f)!;
        var query = (BooleanQuery)arm.Query(seeds.Index.Searcher.IndexReader, TextFields.Own, share: 0.5)!;

        var boosts = query.Clauses.ToDictionary(c => ((TermQuery)c.Query).Term.Text, c => c.Query.Boost);
        boosts.Should().Contain(new Dictionary<string, float> { ["镉"] = 1f, ["稻"] = 1f, ["田"] = 1f, ["耕"] = 0.5f, ["染"] = 0.5f });
        query.MinimumNumberShouldMatch.Should().Be(3, "half of the text's own five characters, rounded up");
        seeds.Index.Searcher.Search(query, 5).ScoreDocs.Should().NotBeEmpty();
    }
}
