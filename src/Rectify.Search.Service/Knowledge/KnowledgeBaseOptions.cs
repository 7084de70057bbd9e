namespace Rectify.Search.Service.Knowledge;

/// <summary>Where the knowledge base lives (configuration section <c>Rectify</c>). Relative paths are taken from the working directory.</summary>
public sealed record KnowledgeBaseOptions
{
    public const string Section = "Rectify";

    /// <summary>The store (rectify.db) and the Lucene index (lucene/) live here.</summary>
    public string DataDirectory { get; set; } = "index-data";

    /// <summary>Plans read into the store at start-up when they are new or changed; empty to read none.</summary>
    public string? SeedsDirectory { get; set; } = "seeds";

    /// <summary>
    /// Whether a plan whose text is a copy of one stored before it (a mirror of the same notice) is recorded as such and
    /// left out of search and comparison (default); off, every plan stands on its own (Rectify__FindCopies=false).
    /// </summary>
    public bool FindCopies { get; set; } = true;

    public string DatabasePath => Path.Combine(DataDirectory, Storage.PlanStore.FileName);

    public string IndexPath => Path.Combine(DataDirectory, "lucene");

    /// <summary>The original files of uploaded plans, kept by content (<see cref="Uploads.Originals"/>) so a newer parser can read them again.</summary>
    public string OriginalsPath => Path.Combine(DataDirectory, "originals");
}
