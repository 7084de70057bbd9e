namespace Rectify.Search.Storage;

/// <summary>A stored plan could not be read back (a damaged row, a value of the wrong type); names the plan and the cause.</summary>
public sealed class StoreReadException(string documentId, string storePath, Exception cause)
    : Exception($"plan {documentId} in {storePath} cannot be read back: {cause.Message} (re-index its file to rewrite it)", cause)
{
    public string DocumentId { get; } = documentId;
}
