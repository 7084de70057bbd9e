using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Cjk;

namespace Rectify.Search.Indexing.Schema;

/// <summary>Normalized text cut into overlapping CJK bigrams (Latin and numbers stay whole), lower-cased.</summary>
public sealed class BigramAnalyzer : CharacterAnalyzer
{
    protected override TokenStream Filter(TokenStream characters) => new CJKBigramFilter(characters);
}
