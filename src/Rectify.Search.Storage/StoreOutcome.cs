namespace Rectify.Search.Storage;

/// <summary>What storing a plan did.</summary>
public enum StoreOutcome
{
    /// <summary>The plan was new.</summary>
    Added,
    /// <summary>The plan's file (or the parser) changed; the old rows were replaced.</summary>
    Replaced,
    /// <summary>Same bytes, same parser: nothing was written.</summary>
    Unchanged,
}
