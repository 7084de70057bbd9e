using System.Diagnostics;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Rectify.Search.Analysis.Dictionaries;
using Rectify.Search.Indexing.Schema;
using Rectify.Search.Core.Model;

namespace Rectify.Search.Indexing.Searching;

/// <summary>A matching Lucene document: its score, record id, problem id and facet values.</summary>
internal sealed record CollectedHit(int Doc, float Score, string Id, string? ProblemId, IReadOnlyList<(string Field, string Value)> Facets);
