namespace Rectify.Search.Core.Reporting;

/// <summary>A query's scores.</summary>
public sealed record QueryScore(JudgedQuery Query, double Ndcg, double Recall, double ReciprocalRank, int Returned);
