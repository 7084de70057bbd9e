namespace Rectify.Search.Core.Enrichment.Themes;

/// <summary>Precision, recall and F1 of one theme (or of all, micro-averaged), with the counts behind them.</summary>
public sealed record ThemeScore(string Theme, int TruePositives, int FalsePositives, int FalseNegatives)
{
    public double Precision => TruePositives + FalsePositives == 0 ? 1 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
