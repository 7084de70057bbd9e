namespace Rectify.Search.Service.Knowledge;

/// <summary>The state of the knowledge base: store counts, index size and version, and whether the index matches the store.</summary>
public sealed record KnowledgeBaseStatus(int Documents, int Problems, int Measures, int IndexDocuments, string? IndexVersion, bool IndexCurrent);
