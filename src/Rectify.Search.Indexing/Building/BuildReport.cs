using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Analysis.Lucene;
using Rectify.Search.Core.Model;
using Rectify.Search.Indexing.Schema;

namespace Rectify.Search.Indexing.Building;

/// <summary>What a build did.</summary>
public sealed record BuildReport(string Generation, int Plans, int Documents, TimeSpan Elapsed);
