using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Indexing.Searching;
using ProjectHighlighter = Rectify.Search.Indexing.Searching.Highlighter;
using LuceneHighlighter = Lucene.Net.Search.Highlight.Highlighter;

namespace Rectify.Search.Indexing.Tests.Searching;

/// <summary>
/// Lucene.Net.Highlighter beside the project's Highlighter on the same texts, simplified and traditional, with the
/// project's own analyzer (so both see the same words): what the library does alike, and what the project needs that it
/// does not do (docs/search.md says which is used where, and why).
/// </summary>
public sealed class LuceneHighlighterTests
{
    /// <summary>Lucene's highlighter as it is meant to be used: the query's terms on the words field, a QueryScorer, the text's token stream.</summary>
    private static string[] Lucene(string text, params string[] needles)
    {
        var query = new BooleanQuery();
        foreach (var (term, _) in needles.SelectMany(n => AnalyzedText.Terms(IndexAnalyzers.QueryWords, IndexFields.Words, n)))
            query.Add(new TermQuery(new Term(IndexFields.Words, term)), Occur.SHOULD);
        // Lucene's SimpleHTMLEncoder writes every Chinese character as a numeric entity (&#27745;); the API's JSON keeps
        // Chinese readable, so only the five HTML characters are escaped, as the project's highlighter does.
        var highlighter = new LuceneHighlighter(new SimpleHTMLFormatter("<em>", "</em>"), new HtmlCharacters(), new QueryScorer(query, IndexFields.Words));
        using var tokens = IndexAnalyzers.IndexWords.GetTokenStream(IndexFields.Words, text);
        return highlighter.GetBestFragments(tokens, text, 2);
    }

    private sealed class HtmlCharacters : IEncoder
    {
        public string EncodeText(string originalText) =>
            originalText.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;").Replace("'", "&#39;");
    }

    [Fact]
    public void BothMarkAWholeWordOfSimplifiedText()
    {
        const string text = "加快城镇污水管网建设，推进雨污分流改造。";
        Lucene(text, "污水管网").Should().Equal("加快城镇<em>污水管网</em>建设，推进雨污分流改造。");
        ProjectHighlighter.Highlight(text, ["污水管网"]).Should().Equal("加快城镇<em>污水管网</em>建设，推进雨污分流改造。");
    }

    [Fact]
    public void OnTraditionalTextTheLibraryMarksWhatTheAnalyzerFoldsAsTheProjectsDoes()
    {
        const string text = "推進污水管網建設，雨污分流不到位。";
        Lucene(text, "污水管网").Should().Equal("推進<em>污水管網</em>建設，雨污分流不到位。");
        ProjectHighlighter.Highlight(text, ["污水管网"]).Should().Equal("推進<em>污水管網</em>建設，雨污分流不到位。");
    }

    [Fact]
    public void TheLibraryFragmentsByLengthWhereTheProjectShowsTheSentencesThatMatchMost()
    {
        const string text = "湖南是农业大省，水稻产量居全国前列，粮食生产任务重。近年来各地加强农业面源污染防治。农药、化肥施用量大，面源污染突出。其他情况。";
        // The project: the one sentence holding both needles, whole.
        // The library: fixed-length fragments (100 characters by default) — here the whole text, sentences that match
        // nothing (湖南是农业大省…, 其他情况。) and all; a longer text is cut at 100 characters, mid-sentence.
        Lucene(text, "化肥", "面源污染").Should().Equal("湖南是农业大省，水稻产量居全国前列，粮食生产任务重。近年来各地加强农业<em>面源污染</em>防治。农药、<em>化肥</em>施用量大，<em>面源污染</em>突出。其他情况。");
    }
}
