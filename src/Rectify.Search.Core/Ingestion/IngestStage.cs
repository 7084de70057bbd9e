namespace Rectify.Search.Core.Ingestion;

/// <summary>The stages a file passes through on its way into the store, in order; progress displays read these.</summary>
public enum IngestStage
{
    /// <summary>Reading the file's bytes.</summary>
    Reading,
    /// <summary>Detecting the encoding and decoding text.</summary>
    Decoding,
    /// <summary>Parsing the plan into metadata, sections, problems and measures.</summary>
    Parsing,
    /// <summary>Tagging problems and measures with themes; reporting deadlines that cannot be read.</summary>
    Enriching,
    /// <summary>Writing the plan to the store in one transaction.</summary>
    Storing,
    /// <summary>Finished with this file.</summary>
    Done,
}
